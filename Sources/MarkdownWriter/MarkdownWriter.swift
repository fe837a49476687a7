import ArticleModel

/// Writes an article as CommonMark. Choices (README "Markdown"): headline `#`, deck in emphasis,
/// byline as a paragraph, figures as a caption paragraph with the credit in emphasis (there is no
/// image to link), subheads `##`, lists, `>` quotes, `* * *` breaks, closing boilerplate last.
public enum MarkdownWriter {
    public struct Options: Sendable {
        /// Wrap paragraphs at this many columns; nil keeps one line per paragraph.
        public var wrap: Int? = nil
        /// Start with the headline as a level-1 heading (front-matter pages put it in `title`).
        public var includeHeadline = true
        public init(wrap: Int? = nil, includeHeadline: Bool = true) {
            self.wrap = wrap
            self.includeHeadline = includeHeadline
        }
    }

    public static func format(_ article: Article, options: Options = Options()) -> [UInt8] {
        render(article, options: options).bytes
    }

    /// One rendering, whose text after the headline is the page without it: the `.md` output and
    /// a front-matter page's body (`title` carries the headline there) come out of one pass.
    public struct Rendering: Sendable {
        public let bytes: [UInt8]
        /// Where the text after the headline (and the blank line that follows it) begins.
        let bodyStart: Int
        /// The page without its headline, as `includeHeadline = false` writes it.
        public var withoutHeadline: ArraySlice<UInt8> { bytes[bodyStart...] }
    }

    /// Renders the article; `options.includeHeadline` decides whether `bytes` starts with it.
    public static func render(_ article: Article, options: Options = Options()) -> Rendering {
        var out = [UInt8]()
        out.reserveCapacity(article.blocks.count * 300 + 256)
        var writer = Writer(options: options)
        let meta = article.meta
        var bodyStart = 0
        if options.includeHeadline, let headline = meta.headline {
            writer.heading(1, headline, into: &out)
            // What follows is separated by one line feed, which a page without the headline lacks.
            bodyStart = out.count + 1
        }
        if let deck = meta.deck, !deck.isEmpty { writer.paragraph(deck, emphasis: true, into: &out) }
        if let byline = meta.byline { writer.paragraph(byline, into: &out) }
        for block in article.blocks { writer.block(block, into: &out) }
        for line in meta.boilerplate { writer.paragraph(line, into: &out) }
        return Rendering(bytes: out, bodyStart: min(bodyStart, out.count))
    }

    /// Writes blocks into one buffer. Without wrapping (the default) text is escaped straight into
    /// it and each line's start protected in place; with wrapping, each block's escaped text is
    /// made first and broken into lines.
    struct Writer {
        static let quoteMarker = Array("> ".utf8)
        let options: Options
        var started = false

        mutating func separate(_ out: inout [UInt8]) {
            if started { out.append(0x0A) }
            started = true
        }

        mutating func heading(_ level: Int, _ text: String, into out: inout [UInt8]) {
            separate(&out)
            out.append(contentsOf: repeatElement(UInt8(ascii: "#"), count: level))
            out.append(UInt8(ascii: " "))
            MarkdownEscaping.appendInline(text, to: &out)
            out.append(0x0A)
        }

        mutating func paragraph(_ text: String, emphasis: Bool = false, into out: inout [UInt8]) {
            separate(&out)
            writeLines(into: &out) { out in
                if emphasis { out.append(UInt8(ascii: "*")) }
                MarkdownEscaping.appendInline(text, to: &out)
                if emphasis { out.append(UInt8(ascii: "*")) }
            }
        }

        mutating func block(_ block: Block, into out: inout [UInt8]) {
            switch block {
            case .paragraph(let text):
                paragraph(text, into: &out)
            case .heading(let text):
                heading(2, text, into: &out)
            case .quote(let text):
                separate(&out)
                writeLines(prefix: Self.quoteMarker, restPrefix: Self.quoteMarker, into: &out) { MarkdownEscaping.appendInline(text, to: &$0) }
            case .figure(let figure):
                separate(&out)
                writeLines(into: &out) { out in
                    MarkdownEscaping.appendInline(figure.caption, to: &out)
                    if let credit = figure.credit {
                        out.append(contentsOf: " *".utf8)
                        MarkdownEscaping.appendInline(credit, to: &out)
                        out.append(UInt8(ascii: "*"))
                    }
                }
            case .list(let list):
                separate(&out)
                for (index, item) in list.items.enumerated() {
                    let marker = list.ordered ? Array("\(index + 1). ".utf8) : Array("- ".utf8)
                    let indent = [UInt8](repeating: UInt8(ascii: " "), count: marker.count)
                    writeLines(prefix: marker, restPrefix: indent, into: &out) { MarkdownEscaping.appendInline(item, to: &$0) }
                }
            case .sectionBreak:
                separate(&out)
                out.append(contentsOf: "* * *\n".utf8)
            }
        }

        /// Writes the escaped text `escape` appends, wrapped when asked, protecting the start of every line.
        func writeLines(prefix: [UInt8] = [], restPrefix: [UInt8] = [], into out: inout [UInt8],
                        _ escape: (inout [UInt8]) -> Void) {
            guard let width = options.wrap, width > 0 else {
                out.append(contentsOf: prefix)
                let start = out.count
                escape(&out)
                MarkdownEscaping.protectLineStart(in: &out, from: start)
                out.append(0x0A)
                return
            }
            var text: [UInt8] = []
            escape(&text)
            for (index, line) in wrap(text, width: width).enumerated() {
                out.append(contentsOf: index == 0 ? prefix : restPrefix)
                let start = out.count
                out.append(contentsOf: line)
                MarkdownEscaping.protectLineStart(in: &out, from: start)
                out.append(0x0A)
            }
        }

        /// Greedy wrapping at spaces; a word longer than the width gets a line of its own.
        func wrap(_ text: [UInt8], width: Int) -> [ArraySlice<UInt8>] {
            var lines: [ArraySlice<UInt8>] = []
            var start = 0
            var lastSpace: Int? = nil
            var column = 0
            var i = 0
            while i < text.count {
                let byte = text[i]
                if byte == UInt8(ascii: " ") { lastSpace = i }
                // Count columns in characters: UTF-8 continuation bytes take none.
                if byte & 0xC0 != 0x80 { column += 1 }
                if column > width, let space = lastSpace, space > start {
                    var end = space
                    while end > start, text[end - 1] == UInt8(ascii: " ") { end -= 1 }  // no hard breaks
                    lines.append(text[start..<end])
                    start = space + 1
                    lastSpace = nil
                    column = 0
                    i = start
                    continue
                }
                i += 1
            }
            lines.append(text[start...])
            return lines
        }
    }
}

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
        if let deck = meta.deck, !deck.isEmpty { writer.paragraph(MarkdownEscaping.inline(deck), emphasis: true, into: &out) }
        if let byline = meta.byline { writer.paragraph(MarkdownEscaping.inline(byline), into: &out) }
        for block in article.blocks { writer.block(block, into: &out) }
        for line in meta.boilerplate { writer.paragraph(MarkdownEscaping.inline(line), into: &out) }
        return Rendering(bytes: out, bodyStart: min(bodyStart, out.count))
    }

    struct Writer {
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
            out.append(contentsOf: MarkdownEscaping.inline(text))
            out.append(0x0A)
        }

        mutating func paragraph(_ escaped: [UInt8], emphasis: Bool = false, into out: inout [UInt8]) {
            separate(&out)
            var text = escaped
            if emphasis { text = Array("*".utf8) + text + Array("*".utf8) }
            writeLines(text, firstPrefix: [], restPrefix: [], into: &out)
        }

        mutating func block(_ block: Block, into out: inout [UInt8]) {
            switch block {
            case .paragraph(let text):
                paragraph(MarkdownEscaping.inline(text), into: &out)
            case .heading(let text):
                heading(2, text, into: &out)
            case .quote(let text):
                separate(&out)
                writeLines(MarkdownEscaping.inline(text), firstPrefix: Array("> ".utf8), restPrefix: Array("> ".utf8), into: &out)
            case .figure(let figure):
                var text = MarkdownEscaping.inline(figure.caption)
                if let credit = figure.credit {
                    text += Array(" *".utf8) + MarkdownEscaping.inline(credit) + Array("*".utf8)
                }
                paragraph(text, into: &out)
            case .list(let list):
                separate(&out)
                for (index, item) in list.items.enumerated() {
                    let marker = list.ordered ? Array("\(index + 1). ".utf8) : Array("- ".utf8)
                    let indent = [UInt8](repeating: UInt8(ascii: " "), count: marker.count)
                    writeLines(MarkdownEscaping.inline(item), firstPrefix: marker, restPrefix: indent, into: &out)
                }
            case .sectionBreak:
                separate(&out)
                out.append(contentsOf: "* * *\n".utf8)
            }
        }

        /// Writes escaped text, wrapped when asked, protecting the start of every line.
        func writeLines(_ text: [UInt8], firstPrefix: [UInt8], restPrefix: [UInt8], into out: inout [UInt8]) {
            let lines = wrap(text)
            for (index, line) in lines.enumerated() {
                out.append(contentsOf: index == 0 ? firstPrefix : restPrefix)
                MarkdownEscaping.protectLineStart(line, into: &out)
                out.append(0x0A)
            }
        }

        /// Greedy wrapping at spaces; a word longer than the width gets a line of its own.
        func wrap(_ text: [UInt8]) -> [ArraySlice<UInt8>] {
            guard let width = options.wrap, width > 0 else { return [text[...]] }
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

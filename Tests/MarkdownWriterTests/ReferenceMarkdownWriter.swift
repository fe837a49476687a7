import ArticleModel
@testable import MarkdownWriter

/// The Markdown writer as it was before it escaped straight into its output: a byte array per
/// piece of text, joined, then cut into lines each protected on its own. Kept as the oracle for
/// that composition; the escaping loop, the line-start rule and the wrapping it calls are the
/// live ones.
enum ReferenceMarkdownWriter {
    typealias Options = MarkdownWriter.Options

    static func format(_ article: Article, options: Options) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(article.blocks.count * 300 + 256)
        var writer = Writer(options: options)
        let meta = article.meta
        if options.includeHeadline, let headline = meta.headline { writer.heading(1, headline, into: &out) }
        if let deck = meta.deck, !deck.isEmpty { writer.paragraph(inline(deck), emphasis: true, into: &out) }
        if let byline = meta.byline { writer.paragraph(inline(byline), into: &out) }
        for block in article.blocks { writer.block(block, into: &out) }
        for line in meta.boilerplate { writer.paragraph(inline(line), into: &out) }
        return out
    }

    /// A fresh array per piece of text.
    static func inline(_ text: String) -> [UInt8] {
        var out = [UInt8]()
        MarkdownEscaping.appendInline(text, to: &out)
        return out
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
            out.append(contentsOf: inline(text))
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
                paragraph(inline(text), into: &out)
            case .heading(let text):
                heading(2, text, into: &out)
            case .quote(let text):
                separate(&out)
                writeLines(inline(text), firstPrefix: Array("> ".utf8), restPrefix: Array("> ".utf8), into: &out)
            case .figure(let figure):
                var text = inline(figure.caption)
                if let credit = figure.credit {
                    text += Array(" *".utf8) + inline(credit) + Array("*".utf8)
                }
                paragraph(text, into: &out)
            case .list(let list):
                separate(&out)
                for (index, item) in list.items.enumerated() {
                    let marker = list.ordered ? Array("\(index + 1). ".utf8) : Array("- ".utf8)
                    let indent = [UInt8](repeating: UInt8(ascii: " "), count: marker.count)
                    writeLines(inline(item), firstPrefix: marker, restPrefix: indent, into: &out)
                }
            case .sectionBreak:
                separate(&out)
                out.append(contentsOf: "* * *\n".utf8)
            }
        }

        /// Writes escaped text, wrapped when asked, protecting the start of every line.
        func writeLines(_ text: [UInt8], firstPrefix: [UInt8], restPrefix: [UInt8], into out: inout [UInt8]) {
            let lines = options.wrap.map { $0 > 0 ? MarkdownWriter.Writer(options: options).wrap(text, width: $0) : [text[...]] } ?? [text[...]]
            for (index, line) in lines.enumerated() {
                out.append(contentsOf: index == 0 ? firstPrefix : restPrefix)
                let start = out.count
                out.append(contentsOf: line)
                MarkdownEscaping.protectLineStart(in: &out, from: start)
                out.append(0x0A)
            }
        }
    }
}

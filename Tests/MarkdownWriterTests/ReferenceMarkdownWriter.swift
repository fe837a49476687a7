import ArticleModel
@testable import MarkdownWriter

/// The Markdown writer as it was before it escaped straight into its output (a byte array per
/// piece of text, lines protected one by one): kept as the oracle for the bytes.
enum ReferenceMarkdownWriter {
    typealias Options = MarkdownWriter.Options

    static func format(_ article: Article, options: Options) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(article.blocks.count * 300 + 256)
        var writer = Writer(options: options)
        let meta = article.meta
        if options.includeHeadline, let headline = meta.headline { writer.heading(1, headline, into: &out) }
        if let deck = meta.deck, !deck.isEmpty { writer.paragraph(ReferenceEscaping.inline(deck), emphasis: true, into: &out) }
        if let byline = meta.byline { writer.paragraph(ReferenceEscaping.inline(byline), into: &out) }
        for block in article.blocks { writer.block(block, into: &out) }
        for line in meta.boilerplate { writer.paragraph(ReferenceEscaping.inline(line), into: &out) }
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
            out.append(contentsOf: ReferenceEscaping.inline(text))
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
                paragraph(ReferenceEscaping.inline(text), into: &out)
            case .heading(let text):
                heading(2, text, into: &out)
            case .quote(let text):
                separate(&out)
                writeLines(ReferenceEscaping.inline(text), firstPrefix: Array("> ".utf8), restPrefix: Array("> ".utf8), into: &out)
            case .figure(let figure):
                var text = ReferenceEscaping.inline(figure.caption)
                if let credit = figure.credit {
                    text += Array(" *".utf8) + ReferenceEscaping.inline(credit) + Array("*".utf8)
                }
                paragraph(text, into: &out)
            case .list(let list):
                separate(&out)
                for (index, item) in list.items.enumerated() {
                    let marker = list.ordered ? Array("\(index + 1). ".utf8) : Array("- ".utf8)
                    let indent = [UInt8](repeating: UInt8(ascii: " "), count: marker.count)
                    writeLines(ReferenceEscaping.inline(item), firstPrefix: marker, restPrefix: indent, into: &out)
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
                ReferenceEscaping.protectLineStart(line, into: &out)
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

enum ReferenceEscaping {
    /// ASCII punctuation that can open or close inline markup anywhere in a line.
    static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: "~"),
             // Not CommonMark syntax, but "{{<", "{{" and "{%" start Hugo shortcodes and Liquid or
             // Nunjucks tags when static-site generators process the page; escaped, they cannot.
             UInt8(ascii: "{"), UInt8(ascii: "}"):
            return true
        default:
            return false
        }
    }

    /// Byte classes for `inline`: 0 copied as is, 1 escaped, 2 a line break, 3 `%` (escaped after `{`).
    static let inlineClasses: [UInt8] = (0..<256).map { b in
        let byte = UInt8(b)
        if byte == 0x0A || byte == 0x0D { return 2 }
        if needsEscape(byte) { return 1 }
        return byte == UInt8(ascii: "%") ? 3 : 0
    }

    /// The text with inline metacharacters escaped (line-start constructs are handled per line).
    static func inline(_ text: String) -> [UInt8] {
        var text = text
        var out = [UInt8]()
        text.withUTF8 { buffer in
            out.reserveCapacity(buffer.count + 16)
            inlineClasses.withUnsafeBufferPointer { classes in
                var runStart = 0
                for i in 0..<buffer.count {
                    let byte = buffer[i]
                    let kind = classes[Int(byte)]
                    if kind == 0 { continue }
                    // "{%" opens a Liquid or Nunjucks tag even after "\{": the "%" needs its own escape.
                    if kind == 3 && (i == 0 || buffer[i - 1] != UInt8(ascii: "{")) { continue }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<i]))
                    // A line break inside a value would end the block; it is only white space here.
                    if kind == 2 { out.append(UInt8(ascii: " ")) } else { out.append(UInt8(ascii: "\\")); out.append(byte) }
                    runStart = i + 1
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]))
            }
        }
        return out
    }

    /// Escapes what a line may not start with: list markers (`-`, `+`, `1.`, `1)`), a setext
    /// underline (`=`), and leading spaces that would make code. `*`, `#`, `>` are already escaped.
    static func protectLineStart(_ line: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var line = line
        while let first = line.first, first == UInt8(ascii: " ") { line = line.dropFirst() }
        guard let first = line.first else { return }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=") {
            out.append(UInt8(ascii: "\\"))
            out.append(contentsOf: line)
            return
        }
        // "2024. was" or "3) and": digits then "." or ")" start an ordered list.
        var digits = line.startIndex
        while digits < line.endIndex, line[digits] >= 0x30, line[digits] <= 0x39 { digits += 1 }
        if digits > line.startIndex, digits - line.startIndex <= 9, digits < line.endIndex,
           line[digits] == UInt8(ascii: ".") || line[digits] == UInt8(ascii: ")") {
            out.append(contentsOf: line[..<digits])
            out.append(UInt8(ascii: "\\"))
            out.append(contentsOf: line[digits...])
            return
        }
        out.append(contentsOf: line)
    }
}

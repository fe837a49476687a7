import ByteScan

/// CommonMark escaping: every character that could start markup is backslash-escaped, so any
/// text renders as the same literal text. Works on UTF-8 bytes.
enum MarkdownEscaping {
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

    /// Appends `text` with inline metacharacters escaped (line-start constructs are handled per line).
    static func appendInline(_ text: String, to out: inout [UInt8]) {
        text.withBorrowedUTF8 { buffer in
            out.reserveCapacity(out.count + buffer.count + 16)
            guard let base = buffer.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            let n = buffer.count
            inlineClasses.withUnsafeBufferPointer { classes in
                var runStart = 0
                var i = 0
                // 64 bytes at a time: only the bytes outside words and spaces (most of running
                // text) are looked at.
                while i < n {
                    var marked = ByteMasks.block(raw, at: i, count: n) { ~ByteMasks.words($0) & $1 }
                    while marked != 0 {
                        let j = i &+ marked.trailingZeroBitCount
                        marked &= marked &- 1
                        let byte = buffer[j]
                        let kind = classes[Int(byte)]
                        if kind == 0 { continue }
                        // "{%" opens a Liquid or Nunjucks tag even after "\{": the "%" needs its own escape.
                        if kind == 3 && (j == 0 || buffer[j &- 1] != UInt8(ascii: "{")) { continue }
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<j]))
                        // A line break inside a value would end the block; it is only white space here.
                        if kind == 2 { out.append(UInt8(ascii: " ")) } else { out.append(UInt8(ascii: "\\")); out.append(byte) }
                        runStart = j &+ 1
                    }
                    i &+= 64
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]))
            }
        }
    }

    /// Escapes what a line may not start with: list markers (`-`, `+`, `1.`, `1)`), a setext
    /// underline (`=`), and leading spaces that would make code (`*`, `#`, `>` are escaped
    /// already). The line begins at `start` of `out` and runs to its end; it is mended in place,
    /// and most lines need nothing, so nothing is copied.
    static func protectLineStart(in out: inout [UInt8], from start: Int) {
        var first = start
        while first < out.count, out[first] == UInt8(ascii: " ") { first += 1 }
        if first > start { out.removeSubrange(start..<first) }
        guard start < out.count else { return }
        let byte = out[start]
        if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "=") {
            out.insert(UInt8(ascii: "\\"), at: start)
            return
        }
        var digits = start
        while digits < out.count, out[digits] >= 0x30, out[digits] <= 0x39 { digits += 1 }
        if digits > start, digits - start <= 9, digits < out.count,
           out[digits] == UInt8(ascii: ".") || out[digits] == UInt8(ascii: ")") {
            out.insert(UInt8(ascii: "\\"), at: digits)
        }
    }
}

/// One physical line of the input, cleaned of control codes and transmission tags.
public struct SourceLine: Equatable, Sendable {
    /// 1-based line number in the input file.
    public var number: Int
    /// The line without control codes, tags or quad codes, trimmed on both sides.
    public var text: String
    /// Width of the leading white space (a tab counts as 4 columns).
    public var indent: Int
    /// True for a wire header field: a line that began with ANPA's `^` tag.
    public var tagged: Bool
    /// True when the line ended a wire headline block with ` =` (IPTC 7901).
    public var endsHeaderBlock: Bool
    /// True for lines of a wire headline block (after STX, up to the ` =` line): each is a field.
    public var inHeaderBlock: Bool = false

    public var isBlank: Bool { text.isEmpty }
}

/// Splits decoded text into lines (LF, CRLF or CR) and peels off a wire transmission envelope:
/// whatever precedes STX (routing header, keyword slug) and follows ETX (end code, time stamp).
public struct SourceLines: Sendable {
    public var lines: [SourceLine]
    /// Lines before the start-of-text code: routing and slug, not article content.
    public var envelopeHeader: [Int]
    /// Text after the end-of-text code: end codes and time stamps (closing boilerplate).
    public var trailer: [(line: Int, text: String)]
    /// Lines after the end-of-text code that carry nothing (form feeds, EOT).
    public var emptyTrailer: [Int] = []

    public init(_ text: String) {
        lines = []
        envelopeHeader = []
        trailer = []
        let raw = SourceLines.split(text)
        let hasSTX = raw.contains { $0.unicodeScalars.contains("\u{02}") }
        var inBody = !hasSTX
        var afterETX = false
        var headerBlockOpen = hasSTX
        for (index, line) in raw.enumerated() {
            let number = index + 1
            var scalars = Substring(line).unicodeScalars[...]
            if !inBody {
                guard let stx = scalars.firstIndex(of: "\u{02}") else {
                    envelopeHeader.append(number)
                    continue
                }
                inBody = true
                scalars = scalars[scalars.index(after: stx)...]
            }
            if afterETX {
                let t = SourceLines.clean(scalars, tagged: false).text.droppingQuadCode()
                if t.isEmpty { emptyTrailer.append(number) } else { trailer.append((number, t)) }
                continue
            }
            var tail: Substring.UnicodeScalarView.SubSequence? = nil
            if let etx = scalars.firstIndex(of: "\u{03}") {
                tail = scalars[scalars.index(after: etx)...]
                scalars = scalars[..<etx]
                afterETX = true
            }
            var cleaned = SourceLines.clean(scalars, tagged: true)
            if headerBlockOpen, cleaned.text.hasSuffix(" =") || cleaned.text == "=" {
                cleaned.text = String(cleaned.text.dropLast()).trimmingWhitespace()
                cleaned.endsHeaderBlock = true
                headerBlockOpen = false
            }
            cleaned.number = number
            cleaned.inHeaderBlock = hasSTX && (headerBlockOpen || cleaned.endsHeaderBlock)
            lines.append(cleaned)
            if let tail {
                let t = SourceLines.clean(tail, tagged: false).text.droppingQuadCode()
                if !t.isEmpty { trailer.append((number, t)) }
            }
        }
    }

    /// Splits on LF, CRLF and lone CR, working on UTF-8 bytes.
    static func split(_ text: String) -> [String] {
        var result: [String] = []
        var utf8 = text.utf8[...]
        while true {
            guard let end = utf8.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else {
                result.append(String(Substring(utf8)))
                break
            }
            result.append(String(Substring(utf8[..<end])))
            var next = utf8.index(after: end)
            if utf8[end] == 0x0D, next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
            utf8 = utf8[next...]
        }
        if result.last == "" { result.removeLast() }
        return result
    }

    /// Drops control codes (keeping tabs), an ANPA `^` tag and its trailing quad code (`<` or `=`).
    static func clean(_ scalars: Substring.UnicodeScalarView.SubSequence, tagged allowTag: Bool) -> SourceLine {
        var kept = String.UnicodeScalarView()
        var indent = 0
        var leading = true
        for s in scalars {
            if s.value < 0x20 && s != "\t" || s.value == 0x7F { continue }
            if leading {
                if s == " " { indent += 1; continue }
                if s == "\t" { indent += 4; continue }
                if s == "\u{A0}" { indent += 1; continue }
                leading = false
            }
            kept.append(s)
        }
        var text = String(kept).trimmingWhitespace()
        var tagged = false
        if allowTag, text.hasPrefix("^"), text.count > 1 {
            tagged = true
            text = String(text.dropFirst()).trimmingWhitespace()
            text = text.droppingQuadCode()
        }
        return SourceLine(number: 0, text: text, indent: indent, tagged: tagged, endsHeaderBlock: false)
    }
}

extension String {
    /// Without ANPA quad codes (`<` or `=`) at the end of a header or trailer line.
    func droppingQuadCode() -> String {
        var text = self
        while let last = text.unicodeScalars.last, last == "<" || last == "=" {
            text = String(text.unicodeScalars.dropLast()).trimmingWhitespace()
        }
        return text
    }
}

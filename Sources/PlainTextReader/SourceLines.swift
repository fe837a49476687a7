#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ByteScan

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
    /// Number of Unicode scalars in `text`: the visible length wrap rules compare (set once).
    public var length: Int

    public var isBlank: Bool { text.isEmpty }
}

/// Splits decoded text into lines (LF, CRLF or CR) and peels off a wire transmission envelope:
/// whatever precedes STX (routing header, keyword slug) and follows ETX (end code, time stamp).
public struct SourceLines: Sendable {
    public var lines: [SourceLine]
    /// Lines before the start-of-text code: routing and slug, not article content.
    public var envelopeHeader: [Int]
    /// Their text, control codes removed (blank ones left out).
    public var envelopeHeaderText: [(line: Int, text: String)] = []
    /// Text after the end-of-text code: end codes and time stamps (closing boilerplate).
    public var trailer: [(line: Int, text: String)]
    /// Lines after the end-of-text code that carry nothing (form feeds, EOT).
    public var emptyTrailer: [Int] = []

    public init(_ text: String) {
        lines = []
        envelopeHeader = []
        trailer = []
        var text = text
        text.makeContiguousUTF8()
        let bytes = Array(text.utf8)
        let hasSTX = SourceLines.contains(bytes, 0x02)
        let hasETX = SourceLines.contains(bytes, 0x03)
        var inBody = !hasSTX
        var afterETX = false
        var headerBlockOpen = hasSTX
        var number = 0
        let breaks = SourceLines.lineBreaks(bytes)
        lines.reserveCapacity(breaks.count)
        for (start, lineEnd) in breaks {
            number += 1
            var lineStart = start
            if !inBody {
                guard let stx = bytes[lineStart..<lineEnd].firstIndex(of: 0x02) else {
                    envelopeHeader.append(number)
                    let t = SourceLines.clean(bytes[lineStart..<lineEnd], tagged: false).text
                    if !t.isEmpty { envelopeHeaderText.append((number, t)) }
                    continue
                }
                inBody = true
                lineStart = stx + 1
            }
            if afterETX {
                let t = SourceLines.clean(bytes[lineStart..<lineEnd], tagged: false).text.droppingQuadCode()
                if t.isEmpty { emptyTrailer.append(number) } else { trailer.append((number, t)) }
                continue
            }
            var contentEnd = lineEnd
            var tailStart: Int? = nil
            if hasETX, let etx = bytes[lineStart..<lineEnd].firstIndex(of: 0x03) {
                contentEnd = etx
                tailStart = etx + 1
                afterETX = true
            }
            // Appended first and finished in place: a SourceLine copied retains its text.
            lines.append(bytes.withUnsafeBufferPointer { all in
                SourceLines.clean(UnsafeBufferPointer(rebasing: all[lineStart..<contentEnd]), tagged: true)
            })
            let last = lines.count - 1
            if headerBlockOpen, lines[last].text.closes(with: " =") || lines[last].text == "=" {
                lines[last].text = String(lines[last].text.dropLast()).trimmingWhitespace()
                lines[last].endsHeaderBlock = true
                headerBlockOpen = false
            }
            lines[last].number = number
            lines[last].inHeaderBlock = hasSTX && (headerBlockOpen || lines[last].endsHeaderBlock)
            if let tailStart {
                let t = SourceLines.clean(bytes[tailStart..<lineEnd], tagged: false).text.droppingQuadCode()
                if !t.isEmpty { trailer.append((number, t)) }
            }
        }
    }

    /// memchr: the whole text is searched for the wire control codes, which most files lack.
    static func contains(_ bytes: [UInt8], _ byte: UInt8) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return false }
            return memchr(base, Int32(byte), b.count) != nil
        }
    }

    /// (start, end) byte offsets of every line; LF, CRLF and lone CR all end a line.
    static func lineBreaks(_ bytes: [UInt8]) -> [(Int, Int)] {
        bytes.withUnsafeBufferPointer { buffer in
            var result: [(Int, Int)] = []
            result.reserveCapacity(buffer.count / 32)
            let count = buffer.count
            guard let base = buffer.baseAddress else { return result }
            var start = 0
            // Most files have no CR at all: then memchr finds each LF.
            if memchr(base, 0x0D, count) == nil {
                while start < count, let hit = memchr(base + start, 0x0A, count - start) {
                    let end = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    result.append((start, end))
                    start = end + 1
                }
                if start < count { result.append((start, count)) }
                return result
            }
            var i = 0
            while i < count {
                let b = buffer[i]
                if b == 0x0A || b == 0x0D {
                    result.append((start, i))
                    i += (b == 0x0D && i + 1 < count && buffer[i + 1] == 0x0A) ? 2 : 1
                    start = i
                } else {
                    i += 1
                }
            }
            if start < count { result.append((start, count)) }
            return result
        }
    }

    /// Drops control codes (keeping tabs), an ANPA `^` tag and its trailing quad code (`<` or `=`).
    /// Works on the line's UTF-8 bytes; lines without control codes take a copy-free fast path
    /// that finds the indent, the trimmed end and the character count in one walk.
    static func clean(_ line: ArraySlice<UInt8>, tagged allowTag: Bool) -> SourceLine {
        line.withUnsafeBufferPointer { buffer in
            clean(buffer, tagged: allowTag)
        }
    }

    /// `line`: bytes of valid UTF-8 text, cut at ASCII bytes (so its pieces cut at ASCII bytes
    /// are valid UTF-8 too, and become strings without being validated again).
    static func clean(_ line: UnsafeBufferPointer<UInt8>, tagged allowTag: Bool) -> SourceLine {
        var indent = 0
        var i = 0
        let count = line.count
        while i < count {
            let b = line[i]
            if b == 0x20 { indent += 1 }
            else if b == 0x09 { indent += 4 }
            else if b == 0xC2, i + 1 < count, line[i + 1] == 0xA0 { indent += 1; i += 1 }
            else { break }
            i += 1
        }
        var end = count
        while end > i, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        var characters = 0
        var hasControl = false
        // 64 bytes at once: a code to drop sends the line to the scalar path below; otherwise the
        // characters are the bytes that do not continue one.
        if let raw = UnsafeRawPointer(line.baseAddress) {
            var j = i
            while j < end {
                let (dropped, continuation) = ByteMasks.block(raw, at: j, count: end) { p, valid in
                    let classes = ByteMasks.lineClasses(p)
                    return (classes.dropped & valid, continuation: classes.continuation & valid)
                }
                if dropped != 0 { hasControl = true; break }
                characters &+= Swift.min(64, end &- j) &- continuation.nonzeroBitCount
                j &+= 64
            }
        }
        if !hasControl {
            // A non-ASCII character has more bytes than characters.
            var text = String(validatedUTF8: UnsafeBufferPointer(rebasing: line[i..<end]), isASCII: characters == end &- i)
            if end > i, line[end &- 1] >= 0x80 { text = text.trimmingWhitespace() }
            let trimmedCount = text.utf8.count
            let (finished, tagged) = finish(text, allowTag: allowTag)
            let length = tagged || end - i != trimmedCount ? finished.scalarCount : characters
            return SourceLine(number: 0, text: finished, indent: indent, tagged: tagged, endsHeaderBlock: false, length: length)
        }
        indent = 0
        let scalars = String(validatedUTF8: line).unicodeScalars
        var kept = String.UnicodeScalarView()
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
        let (finished, tagged) = finish(String(kept).trimmingWhitespace(), allowTag: allowTag)
        return SourceLine(number: 0, text: finished, indent: indent, tagged: tagged, endsHeaderBlock: false, length: finished.scalarCount)
    }

    /// The text without an ANPA `^` tag and its quad code, and whether it had the tag.
    static func finish(_ text: String, allowTag: Bool) -> (text: String, tagged: Bool) {
        guard allowTag, text.firstByte == UInt8(ascii: "^"), text.utf8.count > 1 else { return (text, false) }
        return (String(text.dropFirst()).trimmingWhitespace().droppingQuadCode(), true)
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

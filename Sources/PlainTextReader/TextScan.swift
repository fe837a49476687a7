#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ByteScan

// Small text predicates shared by the conventions. They look at Unicode scalars or UTF-8 bytes,
// never at Characters, because grapheme breaking is the slow path in Swift strings.

extension String {
    /// The string without leading and trailing white space (Unicode white space included).
    func trimmingWhitespace() -> String {
        // Fast path: most lines start and end with a visible ASCII character.
        guard let firstByte = firstByte, let lastByte = lastByte else { return self }
        let visibleStart = firstByte > 0x20 && firstByte < 0x80, visibleEnd = lastByte > 0x20 && lastByte < 0x80
        if visibleStart && visibleEnd { return self }
        // Unicode properties only for an end that needs them ("—", "”", a no-break space…).
        let s = unicodeScalars
        let first: String.Index
        if visibleStart {
            first = s.startIndex
        } else {
            guard let index = s.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
            first = index
        }
        let last = visibleEnd ? s.index(before: s.endIndex) : s.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == s.startIndex && s.index(after: last) == s.endIndex { return self }
        return String(s[first...last])
    }

    /// Runs of white space folded into one ASCII space, ends trimmed. On UTF-8 bytes: Unicode's
    /// White_Space characters are the ASCII ones and eleven more of two or three bytes
    /// (`whitespaceLength`); text with none to fold is returned as it is.
    func collapsingWhitespace() -> String {
        withBorrowedUTF8 { b -> String in
            let n = b.count
            // Nothing to fold when every white space is one ASCII space between two other characters.
            var i = 0
            while i < n {
                if Self.whitespaceLength(b, at: i) > 0,
                   b[i] != 0x20 || i == 0 || i + 1 == n || Self.whitespaceLength(b, at: i + 1) > 0 { break }
                i += 1
            }
            if i == n { return self }
            var out = [UInt8]()
            out.reserveCapacity(n)
            var pendingSpace = false
            i = 0
            while i < n {
                let length = Self.whitespaceLength(b, at: i)
                if length > 0 {
                    pendingSpace = !out.isEmpty
                    i += length
                } else {
                    if pendingSpace { out.append(0x20) }
                    pendingSpace = false
                    out.append(b[i])
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The byte length of the White_Space character starting at `i`, or 0: U+0009–000D, U+0020,
    /// U+0085, U+00A0, U+1680, U+2000–200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    @inline(__always) static func whitespaceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) ? 1 : 0 }
        let n = b.count
        switch c {
        case 0xC2:
            return i + 1 < n && (b[i + 1] == 0x85 || b[i + 1] == 0xA0) ? 2 : 0
        case 0xE1:
            return i + 2 < n && b[i + 1] == 0x9A && b[i + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard i + 2 < n else { return 0 }
            let x = b[i + 1], y = b[i + 2]
            if x == 0x80 { return (y >= 0x80 && y <= 0x8A) || y == 0xA8 || y == 0xA9 || y == 0xAF ? 3 : 0 }
            return x == 0x81 && y == 0x9F ? 3 : 0
        case 0xE3:
            return i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }

    /// Number of Unicode scalars: a cheap stand-in for the visible length of a line.
    /// True when the text has at most `n` characters, usually without counting them:
    /// a UTF-8 character takes one to four bytes.
    func hasAtMost(_ n: Int) -> Bool {
        let bytes = utf8.count
        if bytes <= n { return true }
        if bytes > 4 * n { return false }
        return scalarCount(stoppingAbove: n) <= n
    }

    /// The index of the first `byte` among the first `limit` UTF-8 bytes (memchr), as a String
    /// index; ASCII bytes always start a character.
    func firstIndex(ofByte byte: UInt8, within limit: Int = .max) -> String.Index? {
        let offset: Int? = withBorrowedUTF8 { bytes in
            guard let base = bytes.baseAddress, let hit = memchr(base, Int32(byte), Swift.min(limit, bytes.count)) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
        return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }

    /// `contains(Character)` for an ASCII character other than ";", "`" and "K", settled on the
    /// bytes when the byte is absent (the usual case): a Character equal to such a one holds its byte.
    func containsCharacter(ascii byte: UInt8) -> Bool {
        hasByte(byte) && contains(Character(Unicode.Scalar(byte)))
    }

    /// `firstIndex(of: Character)` for an ASCII character other than CR, LF, ";", "`" and "K" (which
    /// other scalars are canonically equal to). Where the text is
    /// ASCII up to the byte after the first hit, every byte there is a character of its own, so
    /// the hit is the answer; otherwise (combining marks, prepended marks) the Character search decides.
    func firstIndex(ofASCII byte: UInt8) -> String.Index? {
        let hit: Int?? = withBorrowedUTF8 { bytes in
            guard let base = bytes.baseAddress, let found = memchr(base, Int32(byte), bytes.count) else { return .some(nil) }
            let offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            var i = 0
            while i <= offset &+ 1 && i < bytes.count {
                if bytes[i] >= 0x80 || bytes[i] == 0x0D { return nil }
                i &+= 1
            }
            return .some(offset)
        }
        switch hit {
        case .some(let offset): return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
        case .none: return firstIndex(of: Character(Unicode.Scalar(byte)))
        }
    }

    /// `hasPrefix`, settled on the bytes when they differ and `prefix` is ASCII without ";", "`"
    /// or "K": no other scalar is canonically equal to those characters (U+037E, U+1FEF and
    /// U+212A are to these three), so text that opens with them as characters opens with their
    /// bytes. On text with non-ASCII characters `hasPrefix` compares characters, a slow path.
    func opens(with prefix: String) -> Bool {
        bytesDecide(prefix, atEnd: false) ?? hasPrefix(prefix)
    }

    /// `hasSuffix`, settled on the bytes the same way.
    func closes(with suffix: String) -> Bool {
        bytesDecide(suffix, atEnd: true) ?? hasSuffix(suffix)
    }

    /// For a byte-decidable needle (ASCII other than ";", "`" and "K"): false when the text's bytes
    /// do not open (or close) with it, true when they do and the characters beside it are ASCII;
    /// nil when characters must decide.
    private func bytesDecide(_ needle: String, atEnd: Bool) -> Bool? {
        return withBorrowedUTF8 { t in
            needle.withBorrowedUTF8 { p -> Bool? in
                for b in p where b >= 0x80 || b == UInt8(ascii: ";") || b == UInt8(ascii: "`") || b == UInt8(ascii: "K") { return nil }
                guard p.count <= t.count else { return false }
                guard let tb = t.baseAddress, let pb = p.baseAddress else { return nil }
                let start = atEnd ? t.count - p.count : 0
                guard memcmp(tb + start, pb, p.count) == 0 else { return false }
                // The bytes match. The characters do when a character boundary falls where the
                // needle meets the rest of the text, as it does between two ASCII characters
                // other than CR and LF (only non-ASCII prepended, combining and joining marks
                // hold a cluster across it).
                if p.isEmpty { return true }
                if atEnd {
                    guard start > 0 else { return true }
                    let before = t[start &- 1]
                    return before < 0x80 && !(before == 0x0D && p[0] == 0x0A) ? true : nil
                }
                guard p.count < t.count else { return true }
                let after = t[p.count]
                return after < 0x80 && !(p[p.count &- 1] == 0x0D && after == 0x0A) ? true : nil
            }
        }
    }

    /// `split(separator: ",")`, each part trimmed: without a comma byte there is no comma
    /// character, so the split is the whole text (none when it is empty).
    func splitOnCommas() -> [String] {
        guard hasByte(UInt8(ascii: ",")) else { return isEmpty ? [] : [trimmingWhitespace()] }
        return split(separator: ",").map { String($0).trimmingWhitespace() }
    }

    /// True when the text has a byte outside ASCII (a Character equal to a non-ASCII one needs one).
    var hasNonASCII: Bool {
        return withBorrowedUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            var i = 0
            while i &+ 8 <= bytes.count {
                if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & ByteWords.high != 0 { return true }
                i &+= 8
            }
            while i < bytes.count {
                if bytes[i] >= 0x80 { return true }
                i &+= 1
            }
            return false
        }
    }

    /// True when the text has an ASCII digit.
    var hasDigit: Bool {
        return withBorrowedUTF8 { bytes in
            for b in bytes where b &- 0x30 < 10 { return true }
            return false
        }
    }

    /// Unicode scalars: UTF-8 bytes that do not continue a character, counted eight at a time.
    var scalarCount: Int { scalarCount(stoppingAbove: .max) }

    /// The number of Unicode scalars, or some number above `limit` once the count passes it
    /// (`hasAtMost` needs no more).
    func scalarCount(stoppingAbove limit: Int) -> Int {
        return withBorrowedUTF8 { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            let raw = UnsafeRawPointer(base)
            var scalars = 0
            var i = 0
            while i &+ 8 <= buffer.count {
                // A continuation byte has bit 7 set and bit 6 clear.
                scalars &+= 8 &- ByteWords.continuationBytes(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                if scalars > limit { return scalars }
                i &+= 8
            }
            while i < buffer.count {
                if buffer[i] & 0xC0 != 0x80 { scalars &+= 1 }
                i &+= 1
            }
            return scalars
        }
    }

    /// Words separated by spaces and tabs (split on the bytes: Character splitting was the
    /// costliest step of several conventions).
    /// `words.count` without building the words: runs of bytes other than space and tab.
    var wordCount: Int {
        var count = 0
        var inWord = false
        for b in utf8 {
            let isSeparator = b == 0x20 || b == 0x09
            if !isSeparator && !inWord { count &+= 1 }
            inWord = !isSeparator
        }
        return count
    }

    var words: [Substring] {
        var result: [Substring] = []
        let utf8 = self.utf8
        var start: String.Index? = nil
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let b = utf8[i]
            if b == 0x20 || b == 0x09 {
                if let s = start { result.append(self[s..<i]); start = nil }
            } else if start == nil {
                start = i
            }
            i = utf8.index(after: i)
        }
        if let s = start { result.append(self[s..<utf8.endIndex]) }
        return result
    }

    /// True when the text has letters and none of them is lower-case.
    var isAllCaps: Bool {
        var letters = 0
        for b in utf8 {
            if b >= 0x80 { return isAllCapsUnicode }
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }

    private var isAllCapsUnicode: Bool {
        var letters = 0
        for s in unicodeScalars where s.properties.isAlphabetic {
            if s.properties.isLowercase { return false }
            if s.properties.isUppercase { letters += 1 }
        }
        return letters >= 2
    }

    /// True when the first letter is upper-case.
    var startsUppercase: Bool {
        for b in utf8 {
            if b >= 0x80 { break }
            if b >= 0x41 && b <= 0x5A { return true }
            if b >= 0x61 && b <= 0x7A { return false }
        }
        guard let first = unicodeScalars.first(where: { $0.properties.isAlphabetic }) else { return false }
        return first.properties.isUppercase
    }

    /// The last scalar that is not a closing quote or bracket.
    var lastSignificantScalar: Unicode.Scalar? {
        unicodeScalars.last(where: { !TextScan.closers.contains($0) })
    }

    /// Ends like a sentence: `.`, `!`, `?`, `…` (possibly inside closing quotes).
    var endsLikeSentence: Bool {
        guard let s = lastSignificantScalar else { return false }
        return s == "." || s == "!" || s == "?" || s == "…"
    }

    /// Starts with an opening quotation mark.
    var startsWithQuote: Bool {
        guard let s = unicodeScalars.first else { return false }
        return TextScan.openingQuotes.contains(s)
    }

    /// Title-cases an ALL-CAPS name: "CHARLES O'NEIL-SMITH" → "Charles O'Neil-Smith". Mixed case is kept.
    func titleCasedName() -> String {
        guard isAllCaps else { return self }
        var out = String.UnicodeScalarView()
        var startOfWord = true
        for s in unicodeScalars {
            if s.properties.isAlphabetic {
                if startOfWord { out.append(s) } else { out.append(contentsOf: String(s).lowercased().unicodeScalars) }
                startOfWord = false
            } else {
                out.append(s)
                startOfWord = s == " " || s == "-" || s == "'" || s == "’" || s == "."
            }
        }
        return String(out)
    }
}

extension String {
    /// The first `count` characters, lower-cased: for prefix tests without lower-casing whole paragraphs.
    func lowercasedPrefix(_ count: Int = 32) -> String {
        // ASCII first `count` bytes (nearly every line): those bytes are the first characters,
        // lower-cased by byte; building a scalar view was a fifth of the editor's-note test.
        let ascii: String? = withBorrowedUTF8 { bytes in
            let n = Swift.min(bytes.count, count)
            var i = 0
            while i < n, bytes[i] < 0x80 { i &+= 1 }
            guard i == n else { return nil }
            return String(unsafeUninitializedCapacity: n) { out in
                for k in 0..<n {
                    let b = bytes[k]
                    out[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                }
                return n
            }
        }
        if let ascii { return ascii }
        // String.lowercased() appends each scalar's full lower-case mapping; doing so here for
        // the first `count` scalars alone skips building a scalar view and lower-casing a copy
        // (together about 30,000 instructions a call), and ASCII scalars map by byte.
        var out: [UInt8] = []
        out.reserveCapacity(Swift.min(utf8.count, count * 4))
        var taken = 0
        for scalar in unicodeScalars {
            if taken == count { break }
            taken &+= 1
            if scalar.isASCII {
                let b = UInt8(truncatingIfNeeded: scalar.value)
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Byte search (String.contains goes through the slower generic string-processing path).
    func containsBytes(_ needle: String) -> Bool {
        needle.isEmpty || byteOffset(of: needle) != nil
    }

    /// The text before the first occurrence of `needle`, or nil (a byte search, as above).
    func prefix(before needle: String) -> Substring? {
        guard let offset = byteOffset(of: needle) else { return nil }
        return self[..<utf8.index(utf8.startIndex, offsetBy: offset)]
    }

    /// Where `needle` first starts, in UTF-8 bytes (`ByteSearch`). Both are valid UTF-8, so a
    /// match starts on a character boundary.
    func byteOffset(of needle: String) -> Int? {
        withBorrowedUTF8 { h in needle.withBorrowedUTF8 { ByteSearch.firstOffset(of: $0, in: h) } }
    }
}

/// The bytes a first-byte gate lets through, as a 256-bit set: such gates run on every line, and a
/// string's UTF-8 view `contains` walked an iterator there.
struct ByteSet: Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(_ members: String) {
        self.init(bytes: Array(members.utf8))
    }

    init(bytes members: [UInt8]) {
        for b in members { insert(b) }
    }

    /// The set with `range` added.
    func adding(_ range: ClosedRange<UInt8>) -> ByteSet {
        var set = self
        for b in range { set.insert(b) }
        return set
    }

    private mutating func insert(_ b: UInt8) {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    func contains(_ b: UInt8) -> Bool {
        let word: UInt64
        switch b >> 6 {
        case 0: word = words.0
        case 1: word = words.1
        case 2: word = words.2
        default: word = words.3
        }
        return word >> UInt64(b & 63) & 1 != 0
    }
}

enum TextScan {
    static let closers: Set<Unicode.Scalar> = ["\"", "”", "’", "'", "»", "«", ")", "]", "›"]
    static let openingQuotes: Set<Unicode.Scalar> = ["\"", "“", "„", "«", "»", "‘", "'", "`", "‚", "‹"]
}

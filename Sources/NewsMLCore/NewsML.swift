/// Constants and small rules shared by the NewsML-G2 writer and validator.
public enum NewsML {
    /// The NewsML-G2 (NAR) namespace.
    public static let namespace = "http://iptc.org/std/nar/2006-10-01/"
    public static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"
    public static let standardVersion = "2.35"
    /// The IPTC G2 standards catalog named by the 2.35 release.
    public static let iptcCatalog = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_40.xml"

    /// True for a catalogRef that points at any version of the IPTC G2 standards catalog.
    public static func isIPTCCatalog(_ href: String) -> Bool {
        // A byte search: String.contains goes through the generic (slow) string-processing path.
        let needle = Array("iptc.org/std/catalog/catalog.IPTC-G2-Standards_".utf8)
        let hay = Array(href.utf8)
        guard hay.count >= needle.count else { return false }
        for start in 0...(hay.count - needle.count) where hay[start] == needle[0] {
            if hay[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}

/// Word and character counts of a text rendition, defined so that the writer and the validator
/// compute the same numbers: the text nodes of the body, joined by spaces, white space collapsed;
/// a word is a run of non-space characters holding a letter or a digit (so "—" is not a word).
public struct TextStatistics: Equatable, Sendable {
    public var words = 0
    public var characters = 0
    private var pendingSpace = false

    public init() {}

    public mutating func add(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { add(bytes: $0) }
    }

    /// Byte classes: 1 ASCII white space, 2 ASCII letter or digit, 3 a byte of a non-ASCII
    /// character (decoded to decide), 0 anything else.
    static let byteClass: [UInt8] = (0..<256).map { b in
        if b >= 0x80 { return 3 }
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return 1 }
        if (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) { return 2 }
        return 0
    }

    /// One pass over UTF-8 bytes; only non-ASCII characters look up Unicode properties.
    public mutating func add(bytes: UnsafeBufferPointer<UInt8>) {
        Self.byteClass.withUnsafeBufferPointer { classes in add(bytes: bytes, classes: classes) }
    }

    mutating func add(bytes: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        var i = 0
        while i < n {
            // A run of white space: at most one joining space is counted, before the next word.
            if classes[Int(bytes[i])] == 1 {
                if characters > 0 { pendingSpace = true }
                i &+= 1
                while i < n, classes[Int(bytes[i])] == 1 { i &+= 1 }
                continue
            }
            if !classifyNonASCIISpace(bytes, &i) {
                // A word: every character up to the next white space.
                if pendingSpace && characters > 0 { characters &+= 1 }
                pendingSpace = false
                var alphanumeric = false
                var count = 0
                while i < n {
                    let c = classes[Int(bytes[i])]
                    if c < 3 {
                        if c == 1 { break }
                        if c == 2 { alphanumeric = true }
                        count &+= 1
                        i &+= 1
                    } else {
                        let (isSpace, isAlphanumeric, length) = Self.decode(bytes, at: i)
                        if isSpace { break }
                        if isAlphanumeric { alphanumeric = true }
                        count &+= 1
                        i &+= length
                    }
                }
                characters &+= count
                if alphanumeric { words &+= 1 }
            }
        }
        // Text nodes are joined by a space.
        if characters > 0 { pendingSpace = true }
    }

    /// At a non-ASCII white-space character (no-break space, thin space…): consume it as space.
    private mutating func classifyNonASCIISpace(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Bool {
        guard bytes[i] >= 0x80 else { return false }
        let (isSpace, _, length) = Self.decode(bytes, at: i)
        guard isSpace else { return false }
        if characters > 0 { pendingSpace = true }
        i += length
        return true
    }

    /// Decodes the character at `i` by hand (a String per character would cost far more).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (isSpace: Bool, isAlphanumeric: Bool, length: Int) {
        let b = bytes[i]
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        let end = min(i + length, bytes.count)
        var value = UInt32(b) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        var j = i + 1
        while j < end { value = value << 6 | (UInt32(bytes[j]) & 0x3F); j += 1 }
        if value >= 0x2010 && value <= 0x2027 { return (false, false, end - i) }  // dashes, quotes, ellipsis
        let scalar = Unicode.Scalar(value) ?? " "
        return (scalar.properties.isWhitespace, scalar.properties.isAlphabetic || scalar.properties.numericType != nil, end - i)
    }
}

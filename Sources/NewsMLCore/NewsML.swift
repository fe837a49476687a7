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

    /// One pass over UTF-8 bytes; only non-ASCII characters look up Unicode properties.
    mutating func add(bytes: UnsafeBufferPointer<UInt8>) {
        var inWord = false
        var wordHasAlphanumeric = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            var isSpace: Bool
            var isAlphanumeric: Bool
            if b < 0x80 {
                isSpace = b == 0x20 || (b >= 0x09 && b <= 0x0D)
                isAlphanumeric = (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
                i += 1
            } else {
                // Decode the character by hand: making a String per character would cost far more.
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                let end = min(i + length, bytes.count)
                var value = UInt32(b) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
                var j = i + 1
                while j < end { value = value << 6 | (UInt32(bytes[j]) & 0x3F); j += 1 }
                if value >= 0x2010 && value <= 0x2027 {
                    // Dashes, quotes, bullets, ellipsis: the punctuation news text is full of.
                    isSpace = false
                    isAlphanumeric = false
                } else {
                    let scalar = Unicode.Scalar(value) ?? " "
                    isSpace = scalar.properties.isWhitespace
                    isAlphanumeric = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                }
                i = end
            }
            if isSpace {
                if inWord {
                    if wordHasAlphanumeric { words += 1 }
                    inWord = false
                }
                if characters > 0 { pendingSpace = true }
                continue
            }
            if !inWord {
                if pendingSpace && characters > 0 { characters += 1 }
                pendingSpace = false
                inWord = true
                wordHasAlphanumeric = false
            }
            characters += 1
            if isAlphanumeric { wordHasAlphanumeric = true }
        }
        if inWord && wordHasAlphanumeric { words += 1 }
        // Text nodes are joined by a space.
        if characters > 0 { pendingSpace = true }
    }
}

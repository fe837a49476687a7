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
        var inWord = false
        var wordHasAlphanumeric = false
        for s in text.unicodeScalars {
            if s.properties.isWhitespace {
                if inWord {
                    if wordHasAlphanumeric { words += 1 }
                    inWord = false
                    pendingSpace = true
                } else if characters > 0 {
                    pendingSpace = true
                }
                continue
            }
            if !inWord {
                if pendingSpace && characters > 0 { characters += 1 }
                pendingSpace = false
                inWord = true
                wordHasAlphanumeric = false
            }
            characters += 1
            if s.properties.isAlphabetic || s.properties.numericType != nil { wordHasAlphanumeric = true }
        }
        if inWord && wordHasAlphanumeric { words += 1 }
        // Text nodes are joined by a space.
        if characters > 0 { pendingSpace = true }
    }
}

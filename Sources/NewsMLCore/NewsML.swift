import ByteScan

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
    /// Between calls both are false: a text node ends its last word.
    private var inWord = false
    private var wordHasAlphanumeric = false

    public init() {}

    public mutating func add(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { add(bytes: $0) }
    }

    /// One pass over UTF-8 bytes, 64 at a time: their classes as bit masks (white space, letters
    /// and digits), the word starts and ends read off the masks; a word that goes on past the 64
    /// bytes carries its state to the next ones. Only non-ASCII characters are decoded, one by
    /// one, to look up their Unicode properties.
    public mutating func add(bytes: UnsafeBufferPointer<UInt8>) {
        _ = add(bytes, checkingXML: false)
    }

    /// Counts `bytes` (valid UTF-8) as `add(bytes:)` does and returns true when every character is one XML 1.0
    /// allows (no C0 control but tab, line feed and carriage return; no U+FFFE or U+FFFF);
    /// otherwise counts nothing and returns false. One pass where the writer made two: the check
    /// costs a mask test per 64 bytes on top of the counting.
    public mutating func addIfXMLClean(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let before = self
        guard add(bytes, checkingXML: true) else {
            self = before
            return false
        }
        return true
    }

    /// False as soon as `checkingXML` finds a character XML 1.0 does not allow.
    @inline(__always)
    private mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, checkingXML: Bool) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        var i = 0
        while i < n {
            let classes = ByteMasks.block(raw, at: i, count: n) { p, _ in ByteMasks.textClasses(p) }
            guard let used = addBlock(classes, bytes, at: i, available: Swift.min(64, n &- i), checkingXML: checkingXML) else {
                return false
            }
            i &+= used
        }
        // Text nodes are joined by a space: the last word ends here.
        endWord()
        return true
    }

    /// The `available` bytes (at most 64) from `start`, whose byte classes are `classes` (bit k
    /// for byte start + k, `ByteMasks`): the block's characters and words are read off the masks
    /// with population counts. Non-ASCII characters are decoded one by one to set their bits.
    /// Returns how many bytes it took (fewer when a character straddles the end), or nil when
    /// `checkingXML` finds a character XML 1.0 does not allow.
    @inline(__always)
    private mutating func addBlock(_ classes: ByteMasks.TextClasses, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int,
                                   available: Int, checkingXML: Bool) -> Int? {
        var length = available
        if checkingXML, classes.control & Self.lowBits(length) != 0 { return nil }
        var space = classes.space, alphanumeric = classes.alphanumeric
        let continuation = classes.continuation
        var leads = classes.nonASCII & ~continuation
        while leads != 0 {
            let p = leads.trailingZeroBitCount
            leads &= leads &- 1
            let (isSpace, isAlphanumeric, size) = Self.decode(bytes, at: start &+ p)
            if p &+ size > 64 { length = p; break }  // the next block starts with it
            if checkingXML, size == 3, bytes[start &+ p] == 0xEF, bytes[start &+ p &+ 1] == 0xBF,
               bytes[start &+ p &+ 2] == 0xBE || bytes[start &+ p &+ 2] == 0xBF {
                return nil  // U+FFFE, U+FFFF
            }
            if isSpace { space |= ((UInt64(1) << UInt64(size)) &- 1) << UInt64(p) }
            if isAlphanumeric { alphanumeric |= UInt64(1) << UInt64(p) }
        }
        let inBlock = Self.lowBits(length)
        let visible = ~space & inBlock
        let letters = alphanumeric & inBlock
        // A word carried in from before ends at a space in byte 0.
        if inWord && visible & 1 == 0 { endWord() }
        let carried: UInt64 = inWord ? 1 : 0
        let starts = visible & ~(visible << 1) & ~carried
        // Characters: lead and ASCII bytes, and a joining space before each word but the first.
        var joins = starts.nonzeroBitCount
        if joins > 0 && characters == 0 { joins &-= 1 }
        characters &+= (visible & ~continuation).nonzeroBitCount &+ joins
        // Words: runs of visible bytes that end here, less those without a letter or digit. Adding
        // a run's start bit to the mask of its non-alphanumeric bytes carries through the run up
        // to its first letter or digit, or, when it has none, to the space after it.
        let others = visible & ~letters
        let unproven = (starts | (inWord && !wordHasAlphanumeric ? 1 : 0)) & others
        let carriedTo = (others &+ unproven) & ~others & inBlock
        let ends = visible & ~(visible >> 1) & (inBlock >> 1)
        words &+= ends.nonzeroBitCount &- (carriedTo & ~visible).nonzeroBitCount
        // A run reaching the last byte goes on into the next bytes.
        if visible & (UInt64(1) << UInt64(length &- 1)) != 0 {
            let spaces = ~visible & inBlock
            let runStart = spaces == 0 ? 0 : 64 &- spaces.leadingZeroBitCount
            let before = runStart == 0 && inWord && wordHasAlphanumeric
            inWord = true
            wordHasAlphanumeric = before || letters >> UInt64(runStart) != 0
        } else {
            inWord = false
        }
        return length
    }

    /// The lowest `count` bits (count ≤ 64).
    @inline(__always) static func lowBits(_ count: Int) -> UInt64 {
        count >= 64 ? ~0 : (UInt64(1) << UInt64(count)) &- 1
    }

    @inline(__always) private mutating func endWord() {
        if inWord && wordHasAlphanumeric { words &+= 1 }
        inWord = false
    }

    /// The classes of the character at `i`, decoded by hand.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (isSpace: Bool, isAlphanumeric: Bool, length: Int) {
        let (value, length) = UTF8Scalar.decode(bytes, at: i)
        if value >= 0x2010 && value <= 0x2027 { return (false, false, length) }  // dashes, quotes, ellipsis
        let scalar = Unicode.Scalar(value) ?? " "
        return (scalar.properties.isWhitespace, scalar.properties.isAlphabetic || scalar.properties.numericType != nil, length)
    }
}

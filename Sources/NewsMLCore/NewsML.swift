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

    /// One pass over UTF-8 bytes. Runs of eight ASCII bytes are classified at once (SWAR masks of
    /// white space and letters or digits, the word starts and ends read off the masks); a word
    /// that goes on past the eight bytes carries its state to the next ones. Only non-ASCII
    /// characters are decoded, one by one, to look up their Unicode properties.
    public mutating func add(bytes: UnsafeBufferPointer<UInt8>) {
        _ = add(bytes, checkingXML: false)
    }

    /// Counts `bytes` (valid UTF-8) as `add(bytes:)` does and returns true when every character is one XML 1.0
    /// allows (no C0 control but tab, line feed and carriage return; no U+FFFE or U+FFFF);
    /// otherwise counts nothing and returns false. One pass where the writer made two: the check
    /// costs a test per eight bytes on top of the counting.
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
            if i &+ 64 <= n {
                guard let used = addBlock(raw, bytes, at: i, checkingXML: checkingXML) else { return false }
                i &+= used
                continue
            }
            if i &+ 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if word & ByteWords.high == 0 {
                    // Controls are rare: the bytes are looked at one by one only when one is there.
                    if checkingXML, ByteWords.hasLess(word, 0x20) != 0, !Self.allowsControls(word) { return false }
                    addASCII(word)
                    i &+= 8
                    continue
                }
            }
            let b = bytes[i]
            if b < 0x80 {
                if checkingXML, b < 0x20, b != 0x09, b != 0x0A, b != 0x0D { return false }
                let isSpace = b == 0x20 || (b >= 0x09 && b <= 0x0D)
                let isAlphanumeric = (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
                character(isSpace: isSpace, isAlphanumeric: isAlphanumeric)
                i &+= 1
            } else {
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                if checkingXML, b == 0xEF, i &+ 2 < n, bytes[i &+ 1] == 0xBF, bytes[i &+ 2] == 0xBE || bytes[i &+ 2] == 0xBF {
                    return false
                }
                let (isSpace, isAlphanumeric, length) = Self.decode(bytes, at: i)
                character(isSpace: isSpace, isAlphanumeric: isAlphanumeric)
                i &+= length
            }
        }
        // Text nodes are joined by a space: the last word ends here.
        endWord()
        return true
    }

    /// Sixty-four bytes from `start` at once: each byte class becomes a bit mask (bit k for byte
    /// start + k, `ByteMasks`), and the block's characters and words are read off the masks with
    /// population counts. Non-ASCII characters are decoded one by one to set their bits. Returns how many
    /// bytes it took (fewer than 64 when a character straddles the end), or nil when
    /// `checkingXML` finds a character XML 1.0 does not allow.
    @inline(__always)
    private mutating func addBlock(_ raw: UnsafeRawPointer, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int,
                                   checkingXML: Bool) -> Int? {
        let classes = ByteMasks.textClasses(raw + start)
        if checkingXML, classes.control != 0 { return nil }
        var space = classes.space, alphanumeric = classes.alphanumeric
        let continuation = classes.continuation
        var length = 64
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
        let inBlock: UInt64 = length == 64 ? ~0 : (UInt64(1) << UInt64(length)) &- 1
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

    /// True when every byte of the ASCII word below 0x20 is a tab, line feed or carriage return.
    /// Rarely called: kept out of line so that the counting loop stays small enough to inline.
    @inline(never)
    static func allowsControls(_ word: UInt64) -> Bool {
        var w = word
        for _ in 0..<8 {
            let b = UInt8(truncatingIfNeeded: w)
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { return false }
            w >>= 8
        }
        return true
    }

    @inline(__always) private mutating func character(isSpace: Bool, isAlphanumeric: Bool) {
        if isSpace {
            endWord()
            return
        }
        if !inWord {
            if characters > 0 { characters &+= 1 }  // the one space joining it to the word before
            inWord = true
            wordHasAlphanumeric = false
        }
        characters &+= 1
        if isAlphanumeric { wordHasAlphanumeric = true }
    }

    @inline(__always) private mutating func endWord() {
        if inWord && wordHasAlphanumeric { words &+= 1 }
        inWord = false
    }

    /// Eight ASCII bytes, as the per-character rule above would count them. Byte k is bits
    /// 8k...8k+7 and every mask marks a byte by its high bit.
    @inline(__always) private mutating func addASCII(_ x: UInt64) {
        let space = ByteWords.inRange(x, 0x20, 0x20) | ByteWords.inRange(x, 0x09, 0x0D)
        let visible = ~space & ByteWords.high
        let lower = x | ByteWords.ones &* 0x20
        let alphanumeric = (ByteWords.inRange(x, 0x30, 0x39) | ByteWords.inRange(lower, 0x61, 0x7A)) & visible
        if alphanumeric == visible {
            addLettersAndSpaces(visible: visible, space: space)
            return
        }
        // "A letter or digit so far in this run", carried towards each run's end (a segmented
        // scan: spans of 1, 2, then 4 visible bytes).
        var sofar = alphanumeric
        var span = visible
        sofar |= (sofar << 8) & span
        span &= span << 8
        sofar |= (sofar << 16) & span
        span &= span << 16
        sofar |= (sofar << 32) & span
        let previousIsSpace: UInt64 = (space << 8) | (inWord ? 0 : 0x80)
        let starts = visible & previousIsSpace
        let ends = visible & (space >> 8)  // byte 7's follower is not known yet
        // Characters: every visible byte, plus a joining space before every word but the first.
        if starts != 0 {
            characters &+= ByteWords.countMarked(starts) &- (characters == 0 ? 1 : 0)
        }
        characters &+= ByteWords.countMarked(visible)
        // A word carried in from before runs up to the first space.
        var carried: UInt64 = 0
        if inWord {
            let firstSpace = space.trailingZeroBitCount  // 64 when there is none
            carried = firstSpace >= 64 ? ~0 : (UInt64(1) << UInt64(firstSpace)) &- 1
            let carriedHasAlphanumeric = wordHasAlphanumeric || alphanumeric & carried != 0
            if space == 0 {
                wordHasAlphanumeric = carriedHasAlphanumeric  // it goes on past these bytes
                return
            }
            if carriedHasAlphanumeric { words &+= 1 }
        }
        // Words that start and end within these bytes.
        words &+= ByteWords.countMarked(ends & sofar & ~carried)
        let lastByte: UInt64 = 0x80 << 56
        // A last run that reaches byte 7 is the word carried to the next bytes.
        inWord = visible & lastByte != 0
        wordHasAlphanumeric = sofar & lastByte != 0
    }

    /// Eight ASCII bytes that are only letters, digits and white space (most of running text):
    /// every run of them is a word, so the segmented scan of `addASCII` is not needed.
    @inline(__always) private mutating func addLettersAndSpaces(visible: UInt64, space: UInt64) {
        let previousIsSpace: UInt64 = (space << 8) | (inWord ? 0 : 0x80)
        let starts = visible & previousIsSpace
        if starts != 0 {
            characters &+= ByteWords.countMarked(starts) &- (characters == 0 ? 1 : 0)
        }
        characters &+= ByteWords.countMarked(visible)
        var carried: UInt64 = 0
        if inWord {
            if space == 0 {
                wordHasAlphanumeric = true  // the carried word goes on through these letters
                return
            }
            let firstSpace = space.trailingZeroBitCount
            carried = (UInt64(1) << UInt64(firstSpace)) &- 1
            // The carried word ends here; it has a letter if it had one or reaches into these bytes.
            if wordHasAlphanumeric || visible & carried != 0 { words &+= 1 }
        }
        // Runs that start and end within these bytes: all letters and digits.
        words &+= ByteWords.countMarked(visible & (space >> 8) & ~carried)
        let lastByte: UInt64 = 0x80 << 56
        inWord = visible & lastByte != 0
        wordHasAlphanumeric = inWord
    }

    /// The classes of the character at `i`, decoded by hand.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (isSpace: Bool, isAlphanumeric: Bool, length: Int) {
        let (value, length) = UTF8Scalar.decode(bytes, at: i)
        if value >= 0x2010 && value <= 0x2027 { return (false, false, length) }  // dashes, quotes, ellipsis
        let scalar = Unicode.Scalar(value) ?? " "
        return (scalar.properties.isWhitespace, scalar.properties.isAlphabetic || scalar.properties.numericType != nil, length)
    }
}

import Testing
import TestSupport
@testable import NewsMLCore

/// The eight-bytes-at-a-time counting gives exactly what the character-by-character rule gives
/// (the rule as first written is kept below as the oracle), on random texts built from the
/// characters that matter: ASCII letters, digits, punctuation and white space, no-break and
/// thin spaces, dashes, accented and CJK letters, split over one or several text nodes.
@Suite struct TextStatisticsOracleTests {
    static let pieces: [String] = ["a", "Z", "7", "x", " ", " ", "  ", "\t", "\n", "\r\n", ".", ",", "-", "—", "–", "…",
                                   "\u{A0}", "\u{2009}", "é", "ß", "日本", "\"", "(", ")", "&", "words", "MOSCOW", "2026",
                                   "abcdefgh", "Ωmega", "\u{1F600}", "'", "«", "»", "\u{3000}", "٣"]

    static func randomTexts(count: Int, pieces maximum: Int = 40, seed: UInt64 = 2030) -> [[String]] {
        var generator = RandomArticles.Random(state: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                (0..<Int.random(in: 0...maximum, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
        }
    }

    /// Short texts go through the eight-byte path; long ones (paragraphs) through 64-byte blocks,
    /// with characters straddling a block's end and words carried from one block to the next.
    @Test(arguments: [(40, UInt64(2030)), (400, 2032)])
    func matchesTheCharacterByCharacterRule(pieces: Int, seed: UInt64) {
        for nodes in Self.randomTexts(count: 4_000, pieces: pieces, seed: seed) {
            var fast = TextStatistics()
            var reference = ReferenceTextStatistics()
            for node in nodes {
                fast.add(node)
                reference.add(node)
            }
            #expect(fast.words == reference.words && fast.characters == reference.characters, "\(nodes)")
        }
    }
}

/// Word and character counts of a text rendition, defined so that the writer and the validator
/// compute the same numbers: the text nodes of the body, joined by spaces, white space collapsed;
/// a word is a run of non-space characters holding a letter or a digit (so "—" is not a word).
struct ReferenceTextStatistics {
    var words = 0
    var characters = 0
    private var pendingSpace = false

    init() {}

    mutating func add(_ text: String) {
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
    mutating func add(bytes: UnsafeBufferPointer<UInt8>) {
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
                        let (isSpace, isAlphanumeric, length) = TextStatistics.decode(bytes, at: i)
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
        let (isSpace, _, length) = TextStatistics.decode(bytes, at: i)
        guard isSpace else { return false }
        if characters > 0 { pendingSpace = true }
        i += length
        return true
    }
}

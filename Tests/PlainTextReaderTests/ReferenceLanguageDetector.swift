@testable import PlainTextReader

/// The language detector before its branch-free table (a hash table with probing, a bit loop
/// per word), kept as the oracle for its verdicts.
/// Guesses an article's language from its most frequent function words.
/// Covers en, de, fr, es, it, nl, sv, no, da, fi; returns nil when the evidence is too thin.
/// Works on UTF-8 bytes and looks at the first few hundred words only: enough for a verdict.
enum ReferenceLanguageDetector {
    static let stopwords = LanguageDetector.stopwords

    /// Each function word (its UTF-8 bytes packed into an integer) with the languages that use it
    /// (bit i = stopwords[i]). Every function word fits in 8 bytes; longer words cannot match.
    static let index: ReferenceWordTable = {
        var table = ReferenceWordTable()
        for (i, entry) in stopwords.enumerated() {
            for word in entry.1 { table.add(pack(Array(word.utf8)[...]), bits: 1 << UInt16(i)) }
        }
        return table
    }()

    /// Spellings that tell Danish from Norwegian, which share most function words.
    /// Bit 0: a Danish spelling, bit 1: a Norwegian one.
    static let nordic: ReferenceWordTable = {
        var table = ReferenceWordTable()
        for word in ["af", "efter", "hvad", "mod", "nogle", "bliver", "kun"] { table.add(pack(Array(word.utf8)[...]), bits: 1) }
        for word in ["av", "etter", "hva", "mot", "noen", "blir", "bare"] { table.add(pack(Array(word.utf8)[...]), bits: 2) }
        return table
    }()

    static let wordLimit = 250

    static func pack(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        for b in bytes { key = key << 8 | UInt64(b) }
        return key
    }

    static func tally(_ texts: [String]) -> LanguageDetector.Tally {
        var counts = [Int](repeating: 0, count: stopwords.count)
        var danishHits = 0, norwegianHits = 0
        var seen = 0
        let index = Self.index, nordic = Self.nordic  // once, not a lazy-global check per word
        // One loop over the bytes with the counters in registers: a closure per word and the
        // table lookups through arrays made this a tenth of the reader's time.
        index.withLookup { languagesOf in
            nordic.withLookup { spellingOf in
                counts.withUnsafeMutableBufferPointer { counts in
                    for var text in texts where seen < wordLimit {
                        text.withUTF8 { bytes in
                            var key: UInt64 = 0
                            var length = 0
                            var i = 0
                            let n = bytes.count
                            while i <= n {
                                let b: UInt8 = i < n ? bytes[i] : 0x20
                                i &+= 1
                                var letter = b
                                if b >= 0x41 && b <= 0x5A { letter = b &+ 0x20 }
                                if (letter >= 0x61 && letter <= 0x7A) || b >= 0x80 {
                                    key = key << 8 | UInt64(letter)
                                    length &+= 1
                                    continue
                                }
                                guard length > 0 else { continue }
                                let word = length <= 8 ? key : 0
                                key = 0
                                length = 0
                                seen &+= 1
                                if word != 0 {
                                    var languages = languagesOf(word)
                                    while languages != 0 {
                                        counts[languages.trailingZeroBitCount] &+= 1
                                        languages &= languages &- 1
                                    }
                                    let spelling = spellingOf(word)
                                    if spelling & 1 != 0 { danishHits &+= 1 }
                                    if spelling & 2 != 0 { norwegianHits &+= 1 }
                                }
                                if seen >= wordLimit { return }
                            }
                        }
                    }
                }
            }
        }
        return LanguageDetector.Tally(languages: counts, danish: danishHits, norwegian: norwegianHits, words: seen)
    }
}

/// A small open-addressing table from packed words to language bits: a dictionary's hashing
/// (SipHash) cost more than the rest of language detection together.
struct ReferenceWordTable: Sendable {
    static let size = 512  // a power of two, over twice the number of words
    var keys = [UInt64](repeating: 0, count: size)
    var bits = [UInt16](repeating: 0, count: size)

    static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E3779B97F4A7C15) >> 55) & (size - 1) }

    mutating func add(_ key: UInt64, bits value: UInt16) {
        var i = ReferenceWordTable.slot(key)
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & (ReferenceWordTable.size - 1) }
        keys[i] = key
        bits[i] |= value
    }

    /// Calls `body` with a lookup function over the table's storage (0: not a known word).
    func withLookup<R>(_ body: ((UInt64) -> UInt16) -> R) -> R {
        keys.withUnsafeBufferPointer { keys in
            bits.withUnsafeBufferPointer { bits in
                body { key in
                    var i = ReferenceWordTable.slot(key)
                    while keys[i] != 0 {
                        if keys[i] == key { return bits[i] }
                        i = (i &+ 1) & (ReferenceWordTable.size - 1)
                    }
                    return 0
                }
            }
        }
    }
}

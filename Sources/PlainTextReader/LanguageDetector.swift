import ByteScan

/// Guesses an article's language from its most frequent function words.
/// Covers en, de, fr, es, it, nl, sv, no, da, fi; returns nil when the evidence is too thin.
/// Works on UTF-8 bytes and looks at the first few hundred words only: enough for a verdict.
public enum LanguageDetector {
    static let stopwords: [(String, [String])] = [
        ("en", ["the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said", "by", "from", "at", "as", "his", "has", "have", "it"]),
        ("de", ["der", "die", "und", "das", "den", "nicht", "ist", "mit", "sich", "auf", "für", "dem", "ein", "eine", "von", "zu", "auch", "im", "wie", "sei"]),
        ("fr", ["le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "pour", "dans", "qui", "pas", "sur", "au", "avec", "ce", "il", "par"]),
        ("es", ["el", "la", "los", "las", "y", "de", "que", "en", "un", "una", "por", "con", "para", "es", "del", "se", "su", "al", "lo", "como"]),
        ("it", ["il", "di", "che", "e", "la", "per", "un", "una", "non", "sono", "del", "della", "con", "è", "gli", "le", "nel", "ha", "si", "al"]),
        ("nl", ["de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met", "die", "ook", "maar", "aan", "bij", "wordt", "naar"]),
        ("sv", ["och", "att", "det", "som", "en", "är", "på", "för", "av", "med", "till", "den", "inte", "har", "om", "var", "ett", "jag", "de", "sig"]),
        ("no", ["og", "i", "det", "er", "som", "på", "en", "av", "for", "til", "med", "at", "ikke", "har", "den", "de", "om", "et", "var", "seg"]),
        ("da", ["og", "i", "det", "er", "som", "på", "en", "af", "for", "til", "med", "at", "ikke", "har", "den", "de", "om", "et", "var", "sig"]),
        ("fi", ["ja", "on", "ei", "että", "se", "oli", "hän", "mukaan", "myös", "kuin", "ovat", "tai", "mutta", "jo", "sen", "nyt", "voi", "ole", "kun", "niin"]),
    ]

    /// Every function word and Nordic spelling (its UTF-8 bytes packed into an integer).
    static let table = FunctionWordTable(stopwords.map(\.1), danish: ["af", "efter", "hvad", "mod", "nogle", "bliver", "kun"],
                                         norwegian: ["av", "etter", "hva", "mot", "noen", "blir", "bare"])

    static let wordLimit = 250

    static func pack(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        for b in bytes { key = key << 8 | UInt64(b) }
        return key
    }

    public static func detect(_ texts: [String]) -> String? {
        let tally = tally(texts)
        let counts = tally.languages
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] >= 3 else { return nil }
        let language = stopwords[best].0
        if language == "no" || language == "da" { return tally.danish > tally.norwegian ? "da" : "no" }
        return language
    }

    /// What the verdict rests on: function words per language, Danish and Norwegian spellings,
    /// and the words read (at most `wordLimit`).
    struct Tally: Equatable {
        var languages: [Int]
        var danish: Int
        var norwegian: Int
        var words: Int
    }

    static func tally(_ texts: [String]) -> Tally {
        // Twelve counters of a byte each (at most 250 words): the languages, then Danish and
        // Norwegian spellings. A word adds its entry's increments to them, masked when it is not
        // in the table: no branch on whether it is.
        var low: UInt64 = 0, high: UInt64 = 0
        var seen = 0
        let table = Self.table  // once, not a lazy-global check per word
        table.withLookup { lookup in
            for text in texts where seen < wordLimit {
                text.withBorrowedUTF8 { bytes in
                    guard let base = bytes.baseAddress else { return }
                    let raw = UnsafeRawPointer(base)
                    let n = bytes.count
                    /// Eight bytes from `i`, zeros past the end (a zero is not a letter: it ends the last word).
                    @inline(__always) func load(_ i: Int) -> UInt64 {
                        if i &+ 8 <= n { return raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) }
                        var word: UInt64 = 0
                        var k = n &- 1
                        while k >= i { word = word << 8 | UInt64(bytes[k]); k &-= 1 }
                        return word
                    }
                    // Words are found eight bytes at a time: a letter mask per eight bytes, the first
                    // letter or first non-letter read off its trailing zeros (instead of a branch per
                    // byte, mispredicted at every word boundary).
                    var i = 0
                    while i < n {
                        let letters = Self.letterMask(load(i))
                        if letters == 0 { i &+= 8; continue }
                        i &+= letters.trailingZeroBitCount >> 3
                        // A word starts at i.
                        let word = load(i)
                        let ends = ~Self.letterMask(word) & ByteWords.high
                        var key: UInt64 = 0
                        if ends != 0 {
                            let length = ends.trailingZeroBitCount >> 3  // 1...7
                            let kept = word & ((UInt64(1) << UInt64(8 &* length)) &- 1)
                            key = Self.lowercased(kept).byteSwapped >> UInt64(64 &- 8 &* length)
                            i &+= length
                        } else {
                            // Eight letters or more: a function word only if the ninth byte ends it.
                            key = Self.lowercased(word).byteSwapped
                            i &+= 8
                            while i < n {
                                let more = ~Self.letterMask(load(i)) & ByteWords.high
                                if more == 0 { key = 0; i &+= 8; continue }
                                if more.trailingZeroBitCount != 0 { key = 0 }
                                i &+= more.trailingZeroBitCount >> 3
                                break
                            }
                        }
                        let (addLow, addHigh) = lookup(key)
                        low &+= addLow
                        high &+= addHigh
                        seen &+= 1
                        if seen >= wordLimit { return }
                    }
                }
            }
        }
        return Tally(languages: (0..<stopwords.count).map { i in Int(truncatingIfNeeded: (i < 8 ? low >> (8 * i) : high >> (8 * (i - 8))) & 0xFF) },
                     danish: Int(truncatingIfNeeded: (high >> 16) & 0xFF), norwegian: Int(truncatingIfNeeded: (high >> 24) & 0xFF),
                     words: seen)
    }
}

extension LanguageDetector {
    /// The high bit of each byte that is a letter: A–Z, a–z, or any byte of a non-ASCII character.
    @inline(__always) static func letterMask(_ x: UInt64) -> UInt64 {
        let ascii = (x & ~ByteWords.high) | (ByteWords.ones &* 0x20)
        return ByteWords.inRange(ascii, 0x61, 0x7A) | (x & ByteWords.high)
    }

    /// A–Z lower-cased, every other byte as it is.
    @inline(__always) static func lowercased(_ x: UInt64) -> UInt64 {
        let upper = ByteWords.inRange(x & ~ByteWords.high, 0x41, 0x5A) & ~x
        return x | (upper >> 2)
    }
}

/// Function words looked up without a branch: a multiplicative hash, chosen once to give every
/// word a slot of its own among 4,096, names the word's entry (a byte), and one comparison with
/// the entry's key decides. Each entry carries its increments for the detector's twelve byte
/// counters (languages 0–7 in `low`; 8–9, Danish and Norwegian spellings in `high`). A hash
/// table with probing cost a mispredicted branch or two per word, a third of the detector's time.
struct FunctionWordTable: Sendable {
    static let slotBits = 12
    /// Where the search for a separating multiplier starts: the one it found for today's word
    /// lists (13th in the sequence from 0x9E3779B97F4A7C15), so that a process builds the table in
    /// one pass instead of thirteen.
    /// Changed word lists still get a working multiplier, found from here.
    static let firstMultiplier: UInt64 = 0xE323932090815445
    private(set) var multiplier = firstMultiplier
    /// Entry per slot; entry 0 has key 0, which no word packs to.
    private(set) var slots = [UInt8](repeating: 0, count: 1 << slotBits)
    private(set) var keys: [UInt64] = [0]
    private(set) var low: [UInt64] = [0]
    private(set) var high: [UInt64] = [0]

    init(_ languages: [[String]], danish: [String], norwegian: [String]) {
        // Fewer than 256 keys: a linear search finds a word's entry sooner than hashing would.
        var keys: [UInt64] = [0], low: [UInt64] = [0], high: [UInt64] = [0]
        func add(_ word: String, counter: Int) {
            let key = LanguageDetector.pack(Array(word.utf8)[...])
            let entry = keys.firstIndex(of: key) ?? {
                keys.append(key); low.append(0); high.append(0)
                return keys.count - 1
            }()
            let one = UInt64(1) << UInt64(8 * (counter % 8))
            if counter < 8 { low[entry] |= one } else { high[entry] |= one }
        }
        for (i, words) in languages.enumerated() { for word in words { add(word, counter: i) } }
        for word in danish { add(word, counter: 10) }
        for word in norwegian { add(word, counter: 11) }
        precondition(keys.count <= 256, "entries are named by a byte")
        self.keys = keys
        self.low = low
        self.high = high
        let order = keys.dropFirst()
        // The first multiplier (odd, in a fixed sequence) that separates every key.
        while true {
            var taken = [Bool](repeating: false, count: 1 << Self.slotBits)
            var clash = false
            for key in order {
                let slot = Self.slot(key, multiplier)
                if taken[slot] { clash = true; break }
                taken[slot] = true
            }
            if !clash { break }
            multiplier = multiplier &* 6364136223846793005 &+ 1442695040888963407 | 1
        }
        for (entry, key) in order.enumerated() { slots[Self.slot(key, multiplier)] = UInt8(entry + 1) }
    }

    @inline(__always) static func slot(_ key: UInt64, _ multiplier: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* multiplier) >> UInt64(64 - slotBits))
    }

    /// Calls `body` with a lookup from a packed word to its increments ((0, 0) for other words).
    func withLookup<R>(_ body: ((UInt64) -> (UInt64, UInt64)) -> R) -> R {
        let multiplier = multiplier
        return slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { keys in
                low.withUnsafeBufferPointer { low in
                    high.withUnsafeBufferPointer { high in
                        body { key in
                            let entry = Int(slots[FunctionWordTable.slot(key, multiplier)])
                            let mask: UInt64 = keys[entry] == key ? ~0 : 0
                            return (low[entry] & mask, high[entry] & mask)
                        }
                    }
                }
            }
        }
    }
}

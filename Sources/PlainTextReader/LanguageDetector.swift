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
        // Twelve counters of a byte each (at most 250 words): the languages, then Danish and
        // Norwegian spellings. A word adds its entry's increments to them, masked when it is not
        // in the table: no branch per word but the loop's own.
        var low: UInt64 = 0, high: UInt64 = 0
        var seen = 0
        let table = Self.table  // once, not a lazy-global check per word
        table.withLookup { lookup in
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
                        // Every function word fits in 8 bytes; a longer word cannot match (0 is no word).
                        let (addLow, addHigh) = lookup(length <= 8 ? key : 0)
                        low &+= addLow
                        high &+= addHigh
                        key = 0
                        length = 0
                        seen &+= 1
                        if seen >= wordLimit { return }
                    }
                }
            }
        }
        let counts = (0..<stopwords.count).map { i in Int(truncatingIfNeeded: (i < 8 ? low >> (8 * i) : high >> (8 * (i - 8))) & 0xFF) }
        let danishHits = Int(truncatingIfNeeded: (high >> 16) & 0xFF), norwegianHits = Int(truncatingIfNeeded: (high >> 24) & 0xFF)
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] >= 3 else { return nil }
        let language = stopwords[best].0
        if language == "no" || language == "da" { return danishHits > norwegianHits ? "da" : "no" }
        return language
    }
}

/// Function words looked up without a branch: a multiplicative hash, chosen once to give every
/// word a slot of its own among 4,096, names the word's entry (a byte), and one comparison with
/// the entry's key decides. Each entry carries its increments for the detector's twelve byte
/// counters (languages 0–7 in `low`; 8–9, Danish and Norwegian spellings in `high`). A hash
/// table with probing cost a mispredicted branch or two per word, a third of the detector's time.
struct FunctionWordTable: Sendable {
    static let slotBits = 12
    private(set) var multiplier: UInt64 = 0x9E3779B97F4A7C15
    /// Entry per slot; entry 0 has key 0, which no word packs to.
    private(set) var slots = [UInt8](repeating: 0, count: 1 << slotBits)
    private(set) var keys: [UInt64] = [0]
    private(set) var low: [UInt64] = [0]
    private(set) var high: [UInt64] = [0]

    init(_ languages: [[String]], danish: [String], norwegian: [String]) {
        var increments: [UInt64: (UInt64, UInt64)] = [:]
        var order: [UInt64] = []
        func add(_ word: String, counter: Int) {
            let key = LanguageDetector.pack(Array(word.utf8)[...])
            if increments[key] == nil { order.append(key); increments[key] = (0, 0) }
            let one = UInt64(1) << UInt64(8 * (counter % 8))
            if counter < 8 { increments[key]!.0 |= one } else { increments[key]!.1 |= one }
        }
        for (i, words) in languages.enumerated() { for word in words { add(word, counter: i) } }
        for word in danish { add(word, counter: 10) }
        for word in norwegian { add(word, counter: 11) }
        precondition(order.count < 256, "entries are named by a byte")
        for key in order {
            keys.append(key)
            low.append(increments[key]!.0)
            high.append(increments[key]!.1)
        }
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

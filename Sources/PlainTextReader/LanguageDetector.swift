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

    /// Each function word (its UTF-8 bytes packed into an integer) with the languages that use it
    /// (bit i = stopwords[i]). Every function word fits in 8 bytes; longer words cannot match.
    static let index: [UInt64: UInt16] = {
        var map: [UInt64: UInt16] = [:]
        for (i, entry) in stopwords.enumerated() {
            for word in entry.1 { map[pack(Array(word.utf8)[...]), default: 0] |= 1 << UInt16(i) }
        }
        return map
    }()

    /// Spellings that tell Danish from Norwegian, which share most function words.
    static let danish: Set<UInt64> = Set(["af", "efter", "hvad", "mod", "nogle", "bliver", "kun"].map { pack(Array($0.utf8)[...]) })
    static let norwegian: Set<UInt64> = Set(["av", "etter", "hva", "mot", "noen", "blir", "bare"].map { pack(Array($0.utf8)[...]) })

    static let wordLimit = 400

    static func pack(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        for b in bytes { key = key << 8 | UInt64(b) }
        return key
    }

    public static func detect(_ texts: [String]) -> String? {
        var counts = [Int](repeating: 0, count: stopwords.count)
        var danishHits = 0, norwegianHits = 0
        var seen = 0
        for text in texts where seen < wordLimit {
            forEachWord(text) { word in
                seen += 1
                if let languages = index[word] {
                    for i in counts.indices where languages & (1 << UInt16(i)) != 0 { counts[i] += 1 }
                }
                if danish.contains(word) { danishHits += 1 }
                if norwegian.contains(word) { norwegianHits += 1 }
                return seen < wordLimit
            }
        }
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] >= 3 else { return nil }
        let language = stopwords[best].0
        if language == "no" || language == "da" { return danishHits > norwegianHits ? "da" : "no" }
        return language
    }

    /// Calls `body` with each word's packed key (0 for words over 8 bytes), ASCII lower-cased;
    /// stops when it returns false. Bytes of non-ASCII characters count as letters ("für", "è").
    static func forEachWord(_ text: String, _ body: (UInt64) -> Bool) {
        var key: UInt64 = 0
        var length = 0
        for b in text.utf8 {
            var letter = b
            if b >= 0x41 && b <= 0x5A { letter = b + 0x20 }
            if (letter >= 0x61 && letter <= 0x7A) || b >= 0x80 {
                key = key << 8 | UInt64(letter)
                length += 1
            } else if length > 0 {
                if !body(length <= 8 ? key : 0) { return }
                key = 0
                length = 0
            }
        }
        if length > 0 { _ = body(length <= 8 ? key : 0) }
    }
}

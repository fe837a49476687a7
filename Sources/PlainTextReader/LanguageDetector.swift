/// Guesses an article's language from its most frequent function words.
/// Covers en, de, fr, es, it, nl, sv, no, da, fi; returns nil when the evidence is too thin.
public enum LanguageDetector {
    static let stopwords: [(String, Set<String>)] = [
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

    public static func detect(_ texts: [String]) -> String? {
        var counts = [Int](repeating: 0, count: stopwords.count)
        var total = 0
        for text in texts {
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
                total += 1
                let w = String(word)
                for (index, entry) in stopwords.enumerated() where entry.1.contains(w) { counts[index] += 1 }
            }
            if total > 2000 { break }
        }
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] >= 3 else { return nil }
        var language = stopwords[best].0
        if language == "no" || language == "da" {
            // Norwegian and Danish share most function words: "af" and "efter" are Danish spellings.
            var no = 0, da = 0
            for text in texts {
                for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
                    if ["af", "efter", "hvad", "mod", "nogle", "bliver", "kun"].contains(word) { da += 1 }
                    if ["av", "etter", "hva", "mot", "noen", "blir", "bare"].contains(word) { no += 1 }
                }
            }
            language = da > no ? "da" : "no"
        }
        return language
    }
}

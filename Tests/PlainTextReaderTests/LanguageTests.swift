import Testing
@testable import PlainTextReader

@Suite struct LanguageTests {
    @Test(arguments: [
        ("en", "The council said that the plan was approved by the members of the board on Monday."),
        ("de", "Die Regierung hat am Mittwoch mitgeteilt, dass der Plan nicht mit dem Gesetz vereinbar ist und auch die Länder zustimmen."),
        ("fr", "Le gouvernement a annoncé que le projet est une priorité pour les habitants de la ville et qui sera voté."),
        ("es", "El gobierno dijo que el plan es una prioridad para los ciudadanos de la región y que se votará con el apoyo del partido."),
        ("it", "Il governo ha detto che il piano è una priorità per gli abitanti della città e che non sono previsti ritardi."),
        ("nl", "De regering heeft gezegd dat het plan niet van tafel is en dat het ook voor de inwoners een prioriteit is."),
        ("sv", "Regeringen säger att det är en plan som inte har varit på bordet och att den ska gå till riksdagen."),
        ("no", "Regjeringen sier at det er en plan som ikke har vært på bordet, og at den skal til Stortinget etter valget."),
        ("da", "Regeringen siger, at det er en plan, som ikke har været på bordet, og at den skal behandles efter valget af folketinget."),
        ("fi", "Hallitus sanoo, että suunnitelma ei ole vielä valmis, mutta se on myös tärkeä, kun se tulee eduskuntaan nyt."),
    ])
    func detectsLanguage(_ expected: String, _ text: String) {
        #expect(LanguageDetector.detect([text]) == expected)
    }
}

/// The branch-free word scan and table give the counts of the byte loop and hash table they
/// replaced (every language's, the Nordic spellings', the words read) on random texts mixing
/// every language's function words, the Nordic spellings, other words, case, punctuation,
/// non-ASCII letters, words too long to be function words, and texts past the word limit.
@Suite struct FunctionWordTableTests {
    /// The search for a multiplier starts at the one that works for today's word lists, so a
    /// process builds the table in one pass; every word still finds its own entry.
    @Test func theFirstMultiplierSeparatesEveryWord() {
        let table = LanguageDetector.table
        #expect(table.multiplier == FunctionWordTable.firstMultiplier)
        let words = LanguageDetector.stopwords.flatMap(\.1) + ["af", "efter", "hvad", "mod", "nogle", "bliver", "kun", "av", "etter", "hva", "mot", "noen", "blir", "bare"]
        table.withLookup { lookup in
            for word in words {
                let (low, high) = lookup(LanguageDetector.pack(Array(word.utf8)[...]))
                #expect(low | high != 0, "\(word)")
            }
            #expect(lookup(LanguageDetector.pack(Array("zebra".utf8)[...])) == (0, 0))
        }
    }

    @Test func otherWordListsStillGetAMultiplier() {
        let table = FunctionWordTable([["alpha", "beta", "gamma"], ["delta", "beta"]], danish: ["x"], norwegian: ["y"])
        table.withLookup { lookup in
            for word in ["alpha", "beta", "gamma", "delta", "x", "y"] {
                let (low, high) = lookup(LanguageDetector.pack(Array(word.utf8)[...]))
                #expect(low | high != 0, "\(word)")
            }
        }
    }
}

@Suite struct LanguageOracleTests {
    static let vocabulary: [String] = LanguageDetector.stopwords.flatMap(\.1)
        + ["af", "efter", "hvad", "mod", "nogle", "bliver", "kun", "av", "etter", "hva", "mot", "noen", "blir", "bare"]
        + ["council", "Regierung", "THE", "Die", "élan", "straße", "abcdefgh", "abcdefghi", "x", "a1b", "日本", "ÄR"]
    static let separators = [" ", "  ", ", ", ". ", "\n", "—", "-", "'", "9", ""]

    @Test func countsWhatTheDetectorItReplacedCounted() {
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var verdicts: Set<String> = []
        for round in 0..<3000 {
            // Mostly one language's words, with others mixed in, so every verdict comes up.
            let main = LanguageDetector.stopwords[next(LanguageDetector.stopwords.count)].1
            let texts = (0..<(1 + next(4))).map { _ in
                (0..<next(round % 10 == 0 ? 400 : 60)).map { _ in
                    (next(3) == 0 ? Self.vocabulary[next(Self.vocabulary.count)] : main[next(main.count)])
                        + Self.separators[next(Self.separators.count)]
                }.joined()
            }
            #expect(LanguageDetector.tally(texts) == ReferenceLanguageDetector.tally(texts), "round \(round): \(texts)")
            let verdict = LanguageDetector.detect(texts)
            verdicts.insert(verdict ?? "none")
        }
        #expect(verdicts.count == 11, "every language and no verdict came up: \(verdicts.sorted())")
    }
}

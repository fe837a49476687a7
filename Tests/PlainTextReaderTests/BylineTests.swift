import Testing
import TestSupport
@testable import PlainTextReader

@Suite struct BylineTests {
    @Test(arguments: [
        ("By Jane Doe", ["Jane Doe"]),
        ("By JANE DOE and JOHN ROE", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, Associated Press", ["Jane Doe"]),
        ("By Sam Lister, Press Association Political Correspondent", ["Sam Lister"]),
        ("Von Marco Krefting und Sunrita Sen, dpa", ["Marco Krefting", "Sunrita Sen"]),
        ("By The Associated Press", ["The Associated Press"]),
        ("By dpa correspondents", ["dpa correspondents"]),
        ("By CHARLES O'NEIL-SMITH", ["Charles O'Neil-Smith"]),
        // A second role's credit after a semicolon, and social handles, are not the writers.
        ("By Jane Doe; Photos by John Roe", ["Jane Doe"]),
        ("Story by Jane Doe; photos by John Roe", ["Jane Doe"]),
        ("By Jane Doe @janedoe and John Roe @jroe", ["Jane Doe", "John Roe"]),
        ("By @newsdesk", ["@newsdesk"]),
    ])
    func extractsAuthors(_ line: String, _ expected: [String]) throws {
        let byline = try #require(BylineConvention.introducedByline(line))
        #expect(BylineConvention.authors(from: byline) == expected)
    }

    @Test func namesWithoutByOverTheirTitleOrOutlet() throws {
        let article = try read("Can trading pollution help?", "", "BERNARD CONDON", "AP Business Writer", "",
                               "NEW YORK (AP) — The gas produced by hog manure punches holes in the ozone.")
        #expect(article.meta.authors == ["Bernard Condon"])
        #expect(article.meta.byline == "BERNARD CONDON, AP Business Writer")
        #expect(article.meta.deck == nil)
        let second = try read("Man accused of ramming gate faces charges", "", "Rideau Hall suspect faces multiple charges", "",
                              "Mia Rabson and Jordan Press", "The Canadian Press", "", "OTTAWA - A Manitoba man is facing charges.")
        #expect(second.meta.deck == "Rideau Hall suspect faces multiple charges")
        #expect(second.meta.authors == ["Mia Rabson", "Jordan Press"])
    }

    @Test func nameParticlesInABareByline() throws {
        #expect(BylineConvention.looksLikeNameList("Paulo Santalucia and Frances d'Emilio"))
        #expect(BylineConvention.looksLikeNameList("Anne van der Berg"))
        #expect(!BylineConvention.looksLikeNameList("Officials said on Monday"))
        #expect(BylineConvention.looksLikeNameList("Van Morrison"))  // a capitalised particle is a name's word
        let article = try read("Captain of wrecked cruise ship on trial", "", "Paulo Santalucia and Frances d'Emilio", "",
                               "GROSSETO, Italy (AP) -- The trial of the captain began.")
        #expect(article.meta.authors == ["Paulo Santalucia", "Frances d'Emilio"])
        #expect(article.meta.deck == nil)
    }

    @Test func bareNameLinesAreBylines() {
        #expect(BylineConvention.looksLikeNameList("ANTTI AUTIO, HETA HASSINEN"))
        #expect(BylineConvention.looksLikeNameList("Geir Molnes / Faktisk.no"))
        #expect(!BylineConvention.looksLikeNameList("The council approved the plan."))
        #expect(BylineConvention.authors(from: "Geir Molnes / Faktisk.no") == ["Geir Molnes"])
        #expect(BylineConvention.authors(from: "Aaron J. Staples, Michigan State University") == ["Aaron J. Staples"])
    }

    @Test func sentencesStartingWithByAreNotBylines() {
        #expect(BylineConvention.introducedByline("By the end of the day, the river had risen two metres.") == nil)
        // A word ending in a full stop, then a capital: a sentence goes on; initials and titles do not.
        #expect(BylineConvention.introducedByline("von Kritik. Und auch die ersten Babys aus China") == nil)
        #expect(BylineConvention.introducedByline("By Aaron J. Staples") == "Aaron J. Staples")
        #expect(BylineConvention.introducedByline("By Prof. Jane Doe") == "Prof. Jane Doe")
    }

    @Test func readsASecondBylineLine() throws {
        let article = try read("Heat beat Hawks", "", "By CHARLES ODUM", "AP Sports Writer", "", "ATLANTA (AP) _ Text of the story.")
        #expect(article.meta.byline == "CHARLES ODUM, AP Sports Writer")
        #expect(article.meta.authors == ["Charles Odum"])
        #expect(article.paragraphs == ["ATLANTA (AP) _ Text of the story."])
    }
}

@Suite struct CreditsAboveHeadlineTests {
    @Test func writtenByAndPhotosByBeforeTheHeadline() throws {
        let article = try read("Written by Anna Berg", "Photos by Lars Holm", "", "Nordic startups raise record funding", "",
                               "STOCKHOLM, Nov 24 (TT) – Nordic startups raised a record amount of funding.")
        #expect(article.meta.headline == "Nordic startups raise record funding")
        #expect(article.meta.authors == ["Anna Berg"])
        #expect(article.meta.editorsNotes == ["Photos by Lars Holm"])
        #expect(article.meta.dateline?.place == "STOCKHOLM")
    }

    @Test func storyByIsABylineButAStorySentenceIsNot() {
        #expect(BylineConvention.introducedByline("Story by Jane Doe") == "Jane Doe")
        #expect(BylineConvention.introducedByline("Written by hand, the letter was found in 1990.") == nil)
        #expect(!BylineConvention.isPhotoCredit("Photos by the hundreds flooded social media"))
    }
}

@Suite struct ParenthesisedOutletTests {
    @Test func outletInParenthesesIsNotAName() {
        #expect(BylineConvention.authors(from: "Jane Doe (AP)") == ["Jane Doe"])
        #expect(BylineConvention.authors(from: "Jane Doe and John Roe (Reuters)") == ["Jane Doe", "John Roe"])
    }
}

/// The byte comparison of a line's first word with the introducers answers what lower-casing
/// the word, trimming its colons and looking it up answered (the rule it replaced).
@Suite struct IntroducerOracleTests {
    @Test func matchesLowercasingAndTrimming() {
        let pieces = ["b", "B", "y", "Y", "v", "o", "n", "N", "p", "a", "r", "f", "d", "i", "e", "t", "x", "T", "E", "X", ":", "::",
                      "\u{130}", "\u{212A}", "é", "ß", "1", "-", "'"]
        var random = RandomArticles.Random(state: 0x4259_4C49)
        var matched = 0
        for _ in 0..<40_000 {
            let word = (0..<(1 + random.below(4))).map { _ in pieces[random.below(pieces.count)] }.joined()
            let text = word + " Jane Doe"
            let space = text.firstIndex(of: " ")!
            let expected = BylineConvention.introducers.contains(text[..<space].lowercased().trimmingCharacters(in: ":"))
                ? text[..<space].lowercased().trimmingCharacters(in: ":") : nil
            #expect(BylineConvention.introducer(before: space, in: text) == expected, "\(word)")
            if expected != nil { matched += 1 }
        }
        #expect(matched > 100, "the draw holds introducers")
    }

    @Test func affiliationAfterADashAndTheCityFiledFromAreNotTheName() {
        #expect(BylineConvention.authors(from: "Jane Doe - Staff Writer") == ["Jane Doe"])
        #expect(BylineConvention.authors(from: "Jane Doe \u{2014} The Guardian") == ["Jane Doe"])
        #expect(BylineConvention.authors(from: "Jane Doe in London and John Roe in Paris") == ["Jane Doe", "John Roe"])
        #expect(BylineConvention.authors(from: "Jean-Luc Picard") == ["Jean-Luc Picard"])
        // An agency after a slash ends a person's name; a one-word credit keeps its slash.
        #expect(BylineConvention.authors(from: "Anna Svensson/TT") == ["Anna Svensson"])
        #expect(BylineConvention.authors(from: "Anna Müller/dpa und Jan Roe/dpa") == ["Anna Müller", "Jan Roe"])
        #expect(BylineConvention.authors(from: "futurezone/KN") == ["futurezone/KN"])
    }

    @Test func nameSuffixesAndWordsColonCredits() {
        #expect(BylineConvention.introducedByline("By Jane Doe Jr.") == "Jane Doe Jr.")
        #expect(BylineConvention.introducedByline("By the river he stood.") == nil)
        #expect(BylineConvention.introducedByline("Words: Jane Doe") == "Jane Doe")
        #expect(BylineConvention.introducedByline("Words matter more than ever in politics") == nil)
    }
}

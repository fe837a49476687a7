import Testing
import ArticleModel
@testable import PlainTextReader

@Suite struct CaptionTests {
    @Test func captionLineRepeatedWithCreditIsOneFigure() throws {
        let article = try read("Headline", "",
                               "Leaders met in Moscow on Tuesday.",
                               "Leaders met in Moscow on Tuesday. JANE DOE/POOL VIA AP", "",
                               "MOSCOW — Text.")
        #expect(article.figures == [Figure(caption: "Leaders met in Moscow on Tuesday.", credit: "JANE DOE/POOL VIA AP")])
        #expect(article.paragraphs == ["MOSCOW — Text."])
    }

    @Test(arguments: [
        ("A man walks past the bank. (AP Photo/Jane Doe)", "A man walks past the bank.", "AP Photo/Jane Doe"),
        ("Hatchimals Alive Mystery Hatch Toy (Photo: Business Wire)", "Hatchimals Alive Mystery Hatch Toy", "Photo: Business Wire"),
    ])
    func captionWithTrailingCredit(_ line: String, _ caption: String, _ credit: String) {
        #expect(CaptionConvention.trailingCredit(line) == Figure(caption: caption, credit: credit))
    }

    @Test func labelledCaptionAndCreditLine() throws {
        let article = try read("Headline", "", "By Jane Doe", "", "BILDE: Professor Asbjørn Dyrendal.", "Foto: NTNU", "", "Text of the story.")
        #expect(article.figures == [Figure(caption: "Professor Asbjørn Dyrendal.", credit: "Foto: NTNU")])
    }

    @Test func labelledCreditLineUnderItsCaption() throws {
        let article = try read("Ministers meet in Brussels", "", "By Jane Doe", "",
                               "EU ministers arrive for talks in Brussels.", "Photo: Jane Roe/Reuters", "",
                               "BRUSSELS (Reuters) - European Union ministers met on Tuesday.")
        #expect(article.figures == [Figure(caption: "EU ministers arrive for talks in Brussels.", credit: "Photo: Jane Roe/Reuters")])
        // A labelled caption keeps its own rule: the label is dropped.
        let labelled = try read("Headline", "", "By Jane Doe", "", "Photo caption: The wheel turns again.", "Photo: Rosa Kirby", "", "Text of the story.")
        #expect(labelled.figures == [Figure(caption: "The wheel turns again.", credit: "Photo: Rosa Kirby")])
    }

    @Test func aCreditNamingItsRoleEndsTheCaptionLine() {
        #expect(CaptionConvention.trailingCredit("Unless that beer reminds you of the threats of climate change Photograph by Pea, available at https://bit.ly/3Najj58")
                == Figure(caption: "Unless that beer reminds you of the threats of climate change", credit: "Photograph by Pea, available at https://bit.ly/3Najj58"))
        #expect(CaptionConvention.trailingCredit("Crowds gather in the square on Tuesday. Photo by Jane Doe")
                == Figure(caption: "Crowds gather in the square on Tuesday.", credit: "Photo by Jane Doe"))
        // Lower case, or a sentence after the role, is prose.
        #expect(CaptionConvention.trailingCredit("The show includes a large photograph by Ansel Adams") == nil)
        #expect(CaptionConvention.trailingCredit("He keeps the old frame on his desk. Photo by photo, the album grew.") == nil)
    }

    @Test func aBarSetsOffACreditAfterTheCaption() {
        #expect(CaptionConvention.trailingCredit("Firefighters battle a blaze on Tuesday. | Jane Doe/Reuters")
                == Figure(caption: "Firefighters battle a blaze on Tuesday.", credit: "Jane Doe/Reuters"))
        #expect(CaptionConvention.trailingCredit("The council met on Tuesday. | Read more about the budget") == nil)
    }

    @Test func creditLineOverItsCaption() throws {
        let article = try read("Ministers meet in Brussels", "", "Photo: Jane Doe/Reuters", "EU ministers arrive for talks in Brussels.", "",
                               "BRUSSELS (Reuters) - European Union ministers met on Tuesday.")
        #expect(article.figures == [Figure(caption: "EU ministers arrive for talks in Brussels.", credit: "Photo: Jane Doe/Reuters")])
        #expect(article.meta.deck == nil)
        #expect(article.paragraphs == ["BRUSSELS (Reuters) - European Union ministers met on Tuesday."])
    }

    @Test func aCreditLineOverStoryTextWithoutAFullStopIsNoFigure() throws {
        // The line under a credit must read as a caption (a sentence); a heading-like line is not one.
        let article = try read("Headline", "", "Photo: Jane Doe/Reuters", "Ministers in Brussels", "", "BRUSSELS (Reuters) - Text.")
        #expect(article.figures.isEmpty)
    }

    @Test func photosBetweenParagraphsStayInPlace() throws {
        let article = try read("Headline", "", "By Jane Doe", "", "BEIJING — First paragraph of the story.", "",
                               "The dog in training.", "The dog in training. ANTHONY WALLACE/AFP", "", "Second paragraph.")
        #expect(article.blocks.map(\.typeName) == ["paragraph", "figure", "paragraph"])
        #expect(article.meta.deck == nil)
    }
}

@Suite struct BareCreditTests {
    @Test func captionWithACreditLineUnderIt() throws {
        let article = try read("Headline", "", "By Jane Doe", "", "Protesters gather outside parliament on Tuesday.", "JANE ROE/REUTERS", "",
                               "LONDON (Reuters) - Text of the story.")
        #expect(article.figures == [Figure(caption: "Protesters gather outside parliament on Tuesday.", credit: "JANE ROE/REUTERS")])
        #expect(article.paragraphs == ["LONDON (Reuters) - Text of the story."])
    }

    @Test(arguments: [("JANE DOE/REUTERS", true), ("ALEXEI DRUZHININ / POOL", true), ("JOHN ROE, GETTY IMAGES", true),
                      ("TIP-INS", false), ("UP NEXT", false), ("THE END.", false), ("Jane Doe/Reuters", false)])
    func bareCredits(_ line: String, _ expected: Bool) {
        #expect(CaptionConvention.isBareCredit(line) == expected)
    }
}

@Suite struct AgencyCreditTests {
    @Test func captionEndingWithAgencySlashName() throws {
        let article = try read("Headline", "", "Firefighters work near Athens, Greece, August 12, 2026. REUTERS/Jane Roe", "",
                               "ATHENS, Aug 12 (Reuters) - Greek firefighters contained a wildfire.", "",
                               "A plane drops water over a forest. REUTERS/John Smith", "", "The fire destroyed dozens of homes.")
        #expect(article.figures == [Figure(caption: "Firefighters work near Athens, Greece, August 12, 2026.", credit: "REUTERS/Jane Roe"),
                                    Figure(caption: "A plane drops water over a forest.", credit: "REUTERS/John Smith")])
        #expect(article.paragraphs.count == 2)
    }

    @Test(arguments: ["The index rose 2%. S&P/ASX 200 closed higher", "Read it online. See example.com/story", "Shares fell. He said so/not.",
                      "The company declined to comment. REUTERS", "Who will pay? THE TAXPAYER"])
    func proseWithASlashIsNotACredit(_ line: String) {
        #expect(CaptionConvention.trailingCredit(line) == nil)
    }

    @Test(arguments: [
        ("Will China soon have whole squads of cloned dogs? ANTHONY WALLACE/AFP/GETTY IMAGES",
         "Will China soon have whole squads of cloned dogs?", "ANTHONY WALLACE/AFP/GETTY IMAGES"),
        ("Modi, on right. (AP Photo/Manish Swarup) ASSOCIATED PRESS", "Modi, on right. (AP Photo/Manish Swarup)", "ASSOCIATED PRESS"),
        ("Crowds gather in the square. JOHN ROE, GETTY IMAGES", "Crowds gather in the square.", "JOHN ROE, GETTY IMAGES"),
    ])
    func captionAndCreditOnOneLine(_ line: String, _ caption: String, _ credit: String) {
        #expect(CaptionConvention.trailingCredit(line) == Figure(caption: caption, credit: credit))
    }
}

@Suite struct LabelledTrailingCreditTests {
    @Test func captionEndingWithPhotographLabel() {
        #expect(CaptionConvention.trailingCredit("Firefighters battle a blaze near Athens. Photograph: Jane Roe/Reuters")
                == Figure(caption: "Firefighters battle a blaze near Athens.", credit: "Photograph: Jane Roe/Reuters"))
        #expect(CaptionConvention.trailingCredit("Fans cheer the team. Photo: Getty Images")
                == Figure(caption: "Fans cheer the team.", credit: "Photo: Getty Images"))
    }

    @Test func storyTextWithAColonIsNoCaption() {
        #expect(CaptionConvention.trailingCredit("The council voted on Monday. Result: seven in favour") == nil)
    }
}

import Testing
import ArticleModel
@testable import PlainTextReader

@Suite struct StructureTests {
    @Test(arguments: ["* * *", "***", "###", "___", "---", "* * * *", "_____"])
    func explicitBreakMarkersBetweenParagraphs(_ marker: String) throws {
        let article = try read("Headline", "", "One.", "", marker, "", "Two.")
        #expect(article.blocks == [.paragraph("One."), .sectionBreak, .paragraph("Two.")])
    }

    @Test func twoBlankLinesAreABreak() throws {
        let article = try read("Headline", "", "One.", "", "", "Two.", "", "Three.")
        #expect(article.breakCount == 1)
    }

    @Test func aBreakBeforeTheClosingBoilerplateIsNotCounted() throws {
        let article = try read("Headline", "", "One.", "", "Two.", "", "___", "", "AP writer Jo Lee contributed to this report.")
        #expect(article.breakCount == 0)
        #expect(article.meta.boilerplate == ["___", "AP writer Jo Lee contributed to this report."])
    }

    @Test func subheadsAreShortLinesWithoutClosingPunctuation() throws {
        let article = try read("Headline", "", "First paragraph of the story.", "", "Why it matters", "",
                               "The find could help scientists understand life.", "", "TIP-INS", "", "Heat: Host Washington.")
        #expect(article.headings == ["Why it matters", "TIP-INS"])
    }

    @Test func questionSubheads() throws {
        let article = try read("Headline", "", "First paragraph.", "", "Who is Gautam Adani?", "", "Adani is the son of a family.")
        #expect(article.headings == ["Who is Gautam Adani?"])
    }

    @Test func bulletedAndNumberedLists() throws {
        let article = try read("Headline", "", "Here is what to watch:", "", "1. The duel", "2. The keeper", "",
                               "Missing:", "", "- Marco (knee)", "- Sam (hamstring)")
        #expect(article.lists == [ListBlock(ordered: true, items: ["The duel", "The keeper"]),
                                  ListBlock(ordered: false, items: ["Marco (knee)", "Sam (hamstring)"])])
    }

    @Test func aSingleDashLedLineIsAQuoteParagraphNotAList() throws {
        let article = try read("Headline", "", "Niinistö said:", "", "–   This may be an information operation.", "", "He added more.")
        #expect(article.lists.isEmpty)
        #expect(article.paragraphs.contains("–   This may be an information operation."))
    }

    @Test func allCapsNumberedLinesAreSubheads() throws {
        let article = try read("Headline", "", "Your daily look:", "", "1. BAHAMIANS BEGIN RESCUES", "", "Bahamians rescue victims with jet skis.")
        #expect(article.headings == ["1. BAHAMIANS BEGIN RESCUES"])
    }

    @Test func blockQuotes() throws {
        let article = try read("Headline", "", "He wrote:", "", "> We shall fight", "> on the beaches.", "", "The end came.")
        #expect(article.blocks.contains(.quote("We shall fight on the beaches.")))
    }

    @Test func markdownHeadings() throws {
        let article = try read("Headline", "", "Text.", "", "## The teams", "", "More text.")
        #expect(article.headings == ["The teams"])
    }
}

@Suite struct BoldHeadingTests {
    @Test func markdownBoldLinesAreSubheads() throws {
        let article = try read("Headline", "", "First paragraph of the story.", "", "**What comes next**", "", "More body text follows here.")
        #expect(article.headings == ["What comes next"])
        #expect(StructureConvention.boldHeading("**a** and **b**") == nil)
    }
}

@Suite struct RunInLabelAndFurnitureTests {
    @Test func interviewTurnsAndStoryLinksAreParagraphs() throws {
        let article = try read("Headline", "", "First paragraph of the story.", "", "Q: How did it start?", "",
                               "A: Investigators are still looking into it.", "", "Related: What a shutdown would mean", "", "Last paragraph.")
        #expect(article.headings.isEmpty)
        #expect(article.paragraphs.count == 5)
    }

    @Test func advertisementSlotsAreDropped() throws {
        let article = try read("Headline", "", "First paragraph of the story.", "", "Advertisement", "", "Second paragraph.")
        #expect(article.paragraphs == ["First paragraph of the story.", "Second paragraph."])
        #expect(article.headings.isEmpty)
        #expect(!StructureConvention.isPageFurniture("Advertisements for the show ran all week."))
        #expect(StructureConvention.isPageFurniture("Share this article"))
        #expect(StructureConvention.isPageFurniture("Copy link"))
    }
}

@Suite struct TitledListTests {
    @Test func aShortLineRightAboveAListIsItsSubhead() throws {
        let article = try read("Headline", "", "Winter is coming. Here is what experts recommend.", "",
                               "Before the storm", "• Stock up on water and canned food", "• Charge your devices", "",
                               "During the storm", "1) Stay indoors", "2) Keep away from windows", "", "Stay safe out there.")
        #expect(article.headings == ["Before the storm", "During the storm"])
        #expect(article.lists.count == 2)
    }
}

@Suite struct LetteredAndParenthesisedListTests {
    @Test func parenthesisedNumbersAndLetters() throws {
        let article = try read("Headline", "", "Officials said:", "", "(1) The plan starts in May.", "(2) It ends in 2030.", "",
                               "a) First option", "b) Second option", "", "Last paragraph.")
        #expect(article.lists == [ListBlock(ordered: true, items: ["The plan starts in May.", "It ends in 2030."]),
                                  ListBlock(ordered: true, items: ["First option", "Second option"])])
    }

    @Test(arguments: ["(AP) The story", "(1.) odd", "ab) not a marker", "(a)no space"])
    func notListMarkers(_ line: String) {
        #expect(StructureConvention.listItem(line) == nil)
    }

    @Test(arguments: ["1.\tSchools", "\u{2713} Schools", "\u{2192} Schools", "\u{25E6} Schools", "\u{25A0} Schools"])
    func otherBulletsAndATabAfterANumber(_ line: String) {
        #expect(StructureConvention.listItem(line)?.text == "Schools")
    }
}

@Suite struct LooseListTests {
    @Test func bulletsAndNumbersABlankLineApartAreOneList() throws {
        let article = try read("Headline", "", "The budget changes three things.", "",
                               "\u{2022} Schools get more money", "", "\u{2022} Roads get less", "", "\u{2022} Parks stay the same", "",
                               "1. Vote", "", "2. Publish", "", "The vote was 7 to 2.")
        #expect(article.lists == [ListBlock(ordered: false, items: ["Schools get more money", "Roads get less", "Parks stay the same"]),
                                  ListBlock(ordered: true, items: ["Vote", "Publish"])])
    }

    @Test func dashLedParagraphsABlankLineApartStayParagraphs() throws {
        let article = try read("Headline", "", "The minister spoke.", "", "- We will act.", "", "- We will act soon.", "", "The end.")
        #expect(article.lists.isEmpty)
    }
}

@Suite struct DialogueTests {
    @Test func dashLedSentencesInARowAreDialogueNotAList() throws {
        let article = try read("Headline", "",
                               "    Sonninen said the forces follow the law.",
                               "    \u{2013} Me toimimme lain mukaan, ja laki sanoo, ettei se ole edes mahdollista, Sonninen vakuuttaa.",
                               "    \u{2013} Emme me missaan muissakaan asioissa erotella, ei kielen perusteella, ei uskon.")
        #expect(article.lists.isEmpty)
        #expect(article.paragraphs.count == 3)
    }

    @Test func shortDashedItemsStayAList() throws {
        #expect(!StructureConvention.isDialogue(["\u{2013} Umsatz steigt um 5 Prozent", "\u{2013} Gewinn sinkt"]))
        #expect(!StructureConvention.isDialogue(["- We will meet the council on Monday to agree the final plan.",
                                                 "- We will publish the results of the survey in the spring."]))
        #expect(StructureConvention.isDialogue(["\u{2014} No vamos a aceptar esta propuesta bajo ninguna circunstancia, dijo."]))
    }
}

@Suite struct MarkdownArticleTests {
    @Test func italicsAroundAWholeLineAreNotPartOfIt() {
        #expect(Unit.unwrappingEmphasis("*By Jane Doe*") == "By Jane Doe")
        #expect(Unit.unwrappingEmphasis("_Published December 2, 2026_") == "Published December 2, 2026")
        // Bold, a part in italics, list markers and lone markers stay.
        #expect(Unit.unwrappingEmphasis("**Roads**") == "**Roads**")
        #expect(Unit.unwrappingEmphasis("*Not* all of it, *only* some") == "*Not* all of it, *only* some")
        #expect(Unit.unwrappingEmphasis("* item *") == "* item *")
        #expect(Unit.unwrappingEmphasis("*En 41-årig mand") == "*En 41-årig mand")
    }

    @Test func aMarkdownImageIsAFigure() {
        #expect(CaptionConvention.markdownImage("![Council members vote on Tuesday.](https://example.com/vote.jpg)") == "Council members vote on Tuesday.")
        #expect(CaptionConvention.markdownImage("![](https://example.com/vote.jpg)") == nil)
        #expect(CaptionConvention.markdownImage("![a](x.jpg) and [a link](y)") == nil)
    }

    @Test func readsAnArticleWrittenInMarkdown() throws {
        let article = try read("# City council approves record budget for schools", "", "*By Jane Doe*", "", "_Published December 2, 2026_", "",
                               "![Council members vote on Tuesday.](https://example.com/vote.jpg)", "Photo: Rosa Kirby", "",
                               "LONDON — The city council approved a record budget on Tuesday after a long session, officials said.", "",
                               "## What changes", "", "The plan gives schools 12% more money.", "", "*Jane Doe is the city hall reporter.*")
        #expect(article.meta.headline == "City council approves record budget for schools")
        #expect(article.meta.authors == ["Jane Doe"])
        #expect(article.meta.date == "2026-12-02")
        #expect(article.figures == [Figure(caption: "Council members vote on Tuesday.", credit: "Photo: Rosa Kirby")])
        #expect(article.headings == ["What changes"])
        #expect(article.meta.boilerplate == ["Jane Doe is the city hall reporter."])
    }
}

import Testing
import ArticleModel
@testable import PlainTextReader

@Suite struct HeaderTests {
    @Test func deckSitsBetweenHeadlineAndByline() throws {
        let article = try read("Headline", "", "A deck that explains", "", "By Jane Doe", "", "Text.")
        #expect(article.meta.deck == "A deck that explains")
    }

    @Test func noDeckWhenTheStoryStartsAfterTheByline() throws {
        let article = try read("Headline", "", "By Jane Doe", "", "First paragraph.", "", "Second paragraph.")
        #expect(article.meta.deck == nil)
        #expect(article.paragraphs.count == 2)
    }

    @Test func aLeadingDatelineParagraphMeansNoHeadline() throws {
        let article = try read("HONOLULU (AP) _ Hawaii files court challenge to the administration's definition of close relationship needed.")
        #expect(article.meta.headline == nil)
        #expect(article.meta.dateline?.place == "HONOLULU")
    }

    @Test func editorsNotesAndSlugsBeforeTheHeadline() throws {
        let article = try read("Germany-politics/", "REFILE", "(Eds: Updates with vote)", "Coalition talks could fail", "", "Berlin (dpa) - Text.")
        #expect(article.meta.headline == "Coalition talks could fail")
        #expect(article.meta.editorsNotes == ["REFILE", "(Eds: Updates with vote)"])
    }

    @Test func anpaHeaderFields() throws {
        let text = "\u{16}\u{16}\u{01}z6715\u{1F}-----\n\u{02}^BC-BKN--Heat-Hawks, 1st Ld-Writethru,416<\n^Heat beat Hawks 115-111<\n^AP Photo GATK105, GATK106<\n^Eds: Updates.<\n^Deng scored 30 points on Friday night.<\n^By CHARLES ODUM=\n^AP Sports Writer=\n\t   ATLANTA (AP) _ Luol Deng scored 30 points.\n\t   \u{03}AP-WF-02-20-16 0337GMT<\n\u{04}"
        let article = try readText(text)
        #expect(article.meta.headline == "Heat beat Hawks 115-111")
        #expect(article.meta.deck == "Deng scored 30 points on Friday night.")
        #expect(article.meta.authors == ["Charles Odum"])
        #expect(article.paragraphs == ["ATLANTA (AP) _ Luol Deng scored 30 points."])
        #expect(article.meta.boilerplate == ["AP-WF-02-20-16 0337GMT"])
        #expect(article.meta.editorsNotes == ["AP Photo GATK105, GATK106", "Eds: Updates."])
        #expect(article.meta.slugline == "BC-BKN--Heat-Hawks, 1st Ld-Writethru,416")
        #expect(article.meta.transmissionHeader == ["z6715-----"])
    }

    @Test func iptc7901HeadlineBlock() throws {
        let text = "\u{01}eca062 4 i 211 ccccb   dpa 061\r\n\r\nGermany-politics/\r\n\u{02}1ST LEAD\r\nCoalition talks with Merkel could fail\r\nBy Jane Roe, dpa =\r\n\r\n   Berlin (dpa) - Negotiations could fail, a senior member\r\nwarned Wednesday.\r\n\r\ndpa wsz\r\n\u{03}131137 GMT Nov 13\r\n"
        let article = try readText(text)
        #expect(article.meta.headline == "Coalition talks with Merkel could fail")
        #expect(article.meta.authors == ["Jane Roe"])
        #expect(article.paragraphs == ["Berlin (dpa) - Negotiations could fail, a senior member warned Wednesday."])
        #expect(article.meta.boilerplate == ["dpa wsz", "131137 GMT Nov 13"])
        #expect(article.meta.editorsNotes == ["1ST LEAD"])
        #expect(article.meta.slugline == "Germany-politics/")
        #expect(article.meta.transmissionHeader == ["eca062 4 i 211 ccccb   dpa 061", "Germany-politics/"])
    }
}

@Suite struct HeadlineDeckLineTests {
    @Test func deckStraightUnderTheHeadline() throws {
        let article = try read("Storm batters coast, thousands without power", "Officials warn of flooding through the weekend", "",
                               "MIAMI (AP) — A powerful storm knocked out power to homes on Monday.")
        #expect(article.meta.headline == "Storm batters coast, thousands without power")
        #expect(article.meta.deck == "Officials warn of flooding through the weekend")
        #expect(article.paragraphs.count == 1)
    }

    @Test func aStoryWithoutHeadlineStillWrapsItsFirstParagraph() throws {
        let article = try read("MIAMI (AP) — A powerful storm knocked out power to more than 200,000 homes along the",
                               "Atlantic coast on Monday, officials said.")
        #expect(article.meta.headline == nil)
        #expect(article.paragraphs.count == 1)
    }

    @Test func outletUnderTheByline() throws {
        let article = try read("Tech giant unveils new phone", "", "By Sam Green", "Bloomberg", "",
                               "SAN FRANCISCO -- The company unveiled its newest phone on Tuesday.")
        #expect(article.meta.byline == "Sam Green, Bloomberg")
        #expect(article.meta.authors == ["Sam Green"])
        #expect(BylineConvention.isBareAffiliation("Staff Writer"))
        #expect(!BylineConvention.isBareAffiliation("Nov. 24, 2026"))
        #expect(!BylineConvention.isBareAffiliation("The company said on Tuesday."))
        #expect(!BylineConvention.isBareAffiliation("(Foto Produktion)"))
    }
}

@Suite struct HeadlineWithoutABlankLineTests {
    @Test(arguments: [
        ["Gold rises as policy fuels safe haven demand", "(Adds comments, detail)", "", "Jan 30 (Reuters) - Gold rose."],
        ["Shop deals now", "MARLBOROUGH, Mass.--(BUSINESS WIRE)--Dec 5, 2024--", "", "BJ's Wholesale Club announced its gift guide."],
        ["Vastaamoon kohdistunut tietomurto oli syyttäjien mukaan erityisen suunnitelmallinen – syytetylle vaaditaan seitsemän vuotta",
         "Tietomurto tapahtui syksyllä 2018. Kahden vuoden päästä Vastaamo sai", "sähköpostiviestin.", "", "Syyttäjät vaativat."],
    ])
    func theHeadlineStandsAloneAboveANoteADatelineOrAfterALongLine(_ lines: [String]) throws {
        let article = try readText(lines.joined(separator: "\n"))
        #expect(article.meta.headline == lines[0])
    }

    @Test func aWrappedHeadlineStillJoins() throws {
        let article = try read("City council approves record budget for schools and", "roads after marathon session", "",
                               "CHICAGO (AP) — The council approved the budget.")
        #expect(article.meta.headline == "City council approves record budget for schools and roads after marathon session")
    }
}

@Suite struct NoHeadlineTests {
    @Test func aLongSentenceFirstIsTheStoryNotAHeadline() throws {
        let article = try read("The council met on Monday to discuss the budget for the coming year, which includes new spending on schools.",
                               "", "Members voted 7-2 in favour.")
        #expect(article.meta.headline == nil)
        #expect(article.paragraphs.count == 2)
    }

    @Test(arguments: ["Can trading pollution like stocks help fight climate change?",
                      "Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05p.m.",
                      "Gold rises."])
    func headlinesThatEndInPunctuationStayHeadlines(_ headline: String) throws {
        let article = try read(headline, "", "The first paragraph of the story is here.", "", "More.")
        #expect(article.meta.headline == headline)
    }
}

@Suite struct TimestampLineTests {
    @Test func publishedAndUpdatedLinesAreNotTheDeck() throws {
        let article = try read("Election results", "", "UPDATED 3:45 p.m.", "", "WASHINGTON, Nov. 24 (UPI) -- Voters went to the polls.")
        #expect(article.meta.deck == nil)
        #expect(article.meta.editorsNotes == ["UPDATED 3:45 p.m."])
        #expect(EditorsNoteConvention.isTimestamp("Published Nov. 24, 2026, 3:00 p.m. ET"))
        #expect(!EditorsNoteConvention.isTimestamp("Updated rules take effect in spring"))
        #expect(!EditorsNoteConvention.isTimestamp("Posters went up across 12 cities on Monday."))
    }
}

@Suite struct BareDateLineTests {
    @Test(arguments: ["Nov. 24, 2026", "2026-11-24", "Tuesday, 24 November 2026, 9:30 a.m. ET", "24.11.2026", "24. November 2026"])
    func datesOnTheirOwnLine(_ line: String) {
        #expect(EditorsNoteConvention.isBareDate(line))
    }

    @Test(arguments: ["March 2026 was the warmest", "Nov. 24", "May Day", "1,200 jobs"])
    func textWithDatesIsNotADateLine(_ line: String) {
        #expect(!EditorsNoteConvention.isBareDate(line))
    }

    @Test func dateUnderTheBylineIsTheArticlesDate() throws {
        let article = try read("How to prepare for winter storms", "", "By John Roe", "Nov. 24, 2026", "", "Winter is coming.")
        #expect(article.meta.authors == ["John Roe"])
        #expect(article.meta.date == "2026-11-24")
        #expect(article.meta.editorsNotes.isEmpty)
        #expect(article.headings.isEmpty)
    }

    @Test func frontMatterDateWinsOverTheDateLine() throws {
        let article = try read("---", "date: 2026-01-02", "---", "Headline of the story", "", "Nov. 24, 2026", "", "Winter is coming.")
        #expect(article.meta.date == "2026-01-02")
        #expect(article.meta.editorsNotes.isEmpty)
        #expect(article.paragraphs == ["Winter is coming."])
    }
}

@Suite struct PublicationDateTests {
    @Test(arguments: [
        ("Nov. 24, 2026", "2026-11-24"),
        ("November 30, 2026", "2026-11-30"),
        ("Monday, November 30, 2026", "2026-11-30"),
        ("30. November 2026", "2026-11-30"),
        ("Montag, 30. November 2026, 14:05 Uhr", "2026-11-30T14:05:00"),
        ("30 de noviembre de 2026", "2026-11-30"),
        ("Publié le 30 novembre 2026 à 14h05", "2026-11-30T14:05:00"),
        ("Published: 30 November 2026, 14:05 GMT", "2026-11-30T14:05:00Z"),
        ("Published Nov. 30, 2026 at 9:15 a.m. | Updated Nov. 30, 2026 at 11:02 a.m.", "2026-11-30T09:15:00"),
        ("Posted Nov. 30, 2026, 2:30 p.m. EST", "2026-11-30T14:30:00-05:00"),
        ("Published Nov. 24, 2026, 3:00 p.m. ET", "2026-11-24"),  // ET moves with the season: the day only
        ("24.11.2026", "2026-11-24"),
        ("24.11.2026 klo 14.05", "2026-11-24T14:05:00"),
        ("2026-11-24", "2026-11-24"),
        ("2026-11-24 09:30", "2026-11-24 09:30"),
        ("February 29, 2024", "2024-02-29"),
    ])
    func readsDateLines(_ line: String, _ expected: String) {
        #expect(PublicationDateConvention.parse(line) == expected)
    }

    @Test(arguments: ["UPDATED 3:45 p.m.", "March 2026 was the warmest", "February 29, 2026", "November 30, 2026 was a Monday",
                      "12 kilometres of lanes", "Nov. 30, 2026 at 25:10", "Published Nov. 30, 2026, 3:00 p.m. XYZ",
                      "24.11.2026 was a Tuesday"])
    func leavesOtherLinesAlone(_ line: String) {
        #expect(PublicationDateConvention.parse(line) == nil)
    }
}

@Suite struct TimestampShapeTests {
    @Test(arguments: ["Published Nov. 24, 2026, 3:00 p.m. ET", "UPDATED 3:45 p.m.", "Updated: 24.11.2026 09:30 Uhr",
                      "Aktualisiert am 24.11.2026", "Mis à jour le 24 novembre 2026 à 10h30", "Posted on Nov 24, 2026"])
    func timestamps(_ line: String) {
        #expect(EditorsNoteConvention.isTimestamp(line))
    }

    @Test(arguments: ["Updated 2026 rules raise costs for drivers", "Published in 1990, the novel sold millions"])
    func decksThatStartWithTheKeyword(_ line: String) {
        #expect(!EditorsNoteConvention.isTimestamp(line))
    }
}

@Suite struct KickerTests {
    @Test func sectionLabelAboveTheHeadline() throws {
        let article = try read("WORLD", "", "EU leaders agree on migration pact", "", "By Jane Doe", "",
                               "BRUSSELS (Reuters) - EU leaders agreed on Tuesday.")
        #expect(article.meta.headline == "EU leaders agree on migration pact")
        #expect(article.meta.editorsNotes == ["WORLD"])
        #expect(article.meta.deck == nil)
    }

    @Test func oneWordLabelAboveAThreeWordHeadline() throws {
        let article = try read("POLITICS", "", "Council approves budget", "", "By Jane Doe", "",
                               "LONDON (Reuters) - The city council approved a new budget on Tuesday.")
        #expect(article.meta.headline == "Council approves budget")
        #expect(article.meta.editorsNotes == ["POLITICS"])
    }

    @Test func twoWordCapitalsHeadlineOverAThreeWordDeckStaysTheHeadline() throws {
        let article = try read("STORM WARNING", "", "Residents stay home", "", "By Jane Doe", "",
                               "MIAMI (AP) — A storm hit the coast on Tuesday.")
        #expect(article.meta.headline == "STORM WARNING")
        #expect(article.meta.deck == "Residents stay home")
    }

    @Test func capitalsHeadlineWithAShortDeckStaysTheHeadline() throws {
        let article = try read("STORM HITS THE EAST COAST", "", "Thousands without power", "", "MIAMI (AP) — A storm hit.")
        #expect(article.meta.headline == "STORM HITS THE EAST COAST")
    }
}

@Suite struct HeaderLinesStraightAboveTheStoryTests {
    @Test func aMarkdownHeadingMarkerIsNotPartOfTheHeadline() throws {
        let article = try read("# Sweden court accepts receivership for Saab carmaker", "", "STOCKHOLM (AFP) - A company said on Friday it had succeeded.")
        #expect(article.meta.headline == "Sweden court accepts receivership for Saab carmaker")
    }

    @Test func aCapitalisedHeadlineWithAColonIsNoDateline() throws {
        let article = try read("SHOP HOLIDAY DEALS NOW: BJ'S WHOLESALE CLUB OFFERS UNBEATABLE SAVINGS ON GIFTS FOR EVERYONE ON YOUR LIST", "",
                               "MARLBOROUGH, Mass.--(BUSINESS WIRE)--Dec 5, 2024--", "", "BJ's Wholesale Club announced its gift guide.")
        #expect(article.meta.headline == "SHOP HOLIDAY DEALS NOW: BJ'S WHOLESALE CLUB OFFERS UNBEATABLE SAVINGS ON GIFTS FOR EVERYONE ON YOUR LIST")
        #expect(article.meta.dateline?.place == "MARLBOROUGH, Mass.")
    }

    @Test func theStoryOpensUnderACaptionPairWithoutABlankLine() throws {
        let long = "Bashar al-Assad was sworn in for a new term as Syria's president on Wednesday, after an election which he won with 88.7 percent."
        let article = try read("Confident Assad launches new term", "", "By Marwan Makdisi", "",
                               "Assad is sworn in for a new term.", "Assad is sworn in for a new term. REUTERS/SANA/HANDOUT VIA REUTERS",
                               "DAMASCUS (Reuters) - \(long)", "", "Once written off, he starts his term stronger.")
        #expect(article.figures == [Figure(caption: "Assad is sworn in for a new term.", credit: "REUTERS/SANA/HANDOUT VIA REUTERS")])
        #expect(article.paragraphs.first == "DAMASCUS (Reuters) - \(long)")
        #expect(article.meta.dateline?.place == "DAMASCUS")
    }

    @Test func theStoryOpensUnderABylineInCapitalsOrADeckWithoutABlankLine() throws {
        let long = "Puolustusministeri Jussi Niinistö kertoo STT:lle, ettei Puolustusvoimat rajoita millään tavalla kaksoiskansalaisten ottamista töihin."
        let first = try read("Jussi Niinistö: Ylen tiedoissa voi olla kyse informaatio-operaatiosta", "", "ANTTI AUTIO, HETA HASSINEN", long, "", "Toinen kappale.")
        #expect(first.meta.authors == ["Antti Autio", "Heta Hassinen"])
        #expect(first.paragraphs.first == long)
        let second = try read("Arizona at Philadelphia, 7:05 p.m.", "", "A pair of teams coming off big weekend sweeps will square off tonight.",
                              "(Sports Network) - A pair of teams coming off big weekend sweeps will square off tonight at Citizens Bank Park.", "",
                              "The Phillies picked up some momentum.")
        #expect(second.meta.deck == "A pair of teams coming off big weekend sweeps will square off tonight.")
        #expect(second.meta.dateline?.source == "Sports Network")
    }

    @Test func aPhotographersCreditUnderTheBylineIsANote() throws {
        let article = try read("Council approves budget after a long night", "", "Story by Jane Doe", "Photos by John Roe", "",
                               "LONDON (Reuters) - The city council approved a new budget on Tuesday.")
        #expect(article.meta.authors == ["Jane Doe"])
        #expect(article.meta.deck == nil)
        #expect(article.meta.editorsNotes == ["Photos by John Roe"])
    }

    @Test func publishersWebLayouts() throws {
        let story = "The city council approved a new budget on Tuesday after a long debate about schools and roads."
        // The Guardian: names and the city filed from, then a date line.
        let guardian = try read("Council approves record budget after marathon session", "",
                                "Schools win and roads lose as councillors vote 7-2 after a session that ran past midnight", "",
                                "Jane Doe in London", "", "Wed 2 Dec 2026 10.15 GMT", "", story)
        #expect(guardian.meta.authors == ["Jane Doe"])
        #expect(guardian.meta.deck == "Schools win and roads lose as councillors vote 7-2 after a session that ran past midnight")
        #expect(guardian.paragraphs == [story])
        // The New York Times: where the writer filed from under the byline.
        let nyt = try read("Council approves record budget after marathon session", "", "By Jane Doe", "Reporting from London", "",
                           "Dec. 2, 2026", "", story)
        #expect(nyt.meta.byline == "Jane Doe, Reporting from London")
        #expect(nyt.meta.date == "2026-12-02")
        // An agency's name alone over a date line, no blank line between.
        let agency = try read("Council approves record budget after marathon session", "", "AFP", "Published on December 2, 2026", "", story)
        #expect(agency.meta.authors == ["AFP"])
        #expect(agency.paragraphs == [story])
    }

    @Test func bareBylineShapes() {
        #expect(BylineConvention.looksLikeBareByline("Jane Doe in London"))
        #expect(BylineConvention.looksLikeBareByline("Reuters"))
        #expect(!BylineConvention.looksLikeBareByline("Fire in Paris"))
        #expect(!BylineConvention.looksLikeBareByline("Protests erupt in Paris after the vote"))
    }

    @Test func namesInCapitalsOverTheirTitleStayOneByline() throws {
        let article = try read("Heat beat Hawks to reach the conference finals", "", "CHARLES ODUM", "AP Sports Writer", "",
                               "ATLANTA (AP) _ Dwyane Wade scored 24 points and the Miami Heat beat the Atlanta Hawks on Friday night to reach the finals.")
        #expect(article.meta.authors == ["Charles Odum"])
    }
}

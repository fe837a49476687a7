import Testing
@testable import PlainTextReader

@Suite struct ParagraphTests {
    @Test func joinsHardWrappedLines() throws {
        let article = try read("Headline", "",
                               "The council approved a leaner budget early on Tuesday after a session",
                               "that ran past 4 a.m., cutting spending on road repairs to keep taxes",
                               "flat.", "",
                               "\"We are choosing a smaller bill today and a bigger one tomorrow,\"",
                               "said councillor Ruth Abara, who voted against the plan to cut roads.")
        #expect(article.paragraphs == [
            "The council approved a leaner budget early on Tuesday after a session that ran past 4 a.m., cutting spending on road repairs to keep taxes flat.",
            "\"We are choosing a smaller bill today and a bigger one tomorrow,\" said councillor Ruth Abara, who voted against the plan to cut roads.",
        ])
    }

    @Test func indentationAloneMarksParagraphs() throws {
        let article = try read("Headline", "",
                               "    FARPORT (Wire) - Shares edged higher on Wednesday as",
                               "traders waited for the central bank.",
                               "    The regional index rose 0.4 percent by midday, its",
                               "third straight session of gains.")
        #expect(article.paragraphs == [
            "FARPORT (Wire) - Shares edged higher on Wednesday as traders waited for the central bank.",
            "The regional index rose 0.4 percent by midday, its third straight session of gains.",
        ])
    }

    @Test func tabIndentedLinesAreParagraphsEach() throws {
        let long = String(repeating: "word ", count: 25)
        let article = try read("Headline", "", "\t   First \(long)end.", "\t   Second \(long)end.", "\t   Third.")
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs.last == "Third.")
    }

    @Test func shortLinesThatWouldHaveFittedEndParagraphs() throws {
        let article = try read("Headline", "",
                               "This line is long enough to set the wrap width of the chunk here.",
                               "A short one ends.",
                               "Another paragraph begins here and runs on to the end of the line.")
        #expect(article.paragraphs.count == 2)
    }

    @Test(arguments: [
        // A letter before a hyphen at the line's end joins the compound; a spaced dash stays a dash.
        (["Noch nie hatte ein US-", "Unternehmen an einem Tag so viel Wert verloren - allerdings",
          "war auch keins davor so teuer wie der well-", "known Konzern mit fast 3,5 Billionen Dollar -", "sagte ein Analyst."],
         ["Noch nie hatte ein US-Unternehmen an einem Tag so viel Wert verloren - allerdings war auch keins davor so teuer wie der well-known Konzern mit fast 3,5 Billionen Dollar - sagte ein Analyst."]),
        // "von …" and "by …" under a line that ran to the wrap width go on with its sentence.
        (["    DAS VERBOT: Das Verwaltungsgericht Hamburg verbietet eine Mahnwache",
          "von Unterstuetzern des tuerkischen Praesidenten Erdogan waehrend des", "Gipfels. Ein Antrag des Veranstalters wird abgelehnt.",
          "    The survey of four thousand households across the region was compiled", "by Ipsos for the ministry and published on Monday."],
         ["DAS VERBOT: Das Verwaltungsgericht Hamburg verbietet eine Mahnwache von Unterstuetzern des tuerkischen Praesidenten Erdogan waehrend des Gipfels. Ein Antrag des Veranstalters wird abgelehnt.",
          "The survey of four thousand households across the region was compiled by Ipsos for the ministry and published on Monday."]),
        // Indents open paragraphs: a dash-led quotation wraps on flush lines like any paragraph.
        (["    The minister said the plan would go ahead as agreed last year.",
          "    \u{2013} De ovennevnte endringene i utviklingsland forutsetter en betydelig",
          "nasjonal innsats for kapasitetsbygging innen offentlig administrasjon.", "    The talks resume on Monday."],
         ["The minister said the plan would go ahead as agreed last year.",
          "\u{2013} De ovennevnte endringene i utviklingsland forutsetter en betydelig nasjonal innsats for kapasitetsbygging innen offentlig administrasjon.",
          "The talks resume on Monday."]),
    ])
    func wrappedLinesJoinIntoTheirParagraph(_ lines: [String], _ paragraphs: [String]) throws {
        let article = try readText((["Headline", ""] + lines).joined(separator: "\n"))
        #expect(article.paragraphs == paragraphs)
    }
}

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

    @Test func aHyphenAtALineEndJoinsTheCompoundWithoutASpace() throws {
        let article = try read("Headline", "",
                               "Noch nie hatte ein US-",
                               "Unternehmen an einem Tag so viel Wert verloren - allerdings",
                               "war auch keins davor so teuer wie der well-",
                               "known Konzern mit fast 3,5 Billionen Dollar -",
                               "sagte ein Analyst.")
        // A letter before the hyphen joins; a spaced dash at the end stays a dash with spaces.
        #expect(article.paragraphs == ["Noch nie hatte ein US-Unternehmen an einem Tag so viel Wert verloren - allerdings war auch keins davor so teuer wie der well-known Konzern mit fast 3,5 Billionen Dollar - sagte ein Analyst."])
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

    @Test func aWrappedLineOpeningWithALowerCaseBylineWordGoesOn() throws {
        // "von …" and "by …" under a line that ran to the wrap width go on with its sentence.
        let article = try read("Headline", "",
                               "    DAS VERBOT: Das Verwaltungsgericht Hamburg verbietet eine Mahnwache",
                               "von Unterstuetzern des tuerkischen Praesidenten Erdogan waehrend des",
                               "Gipfels. Ein Antrag des Veranstalters wird abgelehnt.",
                               "    The survey of four thousand households across the region was compiled",
                               "by Ipsos for the ministry and published on Monday.")
        #expect(article.paragraphs == [
            "DAS VERBOT: Das Verwaltungsgericht Hamburg verbietet eine Mahnwache von Unterstuetzern des tuerkischen Praesidenten Erdogan waehrend des Gipfels. Ein Antrag des Veranstalters wird abgelehnt.",
            "The survey of four thousand households across the region was compiled by Ipsos for the ministry and published on Monday.",
        ])
        #expect(article.meta.authors.isEmpty)
    }

    @Test func aDashLedParagraphKeepsItsFlushContinuationLines() throws {
        // Indents open paragraphs: a dash-led quotation wraps on flush lines like any paragraph.
        let article = try read("Headline", "",
                               "    The minister said the plan would go ahead as agreed last year.",
                               "    \u{2013} De ovennevnte endringene i utviklingsland forutsetter en betydelig",
                               "nasjonal innsats for kapasitetsbygging innen offentlig administrasjon.",
                               "    The talks resume on Monday.")
        #expect(article.paragraphs == [
            "The minister said the plan would go ahead as agreed last year.",
            "\u{2013} De ovennevnte endringene i utviklingsland forutsetter en betydelig nasjonal innsats for kapasitetsbygging innen offentlig administrasjon.",
            "The talks resume on Monday.",
        ])
    }
}

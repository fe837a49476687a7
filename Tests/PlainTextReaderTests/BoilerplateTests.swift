import Testing
@testable import PlainTextReader

@Suite struct BoilerplateTests {
    @Test func closingLinesGoToMetadata() throws {
        let article = try read("Headline", "", "Text of the story.", "", "More text.", "",
                               "(Reporting by Jane Doe; Editing by John Roe)", "© 2026 Example News. All rights reserved.", "ends")
        #expect(article.paragraphs == ["Text of the story.", "More text."])
        #expect(article.meta.boilerplate == ["(Reporting by Jane Doe; Editing by John Roe)",
                                             "© 2026 Example News. All rights reserved.", "ends"])
        #expect(article.meta.copyright == "© 2026 Example News. All rights reserved.")
    }

    @Test(arguments: ["ends", "AAP RTV", "AFP sn", "/ritzau/", "dpa wsz jln npr", "AP-WF-02-20-16 0337GMT", "-30-",
                      "Lusa/Fim", "ABC // XYZ", "(Schluss) abc/xyz", "(fin)"])
    func endCodes(_ line: String) {
        #expect(BoilerplateConvention.isEndCode(line))
    }

    @Test(arguments: ["He said no.", "Heat: Host Washington on Saturday night.", "The end of an era", "End users will pay more", "Fin de semana largo"])
    func ordinaryLinesAreNotEndCodes(_ line: String) {
        #expect(!BoilerplateConvention.isEndCode(line))
    }

    @Test func aReportingCreditEndsTheStoryWithTheShortLinesAfterIt() throws {
        let article = try read("Headline", "", "LONDON (Reuters) - Shares rose on Monday after the central bank held rates.", "",
                               "Traders said the move was expected.", "", "Reporting by Jane Doe; Editing by John Roe", "",
                               "Our Standards: The Thomson Reuters Trust Principles.")
        #expect(article.paragraphs.count == 2)
        #expect(article.headings.isEmpty)
        #expect(article.meta.boilerplate == ["Reporting by Jane Doe; Editing by John Roe", "Our Standards: The Thomson Reuters Trust Principles."])
        // A paragraph of the story after a credit-like line keeps it in the story.
        let long = String(repeating: "The council will meet again next week to vote on the final plan. ", count: 3)
        let story = try read("Headline", "", "LONDON (Reuters) - Shares rose.", "", "Reporting by Jane Doe; Editing by John Roe", "", long)
        #expect(story.meta.boilerplate.isEmpty)
    }

    @Test func aNotebookRunsToTheEnd() throws {
        let article = try read("Headline", "", "Berlin (dpa) - Text.", "", "# Notizblock", "", "## Redaktionelle Hinweise",
                               "- Zu diesem Text gibt es Bilder.", "", "dpa abc")
        #expect(article.paragraphs == ["Berlin (dpa) - Text."])
        #expect(article.meta.boilerplate == ["# Notizblock", "## Redaktionelle Hinweise", "- Zu diesem Text gibt es Bilder.", "dpa abc"])
    }

    @Test func aBioWithAnotherVerbIsBoilerplateToo() throws {
        let article = try read("Headline", "", "By Anna Berg, Staff Writer", "", "The council approved the lanes.", "", "Work begins in spring.", "",
                               "Anna Berg covers city hall for the Daily Example. Reach her at anna@example.com.")
        #expect(article.paragraphs == ["The council approved the lanes.", "Work begins in spring."])
        #expect(article.meta.boilerplate == ["Anna Berg covers city hall for the Daily Example. Reach her at anna@example.com."])
    }

    @Test func aClosingSentenceAboutSomeoneElseStaysStory() throws {
        let article = try read("Headline", "", "By Anna Berg", "", "The council approved the lanes.", "",
                               "Mayor John Smith says work begins in spring.")
        #expect(article.paragraphs == ["The council approved the lanes.", "Mayor John Smith says work begins in spring."])
        #expect(article.meta.boilerplate.isEmpty)
    }

    @Test func anAuthorBioAtTheEndIsBoilerplate() throws {
        let article = try read("Headline", "", "Jane Doe, Example University", "", "Text of the story.", "",
                               "Jane Doe is a professor of economics at Example University.")
        #expect(article.paragraphs == ["Text of the story."])
        #expect(article.meta.boilerplate.count == 1)
    }
}

@Suite struct SocialCreditTests {
    @Test(arguments: ["Follow Jane Doe on X at https://x.com/janedoe", "Follow us on Twitter: @desk", "Distributed by Example Content Agency."])
    func closingSocialAndDistributionLines(_ line: String) {
        #expect(BoilerplateConvention.isReportingCredit(line))
    }

    @Test(arguments: ["With files from The Associated Press", "— With files from Global News", "-- With files from Reuters and AFP",
                      "Additional reporting by Jane Doe in Ottawa", "With reporting from John Roe in Kyiv and Anna Berg in Warsaw.",
                      "--With assistance from Jane Doe and John Roe.", "Compiled by Jane Doe", "Editing by John Roe and Anna Berg",
                      "— The Associated Press contributed to this report.", "-- Reuters contributed reporting.", "--IANS", "— AFP"])
    func contributionNotesWithoutParentheses(_ line: String) {
        #expect(BoilerplateConvention.isReportingCredit(line))
    }

    @Test(arguments: ["With files from the archive, the museum rebuilt the exhibit.", "Additional reporting?", "With files",
                      "With reporting by local outlets restricted, few details emerged.",
                      "Compiled by volunteers, the list names 40 victims."])
    func storyLinesThatOpenAlikeAreNotCredits(_ line: String) {
        // Contributors are named (a capital after the opener); anything else is story text.
        #expect(!BoilerplateConvention.isReportingCredit(line))
    }

    @Test func aCanadianPressClosingNoteIsBoilerplate() throws {
        let article = try read("Headline", "", "HALIFAX — A storm knocked out power on Friday.", "", "Crews worked overnight.", "",
                               "— With files from The Associated Press")
        #expect(article.paragraphs == ["HALIFAX — A storm knocked out power on Friday.", "Crews worked overnight."])
        #expect(article.meta.boilerplate == ["— With files from The Associated Press"])
    }

    @Test func followingInAStorySentenceIsNotACredit() {
        #expect(!BoilerplateConvention.isReportingCredit("Following the vote, the council adjourned until Monday."))
    }
}

@Suite struct ContactAndInitialsTests {
    @Test func contactTheReporterRunsToTheEnd() throws {
        let article = try read("Headline", "", "First paragraph of the story.", "", "Analysts were unimpressed.", "",
                               "To contact the reporter on this story:", "Sam Green in San Francisco at sgreen@example.com")
        #expect(article.paragraphs == ["First paragraph of the story.", "Analysts were unimpressed."])
        #expect(article.meta.boilerplate == ["To contact the reporter on this story:", "Sam Green in San Francisco at sgreen@example.com"])
    }

    @Test func contactInStoryTextIsNotBoilerplate() {
        #expect(BoilerplateConvention.opensClosingSection("To contact the families, officials went door to door.") == nil)
    }

    @Test func editorInitialsWithHyphens() {
        #expect(BoilerplateConvention.isEndCode("bur-abc/def/ghi"))
        #expect(!BoilerplateConvention.isEndCode("well-known/very-long-words"))
    }
}

@Suite struct SignOffTests {
    @Test(arguments: ["— Jane Doe, jdoe@example.com", "-- Jane Doe and John Roe", "==Kyodo", "== AP"])
    func closingSignOffs(_ line: String) {
        #expect(BoilerplateConvention.kind(of: line) != nil)
    }

    @Test(arguments: ["— Yes", "— Thank you, Maria.", "— It was the best day of my life, she said"])
    func dashLedDialogueStaysText(_ line: String) {
        #expect(BoilerplateConvention.kind(of: line) == nil)
    }
}

@Suite struct CorrectionNoteTests {
    @Test func closingCorrectionIsBoilerplate() throws {
        let article = try read("Headline", "", "DETROIT (Reuters) - An automaker is recalling vehicles.", "",
                               "Correction: An earlier version of this story misstated the number of vehicles.")
        #expect(article.paragraphs.count == 1)
        #expect(article.meta.boilerplate == ["Correction: An earlier version of this story misstated the number of vehicles."])
    }
}

@Suite struct RightsNoticeTests {
    @Test(arguments: ["RIPRODUZIONE RISERVATA © Copyright ANSA", "Alle Rechte vorbehalten.", "Agence France-Presse. All rights reserved.",
                      "Example News. ALL RIGHTS RESERVED.", "AFP. Tous droits réservés.", "EFE. Todos los derechos reservados.",
                      "STT. Kaikki oikeudet pidätetään.", "dpa. ALLE RECHTE VORBEHALTEN"])
    func rightsNoticesAnywhereInAShortLine(_ line: String) {
        #expect(BoilerplateConvention.isCopyright(line))
    }

    @Test(arguments: ["The rights of the workers were reserved for a later vote.", "Echte Freunde bleiben.", "Les droits restent."])
    func shortLinesWithARightsWordAreNotNotices(_ line: String) {
        #expect(!BoilerplateConvention.isCopyright(line))
    }

    @Test func everyRightsNoticeHasOneOfTheGateWords() {
        // The byte gate in front of the notices must let each of them through.
        for notice in BoilerplateConvention.rightsNotices {
            #expect(BoilerplateConvention.hasRightsWord(notice), "\(notice)")
            #expect(BoilerplateConvention.hasRightsWord(notice.uppercased()), "\(notice)")
        }
    }

    @Test func aLongParagraphAboutRightsIsStoryText() {
        let text = String(repeating: "The court heard that all rights reserved by the label had lapsed years ago, ", count: 2)
        #expect(!BoilerplateConvention.isCopyright(text))
    }
}

@Suite struct ContributedCreditTests {
    @Test func writersContributed() throws {
        let article = try read("Headline", "", "OKLAHOMA CITY (AP) — Tornadoes tore through three states.", "", "___", "",
                               "Associated Press writers John Roe in Tulsa and Sam Lee in Wichita contributed.")
        #expect(article.paragraphs.count == 1)
        #expect(article.meta.boilerplate.count == 2)
        #expect(!BoilerplateConvention.isReportingCredit("Thousands of volunteers contributed."))
    }
}

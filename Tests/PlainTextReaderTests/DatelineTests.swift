import Testing
import ArticleModel
@testable import PlainTextReader

@Suite struct DatelineTests {
    @Test(arguments: [
        ("MOSCOW — President Putin said.", "MOSCOW —", "MOSCOW", nil, nil),
        ("NAIROBI, Kenya, Oct. 21 — Officials said.", "NAIROBI, Kenya, Oct. 21 —", "NAIROBI, Kenya", "Oct. 21", nil),
        ("LONDON (Reuters) - Shares rose.", "LONDON (Reuters) -", "LONDON", nil, "Reuters"),
        ("Paris (AFP) - Le gouvernement a dit.", "Paris (AFP) -", "Paris", nil, "AFP"),
        ("ATLANTA (AP) _ Luol Deng scored.", "ATLANTA (AP) _", "ATLANTA", nil, "AP"),
        ("BERLIN -- Talks failed.", "BERLIN --", "BERLIN", nil, nil),
        ("TOKYO – Prices fell.", "TOKYO –", "TOKYO", nil, nil),
        ("Jan 30 (Reuters) - Gold rose.", "Jan 30 (Reuters) -", nil, "Jan 30", "Reuters"),
        ("(ANSA) - Rome, October 11 - Italian minister said.", "(ANSA) - Rome, October 11 -", "Rome", "October 11", "ANSA"),
        ("(Sports Network) - The game.", "(Sports Network) -", nil, nil, "Sports Network"),
        ("Tel Aviv/Beirut (Reuters) - Fighting.", "Tel Aviv/Beirut (Reuters) -", "Tel Aviv/Beirut", nil, "Reuters"),
        ("MARLBOROUGH, Mass.--(BUSINESS WIRE)--Dec 5, 2024--BJ's said.", "MARLBOROUGH, Mass.--(BUSINESS WIRE)--Dec 5, 2024--", "MARLBOROUGH, Mass.", "Dec 5, 2024", "BUSINESS WIRE"),
        // Interfax: a full stop between the place and the date.
        ("MOSCOW. Dec 1 (Interfax) - Russia's central bank said.", "MOSCOW. Dec 1 (Interfax) -", "MOSCOW", "Dec 1", "Interfax"),
        // TASS: the agency between slashes, closed by a full stop.
        ("MOSCOW, December 1. /TASS/. The Russian president said.", "MOSCOW, December 1. /TASS/.", "MOSCOW", "December 1", "TASS"),
        // Europa Press: the day of the month only, an agency of two words, no dash.
        ("MADRID, 5 (EUROPA PRESS) El Gobierno aprobó el plan.", "MADRID, 5 (EUROPA PRESS)", "MADRID", "5", "EUROPA PRESS"),
        // A press-release wire between slashes; the colon later in the sentence ("NYSE:") is not the dateline's.
        ("NEW YORK, Nov. 30, 2026 /PRNewswire/ -- Example Corp (NYSE: EXM) reported.", "NEW YORK, Nov. 30, 2026 /PRNewswire/ --", "NEW YORK", "Nov. 30, 2026", "PRNewswire"),
        // A colon after a parenthesised agency.
        ("OSLO (NTB): Regjeringen la fram budsjettet.", "OSLO (NTB):", "OSLO", nil, "NTB"),
        ("KØBENHAVN (Ritzau): En mand blev anholdt.", "KØBENHAVN (Ritzau):", "KØBENHAVN", nil, "Ritzau"),
        // With the agency named, the place may be written in capitals or not, as with a dash.
        ("Oslo (NTB): Regjeringen la fram budsjettet.", "Oslo (NTB):", "Oslo", nil, "NTB"),
        // Kyodo writes its name after the date in mixed case; TT gives place and agency, no dash.
        ("TOKYO, Dec. 2 Kyodo - The government said.", "TOKYO, Dec. 2 Kyodo -", "TOKYO", "Dec. 2", "Kyodo"),
        ("STOCKHOLM (TT) Regeringen lade fram budgeten.", "STOCKHOLM (TT)", "STOCKHOLM", nil, "TT"),
    ] as [(String, String, String?, String?, String?)])
    func parsesDatelines(_ paragraph: String, _ text: String, _ place: String?, _ date: String?, _ source: String?) throws {
        let dateline = try #require(DatelineConvention.parse(paragraph))
        #expect(dateline == Dateline(text: text, place: place, date: date, source: source))
    }

    @Test(arguments: [
        "The vote - the third this year - failed.",
        "Meanwhile — and this matters — prices rose.",
        "“We won,” she said - and smiled.",
        "Analysis (Reuters): The market fell.",
        "Video (2:30): Watch the storm hit the coast.",
        "BRUXELLES 02/12 (BELGA) Le gouvernement a approuvé le budget.",
        "The report (OECD) Shows growth.",
    ])
    func ignoresDashesInOrdinarySentences(_ paragraph: String) {
        #expect(DatelineConvention.parse(paragraph) == nil)
    }

    @Test func readerPutsTheDatelineInMeta() throws {
        let article = try read("Headline", "", "LONDON (Reuters) - Shares rose on Monday.", "", "More text.")
        #expect(article.meta.dateline?.place == "LONDON")
        #expect(article.paragraphs.first == "LONDON (Reuters) - Shares rose on Monday.")
    }

    @Test func aParenthesisedNoteMayPrecedeTheDateline() throws {
        let article = try read("Gold rises", "", "(Adds comments)", "", "Jan 30 (Reuters) - Gold rose.", "", "More.")
        #expect(article.meta.dateline?.source == "Reuters")
        #expect(article.paragraphs.first == "(Adds comments)")
    }
}

@Suite struct AgencyDatelineLookAlikeTests {
    @Test(arguments: [
        "UPDATE (2): The company raised its forecast.",
        "NATO (file photo): Troops on parade.",
        "Washington, D.C. Jan 5 was cold, the forecast said.",
        "MADRID, 45 (EUROPA PRESS) Text.",
        "The report, 5 (EU) Member states agreed.",
    ])
    func leavesLookAlikesAlone(_ paragraph: String) {
        let dateline = DatelineConvention.parse(paragraph)
        #expect(dateline == nil || dateline?.source == nil, "\(paragraph): \(String(describing: dateline))")
    }
}

@Suite struct FullStopDashDatelineTests {
    @Test func spanishWireDateline() {
        let dateline = DatelineConvention.parse("Madrid, 24 nov (EFE).- El Consejo de Ministros aprobó este martes el proyecto.")
        #expect(dateline?.text == "Madrid, 24 nov (EFE).-")
        #expect(dateline?.place == "Madrid")
        #expect(dateline?.source == "EFE")
    }

    @Test func abbreviationBeforeAHyphenIsNoDateline() {
        #expect(DatelineConvention.parse("The U.S.-China talks (held in Geneva) resumed on Monday.") == nil)
    }
}

@Suite struct DashlessAgencyDatelineTests {
    @Test func indianWireDateline() {
        let dateline = DatelineConvention.parse("New Delhi, Nov 24 (PTI) The government on Tuesday announced a new scheme.")
        #expect(dateline == Dateline(text: "New Delhi, Nov 24 (PTI)", place: "New Delhi", date: "Nov 24", source: "PTI"))
    }

    @Test(arguments: ["Apple Inc (AAPL) said on Tuesday that sales rose.", "The index (FTSE) rose on Monday.",
                      "New Delhi (PTI) The government said."])
    func noDatelineWithoutPlaceAndDate(_ text: String) {
        #expect(DatelineConvention.parse(text) == nil)
    }

    @Test func xinhuaEndItem() {
        #expect(BoilerplateConvention.isEndCode("Enditem"))
    }
}

@Suite struct MixedCaseAndLeadingAgencyDatelineTests {
    @Test func placeInOrdinaryCaseWithADate() {
        let dateline = DatelineConvention.parse("Washington DC, 24 November 2026 – The president said.")
        #expect(dateline?.place == "Washington DC")
        #expect(dateline?.date == "24 November 2026")
    }

    @Test(arguments: ["On Monday, Nov 24 – officials said.", "Officials said on Monday – the deal is off.", "(REFILE) Officials said."])
    func sentencesAndFlagsAreNoDatelines(_ text: String) {
        #expect(DatelineConvention.parse(text) == nil)
    }

    @Test func broadcasterInParenthesesGluedToTheText() {
        #expect(DatelineConvention.parse("(CNN)The president said on Tuesday.") == Dateline(text: "(CNN)", place: nil, date: nil, source: "CNN"))
    }
}

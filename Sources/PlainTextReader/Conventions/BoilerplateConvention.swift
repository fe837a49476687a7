/// Closing boilerplate after the story: end codes ("ends", "AAP RTV", "/ritzau/", editor initials),
/// reporting credits ("(Reporting by …)", "AP writers … contributed to this report."), copyright
/// lines, notebooks ("# Notebook" to the end), press-release contact blocks.
public enum BoilerplateConvention {
    public enum Kind: String, Sendable {
        case endCode = "end code"
        case credit = "reporting credit"
        case copyright = "copyright line"
        case notebook = "notebook"
        case contact = "contact block"
        case sourceLink = "source link"
    }

    /// Classifies one closing line. Only called on lines at the end of an article.
    public static func kind(of text: String) -> Kind? {
        if isCopyright(text) { return .copyright }
        if isReportingCredit(text) { return .credit }
        if isEndCode(text) { return .endCode }
        return nil
    }

    /// A line that opens a block that runs to the end: "# Notebook", "# Notizblock", "CONTACT:".
    public static func opensClosingSection(_ text: String) -> Kind? {
        guard let first = text.firstByte, closingSectionInitials.contains(first) else { return nil }
        // "To contact the reporter on this story:", "To contact the editors responsible for this story:".
        if first | 0x20 == UInt8(ascii: "t") {
            return text.closes(with: ":") && text.hasAtMost(80) && text.lowercasedPrefix(16).opens(with: "to contact the ") ? .contact : nil
        }
        // Contact and source-link openers have a colon early on; headings start with '#'.
        guard first == UInt8(ascii: "#") || text.hasByte(UInt8(ascii: ":"), within: 48) else { return nil }
        let lower = text.lowercasedPrefix(32)
        if let heading = StructureConvention.markdownHeading(text), heading.level == 1 {
            let h = heading.text.lowercased()
            if h.contains("note") || h.contains("notiz") || h.contains("notis") || h.contains("muistio") { return .notebook }
        }
        if lower.opens(with: "contact:") || lower.opens(with: "contacts:") || lower.opens(with: "media contact") || lower.opens(with: "kontakt:") {
            return .contact
        }
        if lower.opens(with: "view source version on") { return .sourceLink }
        return nil
    }

    public static func isCopyright(_ text: String) -> Bool {
        guard let first = text.firstByte, text.utf8.count <= 800, text.hasAtMost(200) else { return false }
        // The openings below start with one of these bytes ("©" is C2 A9): other lines skip the lower-casing.
        if copyrightInitials.contains(first) {
            let lower = text.lowercasedPrefix(24)
            if lower.opens(with: "©") || lower.opens(with: "(c)") || lower.opens(with: "copyright") || lower.opens(with: "- (c)")
                || lower.opens(with: "all rights reserved") { return true }
        }
        // A rights notice later in a short line: "RIPRODUZIONE RISERVATA © Copyright ANSA", "Alle Rechte vorbehalten."
        guard text.hasAtMost(120) else { return false }
        if text.hasByte(0xC2), text.byteOffset(of: "©") != nil { return true }
        // Every notice has one of these words (one pass over the bytes, ASCII letters folded; this
        // runs on every line of a hard-wrapped text): only then is the line lower-cased and searched.
        guard hasRightsWord(text) else { return false }
        let full = text.lowercased()
        return rightsNotices.contains { full.containsBytes($0) }
    }

    static let copyrightInitials = ByteSet("©(cC-aA")

    /// True when the text holds "ights", "echte", "roits", "iservat", "erechos" or "ikeudet" in any
    /// case of ASCII letters.
    static func hasRightsWord(_ text: String) -> Bool {
        text.withBorrowedUTF8 { b in
            let n = b.count
            var i = 0
            while i + 5 <= n {
                let c = b[i] | 0x20
                if c == UInt8(ascii: "i") || c == UInt8(ascii: "e") || c == UInt8(ascii: "r") {
                    for word in rightsWordBytes where word[0] == c && i + word.count <= n {
                        var k = 1
                        while k < word.count, b[i + k] | 0x20 == word[k] { k += 1 }
                        if k == word.count { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }

    /// A word of each rights notice, lower-cased ASCII.
    static let rightsWordBytes: [[UInt8]] = ["ights", "echte", "roits", "iservat", "erechos", "ikeudet"].map { Array($0.utf8) }

    public static func isReportingCredit(_ text: String) -> Bool {
        guard let first = text.firstByte else { return false }
        let lower = creditInitials.contains(first) ? text.lowercasedPrefix(32) : ""
        if lower.opens(with: "(") {
            for start in parenthesizedCredits where lower.hasPrefix(start) { return true }
        }
        // Statements about the article itself and how to reach its author.
        for start in articleStatements where lower.hasPrefix(start) { return true }
        if isContributionNote(text) { return true }
        // "Follow Jane Doe on X at https://x.com/janedoe", "Follow us on Twitter: @desk".
        if lower.opens(with: "follow "), text.utf8.count <= 300 {
            let full = text.lowercased()
            if socialMarks.contains(where: { full.containsBytes($0) }) { return true }
        }
        // The author's sign-off after a dash: "— Jane Doe, jdoe@example.com", "-- Jane Doe and John Roe".
        if let dash = text.unicodeScalars.first, dash == "—" || dash == "–" || text.opens(with: "--") {
            let rest = String(text.drop(while: { $0 == "—" || $0 == "–" || $0 == "-" || $0 == " " }))
            if rest.hasAtMost(100), !rest.isEmpty {
                if isContributionNote(rest) { return true }
                let name = rest.split(separator: ",").first.map(String.init) ?? ""
                if (rest.utf8.contains(UInt8(ascii: "@")) && rest.wordCount <= 10)
                    || (name.wordCount >= 2 && !rest.endsLikeSentence && BylineConvention.looksLikeNameList(name)) { return true }
                // "--IANS", "— AFP": the agency signs off.
                if rest.hasAtMost(12), BylineConvention.agencyNames.contains(rest.lowercased()) { return true }
            }
            // Otherwise the credit phrases below ("— The Associated Press contributed to this report.").
        }
        // Credits are a line or two; a long paragraph that mentions them is story text.
        guard text.utf8.count <= 600, creditStems.contains(where: { text.containsBytes($0) }) else { return false }
        let full = text.lowercased()
        if creditPhrases.contains(where: { full.containsBytes($0) }) { return true }
        // "AP writers Jane Doe in Tulsa and John Roe contributed.": a short sentence ending on the verb.
        return text.hasAtMost(300) && (full.closes(with: " contributed.") || full.closes(with: " also contributed."))
            && (full.containsBytes("writer") || full.containsBytes("correspondent") || full.containsBytes("reporter"))
    }

    /// A closing note on who else worked on the story, written without parentheses (and, in
    /// Canadian Press and Bloomberg copy, often after a dash): "With files from The Associated Press",
    /// "--With assistance from Jane Doe.", "Additional reporting by Jane Doe in Ottawa", "Compiled by Jane Doe".
    static func isContributionNote(_ text: String) -> Bool {
        guard let first = text.firstByte, contributionInitials.contains(first), text.hasAtMost(300), !text.closes(with: "?") else { return false }
        let lower = text.lowercasedPrefix(32)
        guard let opener = contributionOpeners.first(where: { lower.hasPrefix($0) }) else { return false }
        // Contributors are named: "With files from The Associated Press", not "… from the archive, …".
        let named = text.utf8.dropFirst(opener.utf8.count)
        return named.first.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") || $0 >= 0x80 } ?? false
    }

    // The word lists of the rules above, built once (as literals they were built on every call).
    static let contributionOpeners = ["with files from ", "with reporting by ", "with reporting from ", "with additional reporting ",
                                      "additional reporting by ", "additional reporting from ", "with assistance from ",
                                      "compiled by ", "editing by ", "writing by ", "translated by "]
    static let contributionInitials = ByteSet("WwAaCcEeTt")
    static let closingSectionInitials = ByteSet("#CcMmKkVvTt")
    static let creditInitials = ByteSet("(TtOoRrDdFfCcAa")
    static let parenthesizedCredits = ["(reporting by", "(writing by", "(editing by", "(additional reporting", "(compiled by",
                                       "(reporting and writing", "(translated by", "(with reporting", "(this story", "(by "]
    static let articleStatements = ["this article ", "this story ", "this report ", "this content ", "originally published",
                                    "reporting by ", "distributed by ", "correction:", "clarification:", "an earlier version of this"]
    static let socialMarks = ["@", "http", "www.", "twitter", "x.com", "instagram", "facebook", "bluesky", "mastodon", "threads"]
    static let creditStems = ["ontribut", "elped with", "e reached"]
    static let creditPhrases = ["contributed to this report", "contributed reporting", "helped with this story", "contributed to this story",
                                "contributed to this article", " can be reached at ", " can be reached on "]
    static let rightsNotices = ["all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "riproduzione riservata",
                                "todos los derechos reservados", "kaikki oikeudet pidätetään"]

    /// Words that end a wire story, in the languages we read.
    static let endWords: Set<String> = ["end", "ends", "-30-", "###", "(end)", "- end -", "-end-", "(ends)", "end of story", "enditem",
                                        "end item", "fim", "(fim)", "fin", "(fin)", "schluss", "(schluss)", "slut", "(slut)", "loppu"]

    /// Short codes that close a wire story: "ends", "AAP RTV", "AFP sn", "/ritzau/", "dpa wsz jln npr",
    /// "AP-WF-02-20-16 0337GMT", "-30-", "###".
    public static func isEndCode(_ text: String) -> Bool {
        guard text.utf8.count <= 200, text.hasAtMost(48) else { return false }
        let lower = text.lowercased()
        if endWords.contains(lower) { return true }
        // "Lusa/Fim": an agency's name and its word for "end".
        if let slash = lower.lastIndex(ofByte: UInt8(ascii: "/")), !lower.hasByte(0x20),
           endWords.contains(String(lower[lower.index(after: slash)...])) { return true }
        // "(Schluss) abc/xyz": the end word, then the editors' initials.
        if let space = text.firstIndex(ofASCII: 0x20), endWords.contains(text[..<space].lowercased()) {
            return isEndCode(String(text[text.index(after: space)...]).trimmingWhitespace())
        }
        if text.opens(with: "/") && text.closes(with: "/") && text.count > 2 { return true }
        // A parenthesised desk or agency tag on its own: "(BusinessDesk)", "(KL&TD/WNWCZM/RL)".
        if text.opens(with: "(") && text.closes(with: ")") && !text.contains(" ") && text.hasAtMost(32) { return true }
        if text.endsLikeSentence || text.closes(with: ":") { return false }
        // An agency sign-off after a rule of equals signs: "==Kyodo", "== AP".
        if text.opens(with: "==") {
            let rest = text.drop(while: { $0 == "=" || $0 == " " })
            return !rest.isEmpty && rest.split(separator: " ").count <= 3 && rest.count <= 24
        }
        let words = text.words
        guard (1...6).contains(words.count) else { return false }
        // Desk codes and editor initials: short tokens, at least one of which cannot be an ordinary
        // word: an all-caps agency tag ("AFP sn"), a token without vowels ("wsz", "npr"), or with digits.
        var hasCode = false
        for word in words {
            // "mk/dnl", "hh/ph/ts/hd": initials of several editors joined by slashes.
            if word.contains("/"), word.split(whereSeparator: { $0 == "/" || $0 == "-" }).allSatisfy({ $0.count <= 4 && $0 == $0.lowercased() }) {
                hasCode = true
                continue
            }
            let w = String(word)
            let letters = w.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            let digits = w.unicodeScalars.filter { $0.properties.numericType != nil }.count
            if w.contains("GMT") || (w.contains("-") && w.isAllCaps && digits > 0) { hasCode = true; continue }
            guard w.count <= 5, w == w.lowercased() || (w.isAllCaps && letters <= 4) || digits > 0 else { return false }
            let vowels = w.lowercased().unicodeScalars.filter { "aeiouyäöüå".unicodeScalars.contains($0) }.count
            if w.isAllCaps || vowels == 0 || digits > 0 { hasCode = true }
        }
        return hasCode
    }
}

/// Editor's notes and flags in a header: "Eds: …", "(Eds: …)", "EDITOR'S NOTE _ …", "(Berichtigung: …)",
/// "REFILE", "1ST LEAD", "URGENT".
public enum EditorsNoteConvention {
    static let noteInitials = ByteSet("EeNnAa(")
    static let timestampInitials = ByteSet("PpUuLlFfAaVvMm")
    static let prefixes = ["eds:", "eds.", "editor's note", "editors' note", "editor’s note", "editors note", "ed note", "note to editors", "advisory:", "embargo"]

    public static func isNote(_ text: String) -> Bool {
        if isTimestamp(text) { return true }
        guard let first = text.firstByte, noteInitials.contains(first) else { return false }
        let lower = text.lowercasedPrefix(24)
        if prefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        if lower.opens(with: "("), lower.closes(with: ")") {
            let inner = lower.dropFirst()
            return prefixes.contains(where: { inner.hasPrefix($0) })
        }
        return false
    }

    /// A publication time stamp a web page shows under the headline: "Published Nov. 24, 2026, 3:00 p.m. ET",
    /// "UPDATED 3:45 p.m.", "Aktualisiert am 24.11.2026". It has a digit and is short.
    public static func isTimestamp(_ text: String) -> Bool {
        // Cheap gate: short, and a digit somewhere (every date and time has one).
        guard text.utf8.count <= 240, text.hasDigit else { return false }
        if isBareDate(text) { return true }
        guard let first = text.firstByte, timestampInitials.contains(first), text.hasAtMost(80) else { return false }
        guard text.hasDigit else { return false }
        let lower = text.lowercased()
        for keyword in ["published", "updated", "posted", "last updated", "first published", "aktualisiert", "veröffentlicht",
                        "publié", "mis à jour", "modifié"] where lower.hasPrefix(keyword + " ") || lower.hasPrefix(keyword + ":") {
            // The rest must be a date or time, so "Updated 2026 rules raise costs" stays a deck.
            let rest = lower.dropFirst(keyword.count).drop(while: { $0 == ":" || $0 == " " })
            return isBareDate(String(rest), requireYear: false)
        }
        return false
    }

    /// The dateline's month and weekday names, plus the words a time stamp puts around them.
    static let dateWords: Set<String> = DatelineConvention.months.union(DatelineConvention.weekdays).union([
        "at", "on", "am", "pm", "à", "le", "den", "el", "a.m", "p.m", "et", "est", "edt", "pt", "gmt", "utc", "cet", "cest", "bst",
        "de", "um", "uhr", "h",
    ])

    /// A line that is only a date, perhaps with a weekday and time: "Nov. 24, 2026", "2026-11-24",
    /// "Tuesday, 24 November 2026, 9:30 a.m. ET", "24.11.2026". It must name a year.
    public static func isBareDate(_ text: String, requireYear: Bool = true) -> Bool {
        guard text.hasAtMost(48), let first = text.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first) else { return false }
        let tokens = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" })
        guard (1...8).contains(tokens.count) else { return false }
        var year = false
        for token in tokens {
            let word = String(token).trimmingCharacters(in: ".")
            let isNumeric = word.allSatisfy { (c: Character) -> Bool in c.isNumber || c == "." || c == ":" || c == "-" || c == "/" }
            if !isNumeric, word.count <= 6, word.first?.isNumber == true {
                continue  // "10h30", "9am", "24th"
            }
            if isNumeric {
                // "2026", "2026-11-24", "24.11.2026": a run of four digits is the year.
                var run = 0
                for c in word { run = c.isNumber ? run + 1 : 0; if run == 4 { year = true } }
                continue
            }
            guard dateWords.contains(word) else { return false }
        }
        return year || (!requireYear && text.contains(where: \.isNumber))
    }

    /// A flag line: "REFILE", "1ST LEAD", "UPDATE 2", "URGENT", "(Eil)": ≤ 3 words, all capitals or parenthesised.
    public static func isFlag(_ text: String) -> Bool {
        let words = text.words
        guard (1...3).contains(words.count), text.hasAtMost(24) else { return false }
        if text.opens(with: "(") && text.closes(with: ")") { return true }
        return text.isAllCaps && !text.endsLikeSentence
    }

    /// A parenthesised note line: "(KORR-Bericht)", "(Foto Produktion)", "(Adds comments, detail)".
    public static func isParenthesized(_ text: String) -> Bool {
        text.opens(with: "(") && text.closes(with: ")") && text.hasAtMost(400)
    }
}

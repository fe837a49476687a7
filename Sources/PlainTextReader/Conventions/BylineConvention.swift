/// Bylines: "By Jane Doe", "By JANE DOE and JOHN ROE", "Von Marco Krefting und Sunrita Sen, dpa",
/// "Geir Molnes / Faktisk.no", a bare "ANTTI AUTIO, HETA HASSINEN" under the headline, and a
/// second line such as "AP Sports Writer".
public enum BylineConvention {
    /// Words that introduce a byline in the languages we read.
    static let introducers = ["by", "von", "par", "por", "av", "af", "door", "di", "da", "de", "texte", "text", "words"]
    /// The bytes an introducer may start with (a table: this gate runs on every line).
    static let introducerInitials = ByteSet("BbVvPpAaDdTtWw")
    /// "Written by …", "Photos by …": the roles `creditedBy` accepts (built once, not per line).
    static let writerRoles = ["written", "story", "words", "reported", "text"]
    static let photographerRoles = ["photos", "photo", "photography", "pictures", "images"]
    /// What may end a name (or an agency) with a full stop: a byline ending so is not a sentence.
    static let nameSuffixes: Set<String> = ["Jr.", "Sr.", "Inc.", "Ltd.", "Co."]
    /// Words that join several names.
    static let joiners: Set<String> = ["and", "und", "og", "och", "ja", "et", "y", "e", "en", "&", "and/or"]
    /// Words that mark an affiliation rather than a person's name.
    static let affiliationWords: Set<String> = [
        "associated", "association", "agency", "agence", "news", "newspaper", "service", "services",
        "writer", "writers", "correspondent", "correspondents", "editor", "editors", "reporter", "reporters",
        "staff", "university", "college", "institute", "times", "post", "tribune", "herald", "journal",
        "daily", "bureau", "reuters", "afp", "dpa", "ap", "pa", "ansa", "efe", "stt", "ntb", "tt", "ritzau",
        "aap", "cp", "wire", "media", "group", "inc.", "ltd", "ltd.", "desk",
        "chief", "senior", "special", "contributor", "columnist", "analyst",
    ]

    /// The byline without its introducing word, when `text` starts with one ("By ", "Von "…).
    public static func introducedByline(_ text: String) -> String? {
        if let rest = creditedBy(text, writerRoles) { return rest }
        // Cheap gate: every introducer is 2–5 letters starting with one of these, then a space.
        guard let first = text.firstByte, introducerInitials.contains(first),
              text.hasByte(0x20, within: 7) else { return nil }
        guard let space = text.firstIndex(ofASCII: 0x20), let word = introducer(before: space, in: text) else { return nil }
        let rest = String(text[text.index(after: space)...]).trimmingWhitespace()
        guard !rest.isEmpty, rest.hasAtMost(120), rest.wordCount <= 16 else { return nil }
        // A byline names people or an agency; it is not a sentence.
        if rest.closes(with: "."), let last = rest.split(separator: " ").last, last.count > 2, !nameSuffixes.contains(String(last)) {
            return nil
        }
        // "von Kritik. Und auch …": a full stop after a word, then a capital, is a sentence going on.
        if rest.containsCharacter(ascii: UInt8(ascii: ".")), hasSentenceBreak(rest) { return nil }
        guard let first = rest.unicodeScalars.first, first.properties.isAlphabetic || first == "@" else { return nil }
        // Names start with a capital; a lower-case start is only an agency ("By dpa correspondents").
        if !rest.startsUppercase && rest.wordCount > 3 { return nil }
        if word == "di" || word == "da" || word == "de" || word == "text" || word == "texte" || word == "words" {
            // Ambiguous introducers must be followed by capitalised names only.
            guard looksLikeNameList(rest) else { return nil }
        }
        return rest
    }

    /// True when a word of five letters or more ends in a full stop and a capitalised word follows:
    /// names have initials ("J."), titles ("Dr.", "Prof.") and suffixes ("Jr."), not such words.
    static func hasSentenceBreak(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        for (word, next) in zip(words, words.dropFirst()) where word.utf8.last == UInt8(ascii: ".") {
            let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            if letters >= 5, !String(word).isAllCaps, String(next).startsUppercase { return true }
        }
        return false
    }

    /// The introducer the text's first word is (before `space`), compared as lower-cased ASCII
    /// with ":" trimmed off its ends, as `lowercased()` and the trim would compare it: no
    /// introducer has a letter that a non-ASCII character lower-cases to, so a word with one is
    /// none. This runs on every line that passes the initial gate: no string is made for it.
    static func introducer(before space: String.Index, in text: String) -> String? {
        let length = text.utf8.distance(from: text.startIndex, to: space)
        return text.withBorrowedUTF8 { bytes -> String? in
            var start = 0, end = length
            while end > 0, bytes[end &- 1] == UInt8(ascii: ":") { end &-= 1 }
            while start < end, bytes[start] == UInt8(ascii: ":") { start &+= 1 }
            guard end &- start >= 2, end &- start <= 5 else { return nil }
            var key: UInt64 = 0
            for i in start..<end {
                let b = bytes[i]
                guard b < 0x80 else { return nil }
                key = key << 8 | UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            }
            guard let index = introducerKeys.firstIndex(of: key) else { return nil }
            return introducers[index]
        }
    }

    /// Each introducer's bytes packed into an integer, as `introducer(before:in:)` packs a word.
    static let introducerKeys: [UInt64] = introducers.map { $0.utf8.reduce(0) { $0 << 8 | UInt64($1) } }

    /// A photographer's credit at the top of a feature: "Photos by Lars Holm", "Photography by …".
    public static func isPhotoCredit(_ text: String) -> Bool {
        creditedBy(text, photographerRoles) != nil
    }

    /// True when the second word is "by": the first space within 14 bytes, then "by " or "By ".
    static func hasByAfterFirstWord(_ text: String) -> Bool {
        text.withBorrowedUTF8 { hasByAfterFirstWord($0) }
    }

    static func hasByAfterFirstWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var state = 0  // 0: first word, 1: after the space, 2: after "b"
        var count = 0
        for b in bytes {
            count += 1
            switch state {
            case 0:
                if b == 0x20 { state = 1 } else if count > 14 { return false }
            case 1:
                guard b == UInt8(ascii: "b") || b == UInt8(ascii: "B") else { return false }
                state = 2
            case 2:
                guard b == UInt8(ascii: "y") else { return false }
                state = 3
            default:
                return b == 0x20
            }
        }
        return false
    }

    /// "<Role> by Names" with one of `roles` and a short list of capitalised names after "by".
    static func creditedBy(_ text: String, _ roles: [String]) -> String? {
        // Cheap gate, as this runs on every line: " by " within the first 14 bytes ("Photography by ").
        guard let first = text.firstByte, first >= 0x41, hasByAfterFirstWord(text), text.hasAtMost(80) else { return nil }
        let words = text.words
        guard words.count >= 3 else { return nil }
        guard words[1].lowercased() == "by", roles.contains(words[0].lowercased()) else { return nil }
        // "Story by Jane Doe; photos by John Roe": the writers end where the next role's credit begins.
        let credited = words.dropFirst(2).joined(separator: " ")
        let rest = credited.split(separator: ";").first.map { String($0).trimmingWhitespace() } ?? credited
        return looksLikeNameList(rest) ? rest : nil
    }

    /// True for a short line that is only names (a byline without "By"), e.g. "ANTTI AUTIO, HETA HASSINEN".
    public static func looksLikeNameList(_ text: String) -> Bool {
        // "futurezone/KN": an outlet's handle may be lower-case, so only slash-free lines take the shortcut.
        guard text.hasAtMost(80), text.hasByte(UInt8(ascii: "/")) || !hasLowercaseWord(text) else { return false }
        guard text.hasAtMost(80), !text.endsLikeSentence || text.closes(with: ".no") || text.closes(with: ".com") else { return false }
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," })
        guard (1...12).contains(tokens.count) else { return false }
        var capitalised = 0
        for token in tokens {
            let lower = token.lowercased()
            if joiners.contains(lower) || token == "/" || token == "|" { continue }
            // A capitalised word counts as a name's; "van" or "d'Emilio" is passed over, not counted.
            guard String(token).startsUppercase || token.contains("/") else {
                if isNameParticle(token) { continue }
                return false
            }
            if token.contains(":") || token.contains("(") { return false }
            capitalised += 1
        }
        if tokens.count == 1 { return tokens[0].contains("/") }
        return capitalised >= 2 || text.contains("/")
    }

    /// True when a word other than a joiner ("and", "und", "og"…) or a name particle ("van",
    /// "d'Emilio") starts with a lower-case ASCII letter: then the line is not a list of names. A
    /// byte scan, before any String work.
    static func hasLowercaseWord(_ text: String) -> Bool {
        var atWordStart = true
        var word: [UInt8] = []
        var inLowercaseWord = false
        func allowed(_ word: [UInt8]) -> Bool {
            joinerBytes.contains(word) || particleBytes.contains(word) || isApostropheName(word[...])
        }
        for b in text.utf8 {
            if b == 0x20 || b == 0x2C {
                if inLowercaseWord, !allowed(word) { return true }
                atWordStart = true
                inLowercaseWord = false
                word.removeAll(keepingCapacity: true)
                continue
            }
            if atWordStart { inLowercaseWord = b >= 0x61 && b <= 0x7A }
            if inLowercaseWord { word.append(b) }
            atWordStart = false
        }
        return inLowercaseWord && !allowed(word)
    }

    /// A particle written in lower case inside a name: "van", "de", or one glued on with an
    /// apostrophe before a capital ("d'Emilio", "dell’Acqua").
    static func isNameParticle(_ token: Substring) -> Bool {
        particles.contains(token.lowercased()) || isApostropheName(Array(token.utf8)[...])
    }

    static func isApostropheName(_ word: ArraySlice<UInt8>) -> Bool {
        guard let mark = word.firstIndex(where: { $0 == 0x27 || $0 == 0xE2 }), mark > word.startIndex else { return false }
        // "'" or "’" (E2 80 99), then a capital.
        let after = word[mark] == 0x27 ? mark + 1 : mark + 3
        if word[mark] == 0xE2, !(mark + 2 < word.endIndex && word[mark + 1] == 0x80 && word[mark + 2] == 0x99) { return false }
        return after < word.endIndex && word[after] >= 0x41 && word[after] <= 0x5A
    }

    static let joinerBytes: Set<[UInt8]> = Set(joiners.map { Array($0.utf8) })
    static let particleBytes: Set<[UInt8]> = Set(particles.map { Array($0.utf8) })

    /// A byline without "By" on a line of its own: names ("ANTTI AUTIO, HETA HASSINEN"), names and
    /// the city filed from ("Jane Doe in London"), or an agency's name alone ("AFP").
    public static func looksLikeBareByline(_ text: String) -> Bool {
        if looksLikeNameList(text) { return true }
        if text.hasAtMost(8), agencyNames.contains(text.lowercased()) { return true }
        guard text.hasAtMost(60), let (names, place) = location(in: text) else { return false }
        return names.count <= 4 && looksLikeNameList(names.joined(separator: " "))
            && (1...3).contains(place.count) && place.allSatisfy { String($0).startsUppercase }
    }

    /// News agencies, lower-cased: they sign stories alone ("AFP"), name themselves in datelines
    /// ("STOCKHOLM (TT)", "TOKYO, Dec. 2 Kyodo -") and sign off ("--IANS"). Not all of them are
    /// `affiliationWords`: "Bloomberg" or "Li Xinhua" can be a person's name in a byline.
    static let agencyNames: Set<String> = ["ap", "afp", "reuters", "dpa", "ansa", "efe", "xinhua", "kyodo", "bloomberg", "aap",
                                           "tass", "yonhap", "anp", "ntb", "stt", "tt", "ritzau", "apa", "sda", "belga", "lusa",
                                           "pap", "ctk", "mti", "anadolu", "interfax", "upi", "pti", "ians"]

    /// True for the second line of a byline: a title or affiliation ("AP Sports Writer", "Associated Press"),
    /// or where the writer filed from ("Reporting from London").
    public static func isAffiliationLine(_ text: String) -> Bool {
        guard text.hasAtMost(60), !text.endsLikeSentence, text.startsUppercase else { return false }
        if text.hasPrefix("Reporting from "), text.dropFirst(15).first?.isUppercase == true { return true }
        let words = text.words
        guard (1...6).contains(words.count) else { return false }
        if words.first == "The", words.count >= 2 { return true }  // "The Canadian Press"
        return words.contains { affiliationWords.contains($0.lowercased().trimmingCharacters(in: ",")) }
    }

    /// A bare outlet or title written straight under a byline ("Bloomberg", "Staff Writer"):
    /// a few capitalised words, no digits (a date is not an affiliation), no sentence.
    public static func isBareAffiliation(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isUppercase,
              text.hasAtMost(40), !text.endsLikeSentence, !text.closes(with: ":") else { return false }
        guard !text.hasDigit else { return false }
        let words = text.words
        return (1...4).contains(words.count) && words.allSatisfy { $0.first.map { $0.isUppercase || !$0.isLetter } ?? false }
    }

    /// The people credited by a byline, without affiliation; ALL-CAPS names title-cased.
    /// An agency-only byline ("The Associated Press", "dpa correspondents") gives the agency as written.
    public static func authors(from byline: String) -> [String] {
        // "Name / Outlet" and "Name | Outlet": the part after the separator is the affiliation.
        var text = byline
        // "Name / Outlet", "Name | Outlet", "Name; photos by …": what follows is not the writers.
        for separator in [" / ", " | ", ";"] {
            if let before = text.prefix(before: separator) { text = String(before) }
        }
        // "Name - Staff Writer": a spaced dash too (searched for only when a dash byte is there).
        if text.hasByte(UInt8(ascii: "-")) || text.hasByte(0xE2) {
            for separator in [" - ", " – ", " — "] {
                if let before = text.prefix(before: separator) { text = String(before) }
            }
        }
        // "Jane Doe @janedoe": a social handle after a name is not part of it (a byte test first:
        // this runs for every byline).
        if text.containsCharacter(ascii: UInt8(ascii: "@")) {
            let words = text.split(separator: " ")
            if words.contains(where: { !$0.hasPrefix("@") }) {
                text = words.filter { !$0.hasPrefix("@") }.joined(separator: " ")
            }
        }
        // "Jane Doe (AP)": a parenthesised outlet after the names.
        if text.closes(with: ")"), let open = text.lastIndex(of: "("), open > text.startIndex {
            text = String(text[..<open]).trimmingWhitespace()
        }
        let parts = text.splitOnCommas().filter { !$0.isEmpty }
        var names: [String] = []
        for (index, part) in parts.enumerated() {
            let candidates = splitOnJoiners(part).map(droppingLocation).map(droppingAgencySuffix)
            if index == 0 {
                names += candidates
            } else if candidates.allSatisfy({ isPersonName($0) && !endsLikeOrganisation($0) }) {
                names += candidates
            } else {
                break  // the rest is affiliation ("Associated Press", "Michigan State University")
            }
        }
        let people = names.filter(isPersonName)
        if people.isEmpty {
            // Agency-only byline: the agency is the author, without a trailing role word.
            guard let first = names.first else { return [] }
            return [first]
        }
        return people.map { $0.titleCasedName() }
    }

    /// "Anna Svensson/TT" → "Anna Svensson": an agency after a slash ends a person's name (a
    /// one-word credit such as "futurezone/KN" stays as it is: it names no person).
    static func droppingAgencySuffix(_ name: String) -> String {
        guard let slash = name.lastIndex(ofByte: UInt8(ascii: "/")), name.hasByte(0x20) else { return name }
        let agency = String(name[name.index(after: slash)...])
        let person = String(name[..<slash]).trimmingWhitespace()
        guard person.wordCount >= 2, agencyNames.contains(agency.lowercased()) || (agency.isAllCaps && (2...6).contains(agency.utf8.count))
        else { return name }
        return person
    }

    /// "Jane Doe in London" → "Jane Doe": where a writer filed from is not part of the name.
    static func droppingLocation(_ name: String) -> String {
        location(in: name).map { $0.names.joined(separator: " ") } ?? name
    }

    /// The words before " in " and the capitalised words after it, when a name (two words or more)
    /// is followed by where it was filed from: "Jane Doe in London", "John Roe in New York".
    static func location(in text: String) -> (names: ArraySlice<Substring>, place: ArraySlice<Substring>)? {
        guard text.byteOffset(of: " in ") != nil else { return nil }
        let words = text.split(separator: " ")
        guard words.count >= 4, let at = words.dropFirst(2).firstIndex(of: "in"), at + 1 < words.count,
              String(words[at + 1]).startsUppercase else { return nil }
        return (words[..<at], words[(at + 1)...])
    }

    /// "Coastline Press", "Example News": after a comma these name an outlet, not a person.
    static func endsLikeOrganisation(_ text: String) -> Bool {
        text.words.last.map { organisationTails.contains($0.lowercased()) } ?? false
    }

    static let organisationTails: Set<String> = ["press", "news", "wire", "agency", "times", "post", "media", "daily", "report", "network"]

    /// Name particles written in lower case: "van", "de", "bin"…
    static let particles: Set<String> = ["van", "von", "de", "der", "den", "la", "le", "da", "di", "del", "bin", "al", "du", "ter", "y"]

    static func splitOnJoiners(_ text: String) -> [String] {
        var result: [String] = []
        var current: [Substring] = []
        for word in text.words {
            // Joiners are at most six bytes; an ASCII word keeps its length when lower-cased.
            let mayJoin = word.utf8.count <= 6 || word.utf8.contains { $0 >= 0x80 }
            if mayJoin, joiners.contains(word.lowercased()) {
                if !current.isEmpty { result.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(word)
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        return result
    }

    /// A person's name: 1–5 capitalised words (particles such as "van", "de", "bin" allowed), no affiliation word.
    static func isPersonName(_ text: String) -> Bool {
        let words = text.words
        guard (2...5).contains(words.count) || (words.count == 1 && text.contains("/")) else { return false }
        if words.count == 1 { return true }
        if words[0] == "The" { return false }
        for word in words {
            let lower = word.lowercased()
            if affiliationWords.contains(lower) { return false }
            if particles.contains(lower) { continue }
            // "d'Emilio", "O'Brien": a particle glued on with an apostrophe.
            if String(word).startsUppercase { continue }
            let afterApostrophe = word.split(whereSeparator: { $0 == "'" || $0 == "’" }).last.map(String.init) ?? ""
            if !afterApostrophe.startsUppercase { return false }
        }
        return true
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let chars = set.unicodeScalars
        var s = unicodeScalars[...]
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        if s.count == unicodeScalars.count { return self }
        return String(String.UnicodeScalarView(s))
    }
}

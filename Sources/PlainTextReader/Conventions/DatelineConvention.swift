import ArticleModel
import ByteScan

/// Datelines that open a first paragraph: "MOSCOW —", "NAIROBI, Kenya, Oct. 21 —", "LONDON (Reuters) -",
/// "Paris (AFP) -", "ATLANTA (AP) _", "Jan 30 (Reuters) -", "(ANSA) - Rome, October 11 -",
/// "MARLBOROUGH, Mass.--(BUSINESS WIRE)--Dec 5, 2024--".
public enum DatelineConvention {
    /// How far into a paragraph a dateline may reach.
    static let maxPrefixScalars = 110

    struct Separator { var start: String.Index; var end: String.Index }

    /// The dateline opening `paragraph`, if it has one.
    public static func parse(_ paragraph: String) -> Dateline? {
        if let colon = colonDateline(paragraph) { return colon }
        guard mayHoldDateline(paragraph) else { return dashlessAgencyDateline(paragraph) }
        if let slashed = slashedAgency(paragraph) { return slashed }
        guard let first = nextSeparator(in: paragraph, from: paragraph.startIndex) else { return nil }
        var prefix = String(paragraph[..<first.start]).trimmingWhitespace()
        var end = first.end
        var source: String? = nil
        var place: String? = nil
        var date: String? = nil

        if let agency = wholeParenthesized(prefix) {
            // "(ANSA) - Rome, October 11 - …": the agency comes first, the place in a second segment.
            source = agency
            if let second = nextSeparator(in: paragraph, from: first.end) {
                let segment = String(paragraph[first.end..<second.start]).trimmingWhitespace()
                if let parsed = placeAndDate(segment, requireCapsPlace: false), segment.hasAtMost(60) {
                    (place, date) = parsed
                    end = second.end
                }
            }
        } else {
            if prefix.closes(with: ")"), let open = prefix.lastIndex(ofByte: UInt8(ascii: "(")) {
                source = String(prefix[prefix.index(after: open)..<prefix.index(before: prefix.endIndex)]).trimmingWhitespace()
                prefix = String(prefix[..<open]).trimmingWhitespace()
            }
            if source == nil, let agency = trailingAgency(prefix) {
                // "SEOUL, Nov 26 AFP -": an agency tag after the date, without parentheses.
                source = agency.source
                prefix = agency.rest
            }
            if prefix.isEmpty {
                guard source != nil else { return nil }
            } else {
                guard let parsed = placeAndDate(prefix, requireCapsPlace: source == nil) else { return nil }
                (place, date) = parsed
            }
            // "PLACE--(SOURCE)--DATE--": press-release wires put the agency and date in further segments.
            if source == nil, let second = nextSeparator(in: paragraph, from: first.end) {
                let segment = String(paragraph[first.end..<second.start]).trimmingWhitespace()
                if let agency = wholeParenthesized(segment) {
                    source = agency
                    end = second.end
                    if let third = nextSeparator(in: paragraph, from: second.end) {
                        let dateSegment = String(paragraph[second.end..<third.start]).trimmingWhitespace()
                        if isDate(dateSegment) { date = dateSegment; end = third.end }
                    }
                }
            }
        }
        guard place != nil || source != nil || date != nil else { return nil }
        let text = String(paragraph[..<end]).trimmingWhitespace()
        return Dateline(text: text, place: place, date: date, source: source)
    }

    /// A cheap byte scan of the opening: a dateline needs a dash separator ("—", "–", "--", " - ",
    /// " _ ") or a slashed agency (" /x/") near the start; most paragraphs have none.
    static func mayHoldDateline(_ paragraph: String) -> Bool {
        // Every rule below fires at a dash, an underscore, a slash or the last byte of "—"/"–":
        // without one of those bytes in the opening, there is nothing to look at.
        let candidate: Bool = paragraph.withBorrowedUTF8 { b in
            let limit = Swift.min(b.count, maxPrefixScalars * 3 + 1)
            for i in 0..<limit where Self.separatorBytes.contains(b[i]) { return true }
            return false
        }
        return candidate && scanOpening(paragraph)
    }

    /// The opening scan itself, behind the byte gate of `mayHoldDateline`.
    static func scanOpening(_ paragraph: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        var count = 0
        for b in paragraph.utf8 {
            if count > maxPrefixScalars * 3 { return false }
            // — is E2 80 94 and – is E2 80 93 (curly quotes share the E2 80 start).
            if (b == 0x94 || b == 0x93) && previous == 0x80 && beforePrevious == 0xE2 { return true }
            // "Madrid, 24 nov (EFE).- …": Spanish wires close the agency with a full stop and a dash.
            if b == UInt8(ascii: "-") && previous == UInt8(ascii: ".") && beforePrevious == UInt8(ascii: ")") { return true }
            beforePrevious = previous
            if b == UInt8(ascii: "-") && (previous == UInt8(ascii: " ") || previous == UInt8(ascii: "-")) { return true }
            if b == UInt8(ascii: "-") && previous == UInt8(ascii: ")") { return true }
            if b == UInt8(ascii: "_") && previous == UInt8(ascii: " ") { return true }
            if b == UInt8(ascii: "/") && previous == UInt8(ascii: " ") { return true }
            previous = b
            count += 1
        }
        return false
    }

    /// The bytes at which `mayHoldDateline` can answer yes.
    static let separatorBytes = ByteSet(bytes: [0x2D, 0x5F, 0x2F, 0x93, 0x94])

    /// Finds the next dash separator: "—"/"–" (spaced or not), "--", " - " or " _ ".
    static func nextSeparator(in text: String, from start: String.Index) -> Separator? {
        // Works on UTF-8 bytes: "—" is E2 80 94, "–" is E2 80 93; the rest is ASCII. Offsets into
        // the contiguous bytes (the UTF-8 view's index walk cost about 30 instructions a byte).
        let u = text.utf8
        let from = u.distance(from: u.startIndex, to: start)
        let found: (start: Int, end: Int)? = text.withBorrowedUTF8 { b in
            let n = b.count
            func skippingSpaces(_ at: Int) -> Int {
                var after = at
                while after < n, b[after] == 0x20 { after &+= 1 }
                return after
            }
            var i = from
            var scanned = 0
            var previous: UInt8 = i > 0 ? b[i - 1] : 0
            let raw = UnsafeRawPointer(b.baseAddress)
            while i < n, scanned < maxPrefixScalars * 3 {
                // A separator is found at a dash, an underscore or the lead byte of "—"/"–": eight
                // bytes without any are passed at once.
                if let raw, i &+ 8 <= n {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if ByteWords.has(word, 0x2D) | ByteWords.has(word, 0x5F) | ByteWords.has(word, 0xE2) == 0 {
                        previous = b[i &+ 7]
                        i &+= 8
                        scanned &+= 8
                        continue
                    }
                }
                let c = b[i]
                let next = i + 1
                var sepEnd = -1
                if c == 0xE2, next < n, b[next] == 0x80 {
                    let third = next + 1
                    if third < n, b[third] == 0x94 || (b[third] == 0x93 && previous == 0x20) { sepEnd = third + 1 }
                } else if c == 0x2D, next < n, b[next] == 0x2D {
                    sepEnd = next + 1
                } else if c == 0x2D || c == 0x5F, previous == 0x20, next < n, b[next] == 0x20 {
                    sepEnd = next
                } else if c == 0x2D, previous == 0x2E, next < n, b[next] == 0x20, i - 1 >= from, i - 1 > 0, b[i - 2] == 0x29 {
                    // ").-": the separator starts at the full stop after the agency.
                    return (i - 1, skippingSpaces(next))
                }
                if sepEnd >= 0 { return (i, skippingSpaces(sepEnd)) }
                previous = c
                i = next
                scanned += 1
            }
            return nil
        }
        guard let found else { return nil }
        return Separator(start: u.index(u.startIndex, offsetBy: found.start), end: u.index(u.startIndex, offsetBy: found.end))
    }

    /// "New Delhi, Nov 24 (PTI) The government …": Indian wires close the dateline with the agency in
    /// parentheses and no dash. Only with a place and a date before an all-capitals agency, then a capital.
    static func dashlessAgencyDateline(_ paragraph: String) -> Dateline? {
        let u = paragraph.utf8
        if u.first == UInt8(ascii: "(") { return leadingAgency(paragraph) }
        guard let open = paragraph.firstIndex(ofByte: UInt8(ascii: "("), within: 70),
              let (agency, close) = capsAgency(in: u, at: open, spaceRequired: true) else { return nil }
        let prefix = String(Substring(u[..<open])).trimmingWhitespace()
        let text = String(Substring(u[...close]))
        if let (place, date) = placeAndDate(prefix, requireCapsPlace: false), place != nil, date != nil {
            return Dateline(text: text, place: place, date: date, source: agency)
        }
        // "STOCKHOLM (TT) …": a place in capitals and a news agency's name, no date.
        if prefix.isAllCaps, !prefix.hasDigit, prefix.wordCount <= 3, isPlacePart(prefix), BylineConvention.agencyNames.contains(agency.lowercased()) {
            return Dateline(text: text, place: prefix, date: nil, source: agency)
        }
        // "MADRID, 5 (EUROPA PRESS) …": Spanish wires give only the day of the month after a capitals place.
        guard let comma = prefix.lastIndex(ofByte: UInt8(ascii: ",")) else { return nil }
        let place = String(prefix[..<comma]).trimmingWhitespace()
        let day = String(prefix[prefix.index(after: comma)...]).trimmingWhitespace()
        guard let number = Int(day), (1...31).contains(number), day.utf8.count <= 2,
              place.isAllCaps, isPlacePart(place) else { return nil }
        return Dateline(text: text, place: place, date: day, source: agency)
    }

    /// "(CNN)The president …": a broadcaster's name in capitals in parentheses opens the story.
    static func leadingAgency(_ paragraph: String) -> Dateline? {
        guard let (agency, _) = capsAgency(in: paragraph.utf8, at: paragraph.utf8.startIndex, spaceRequired: false) else { return nil }
        return Dateline(text: "(" + agency + ")", place: nil, date: nil, source: agency)
    }

    /// "(PTI) The …" at `open`: 2–8 capital letters in parentheses that are not a flag, then (after a
    /// space, which may be required) a capital opening the story. Returns the agency and the ")".
    static func capsAgency(in u: String.UTF8View, at open: String.Index, spaceRequired: Bool) -> (String, String.Index)? {
        guard let close = u[open...].prefix(18).firstIndex(of: UInt8(ascii: ")")) else { return nil }
        let agency = String(Substring(u[u.index(after: open)..<close]))
        // One word of 2–8 capitals ("PTI", "CNN"), or two ("EUROPA PRESS").
        let words = agency.split(separator: " ", omittingEmptySubsequences: false)
        guard (1...2).contains(words.count), words.allSatisfy({ (2...8).contains($0.utf8.count) && $0.utf8.allSatisfy({ (0x41...0x5A).contains($0) }) }),
              !colonFlags.contains(agency) else { return nil }
        var next = u.index(after: close)
        if next < u.endIndex, u[next] == 0x20 { next = u.index(after: next) } else if spaceRequired { return nil }
        guard next < u.endIndex, (0x41...0x5A).contains(u[next]) else { return nil }
        return (agency, close)
    }

    /// Words that open a first paragraph with a colon without being a place ("BREAKING: …").
    static let colonFlags: Set<String> = ["BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "CORRECTION", "ANALYSIS", "NOTE", "REFILE",
                                          "CORRECTED", "REPEAT", "RPT", "ADVISORY", "FEATURE", "INSIGHT", "FACTBOX", "COLUMN",
                                          "WATCH", "LIVE", "OPINION", "EDITORIAL", "REVIEW", "ALERT", "FLASH", "URGENT", "EILMELDUNG"]

    /// "NEW DELHI: The government…": an ALL-CAPS place (with an optional region or date after
    /// commas) and a colon, as South Asian and some European wires write datelines.
    static func colonDateline(_ paragraph: String) -> Dateline? {
        guard let colon = paragraph.firstIndex(ofByte: UInt8(ascii: ":"), within: 60),
              paragraph.utf8.index(after: colon) < paragraph.utf8.endIndex,
              paragraph.utf8[paragraph.utf8.index(after: colon)] == 0x20 else { return nil }
        let text = String(Substring(paragraph.utf8[..<colon]))
        // "OSLO (NTB): …": the agency in parentheses before the colon.
        var prefix = text
        var source: String? = nil
        if text.closes(with: ")"), let open = text.lastIndex(ofByte: UInt8(ascii: "(")), open > text.startIndex {
            let agency = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingWhitespace()
            guard !agency.isEmpty, agency.hasAtMost(24), agency.startsUppercase, !agency.contains("(") else { return nil }
            source = agency
            prefix = String(text[..<open]).trimmingWhitespace()
        }
        // Without an agency only a place in capitals is a dateline ("NEW DELHI: …"); with one, as
        // with a dash, any capitalised place ("Oslo (NTB): …").
        guard let firstPart = prefix.split(separator: ",").first, source != nil || String(firstPart).isAllCaps,
              !colonFlags.contains(String(firstPart).trimmingWhitespace().uppercased()),
              let (place, date) = placeAndDate(prefix, requireCapsPlace: source == nil), place != nil else { return nil }
        return Dateline(text: text + ":", place: place, date: date, source: source)
    }

    /// "København /ritzau/: …": the agency between slashes, then a colon or dash.
    static func slashedAgency(_ paragraph: String) -> Dateline? {
        // 60 scalars take at most 240 bytes: without a "/" byte there, there is no slashed agency.
        guard paragraph.hasByte(UInt8(ascii: "/"), within: 240) else { return nil }
        let head = paragraph.unicodeScalars.prefix(60)
        guard let open = head.firstIndex(of: "/"), open > paragraph.startIndex,
              paragraph.unicodeScalars[paragraph.unicodeScalars.index(before: open)] == " " else { return nil }
        let afterOpen = paragraph.unicodeScalars.index(after: open)
        guard let close = paragraph.unicodeScalars[afterOpen...].prefix(24).firstIndex(of: "/") else { return nil }
        let agency = String(paragraph[afterOpen..<close])
        guard !agency.isEmpty, !agency.contains(" ") else { return nil }
        var end = paragraph.unicodeScalars.index(after: close)
        let rest = paragraph.unicodeScalars[end...]
        if rest.first == ":" { end = paragraph.unicodeScalars.index(after: end) }
        // "MOSCOW, December 1. /TASS/. …": a full stop after the agency, then the story.
        else if rest.first == ".", rest.dropFirst().first == " " { end = paragraph.unicodeScalars.index(after: end) }
        else if let sep = nextSeparator(in: paragraph, from: end), paragraph.distance(from: end, to: sep.start) <= 1 { end = sep.end }
        else { return nil }
        var placeText = String(paragraph[..<open]).trimmingWhitespace()
        if placeText.closes(with: "."), isDate(String(placeText.split(separator: ",").last ?? "")) { placeText.removeLast() }
        guard let (place, date) = placeAndDate(placeText, requireCapsPlace: false) else { return nil }
        return Dateline(text: String(paragraph[..<end]).trimmingWhitespace(), place: place, date: date, source: agency)
    }

    /// Splits "SEOUL, Nov 26 AFP" into the agency "AFP" and the rest, when a date precedes the tag.
    static func trailingAgency(_ prefix: String) -> (source: String, rest: String)? {
        guard let space = prefix.lastIndex(ofByte: 0x20) else { return nil }
        let tag = String(prefix[prefix.index(after: space)...])
        let rest = String(prefix[..<space]).trimmingWhitespace()
        // In capitals, or an agency that writes its name so ("TOKYO, Dec. 2 Kyodo -").
        guard tag.isAllCaps || BylineConvention.agencyNames.contains(tag.lowercased()), (2...6).contains(tag.count),
              let lastPart = rest.split(separator: ",").last,
              isDate(String(lastPart).trimmingWhitespace()) else { return nil }
        return (tag, rest)
    }

    static func wholeParenthesized(_ text: String) -> String? {
        guard text.opens(with: "("), text.closes(with: ")"), text.count > 2 else { return nil }
        let inner = String(text.dropFirst().dropLast()).trimmingWhitespace()
        guard !inner.contains("("), inner.hasAtMost(40) else { return nil }
        return inner
    }

    /// Splits "NAIROBI, Kenya, Oct. 21" into place "NAIROBI, Kenya" and date "Oct. 21".
    static func placeAndDate(_ text: String, requireCapsPlace: Bool) -> (String?, String?)? {
        let parts = text.splitOnCommas()
        guard !parts.isEmpty, parts.count <= 5 else { return nil }
        var placeParts: [String] = []
        var dateParts: [String] = []
        for part in parts {
            if isDate(part) {
                dateParts.append(part)
            } else if !dateParts.isEmpty {
                return nil  // after the date only more of the date ("Nov. 30, 2026"), not story text
            } else if dateParts.isEmpty, let (head, date) = placeStopDate(part) {
                placeParts.append(head)
                dateParts.append(date)
            } else {
                guard isPlacePart(part) else { return nil }
                placeParts.append(part)
            }
        }
        // A place in ordinary case is still a dateline when a date follows it ("Washington DC, 24 November 2026 –"),
        // if every word is capitalised and it does not open like a sentence ("On Monday, Nov 24 –").
        if requireCapsPlace, !dateParts.isEmpty, let first = placeParts.first, !first.isAllCaps {
            let words = first.words
            guard words.allSatisfy({ $0.first?.isUppercase ?? false }), let opener = words.first,
                  !sentenceOpeners.contains(String(opener)) else { return nil }
        }
        if requireCapsPlace && dateParts.isEmpty {
            guard let first = placeParts.first, first.isAllCaps || first.unicodeScalars.filter({ $0.properties.isAlphabetic }).count == 0 else {
                return nil
            }
        }
        let place = placeParts.isEmpty ? nil : placeParts.joined(separator: ", ")
        let date = dateParts.isEmpty ? nil : dateParts.joined(separator: ", ")
        return (place, date)
    }

    /// "MOSCOW. Jan 5": a full stop between the place and the date (Interfax). The place has no full
    /// stop of its own, so "D.C. Jan 5" or "St. Louis" is not split.
    static func placeStopDate(_ part: String) -> (String, String)? {
        guard let before = part.prefix(before: ". ") else { return nil }
        let head = String(before)
        let tail = String(part[part.utf8.index(before.endIndex, offsetBy: 2)...]).trimmingWhitespace()
        guard !head.contains("."), head.isAllCaps, isPlacePart(head), isDate(tail) else { return nil }
        return (head, tail)
    }

    static let sentenceOpeners: Set<String> = ["On", "In", "At", "By", "For", "From", "Since", "Until", "After", "Before", "During",
                                               "Last", "This", "Next", "Early", "Late", "The", "A", "An", "Also", "But", "And", "So"]

    static func isPlacePart(_ text: String) -> Bool {
        let words = text.words
        guard (1...4).contains(words.count), text.hasAtMost(40), text.startsUppercase else { return false }
        return !text.containsCharacter(ascii: UInt8(ascii: ":")) && !text.containsCharacter(ascii: UInt8(ascii: "\""))
            && !(text.hasNonASCII && text.contains("“"))
    }

    /// Month names and abbreviations of the languages read, to their numbers.
    static let monthNumbers: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "tammikuuta", "januari"],
            ["february", "feb", "februar", "février", "févr", "fév", "febrero", "febbraio", "helmikuuta", "februari"],
            ["march", "mar", "märz", "mrz", "mars", "marzo", "maaliskuuta", "maart"],
            ["april", "apr", "avril", "avr", "abril", "aprile", "huhtikuuta"],
            ["may", "mai", "mayo", "maggio", "toukokuuta", "mei", "maj"],
            ["june", "jun", "juni", "juin", "junio", "giugno", "kesäkuuta"],
            ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "heinäkuuta"],
            ["august", "aug", "août", "agosto", "ago", "elokuuta", "augusti", "augustus"],
            ["september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "syyskuuta"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "lokakuuta"],
            ["november", "nov", "novembre", "noviembre", "marraskuuta"],
            ["december", "dec", "dezember", "dez", "décembre", "déc", "diciembre", "dic", "dicembre", "joulukuuta"],
        ]
        var table: [String: Int] = [:]
        for (index, words) in names.enumerated() { for word in words { table[word] = index + 1 } }
        return table
    }()
    static let months: Set<String> = Set(monthNumbers.keys)
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    ]

    /// "Oct. 21", "Jan 30", "October 11", "2024", "Monday", "21.10.2024".
    static func isDate(_ text: String) -> Bool {
        let words = text.words
        guard (1...4).contains(words.count) else { return false }
        var hasMonth = false, hasNumber = false, hasWeekday = false
        for word in words {
            let bare = word.lowercased().trimmingCharacters(in: ".,")
            if months.contains(bare) { hasMonth = true }
            else if weekdays.contains(bare) { hasWeekday = true }
            else if bare.unicodeScalars.allSatisfy({ ($0.value >= 0x30 && $0.value <= 0x39) || $0 == "." || $0 == "/" }) && !bare.isEmpty {
                hasNumber = true
            } else { return false }
        }
        if hasMonth || hasWeekday { return true }
        // A bare year or a numeric date such as 21.10.2024.
        return hasNumber && words.count == 1 && text.unicodeScalars.filter({ $0.properties.numericType != nil }).count >= 4
    }
}

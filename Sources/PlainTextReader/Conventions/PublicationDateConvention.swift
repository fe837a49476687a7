import ArticleModel

/// A line under the headline that only dates the article, read into RFC 3339 for `meta.date`:
/// "November 30, 2026", "30. November 2026", "30 de noviembre de 2026", "Monday, Nov. 30, 2026",
/// "Published: 30 November 2026, 14:05 GMT", "Published Nov. 30, 2026 at 9:15 a.m. | Updated …",
/// "2026-11-30". Only the first date of a line counts (a "| Updated …" part is left alone); a
/// time keeps its zone when the line names one with a fixed offset (GMT, UTC, CET, EST…), is
/// given without a zone when the line names none, and is left out when the zone has no single
/// offset ("ET" and "PT" move with the season, "CST" names several), so that the article never
/// gets a wrong instant.
public enum PublicationDateConvention {
    public static func parse(_ line: String) -> String? {
        // Cheap gate (this runs on every header line): short, with a digit, and opening with a digit
        // or with a word a date line opens with (a label, a weekday or a month).
        guard line.hasAtMost(120), line.hasDigit, let first = line.firstByte else { return nil }
        if !(first >= 0x30 && first <= 0x39) {
            let word = line.prefix(while: { $0 != " " && $0 != "," }).lowercased().trimmingCharacters(in: ":.")
            guard labels.contains(word) || DatelineConvention.monthNumbers[word] != nil || DatelineConvention.weekdays.contains(word) else {
                return nil
            }
        }
        var text = line
        if let published = text.prefix(before: " | ") { text = String(published) }
        var tokens = text.split(whereSeparator: { $0 == " " || $0 == "," }).map { String($0) }
        // A label, then perhaps a weekday: "Published:", "Veröffentlicht am", "Publié le", "Monday,".
        while let first = tokens.first {
            let word = first.lowercased().trimmingCharacters(in: ":.")
            guard labels.contains(word) || DatelineConvention.weekdays.contains(word) else { break }
            tokens.removeFirst()
        }
        guard !tokens.isEmpty else { return nil }
        // ISO 8601 already ("2026-11-30", "2026-11-30 14:05"): kept as written, as front matter's is.
        if tokens.count <= 2, Timestamp.dateTime(tokens.joined(separator: " ")) != nil { return tokens.joined(separator: " ") }
        // "24.11.2026": day, month and year with full stops, as German and Nordic papers write them
        // ("2.12.2026 klo 10.15" with a time).
        if let date = numericDate(tokens[0]) { return stamp(date, Array(tokens.dropFirst())) }
        // Connecting words of the languages read: "30 de noviembre de 2026", "am 30. November".
        tokens.removeAll { fillers.contains($0.lowercased()) }
        guard let (year, month, day, used) = calendarDate(tokens) else { return nil }
        return stamp("\(year)-\(twoDigits(month))-\(twoDigits(day))", Array(tokens[used...]))
    }

    /// The date with the time the `rest` of the line gives (none: the date alone), or nil when the
    /// rest is not a time.
    static func stamp(_ date: String, _ rest: [String]) -> String? {
        if rest.isEmpty { return date }
        guard let (hour, minute, zone) = time(rest) else { return nil }
        switch zone {
        case .none: return "\(date)T\(twoDigits(hour)):\(twoDigits(minute)):00"
        case .offset(let offset): return "\(date)T\(twoDigits(hour)):\(twoDigits(minute)):00\(offset)"
        case .unfixed: return date
        }
    }

    /// Year, month, day and how many tokens they took: month first ("Nov. 30 2026") or day first
    /// ("30. November 2026", "30 novembre 2026").
    static func calendarDate(_ tokens: [String]) -> (Int, Int, Int, Int)? {
        guard tokens.count >= 3 else { return nil }
        if let month = monthNumber(tokens[0]), let day = dayNumber(tokens[1]), let year = yearNumber(tokens[2]) {
            return valid(year, month, day) ? (year, month, day, 3) : nil
        }
        if let day = dayNumber(tokens[0]), let month = monthNumber(tokens[1]), let year = yearNumber(tokens[2]) {
            return valid(year, month, day) ? (year, month, day, 3) : nil
        }
        return nil
    }

    static func numericDate(_ token: String) -> String? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].utf8.count <= 2, parts[1].utf8.count <= 2, let day = Int(parts[0]), let month = Int(parts[1]),
              let year = yearNumber(String(parts[2])), (1...12).contains(month), (1...31).contains(day), valid(year, month, day) else { return nil }
        return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
    }

    /// No zone named; one with a single offset; one without ("ET" moves with the season, "CST" names several zones).
    enum Zone { case none, offset(String), unfixed }

    /// "14:05", "9:15 a.m.", "2:30 pm ET", "14.05 Uhr", "14h05 CET".
    static func time(_ tokens: [String]) -> (Int, Int, Zone)? {
        var rest = tokens[...]
        while let first = rest.first, ["at", "um", "à", "a", "alle", "ore", "klo", "kl."].contains(first.lowercased()) { rest = rest.dropFirst() }
        guard let clock = rest.first else { return nil }
        rest = rest.dropFirst()
        let parts = clock.lowercased().split(whereSeparator: { $0 == ":" || $0 == "." || $0 == "h" })
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), parts[1].count == 2, (0...23).contains(h), (0...59).contains(m) else {
            return nil
        }
        var hour = h
        if let marker = rest.first?.lowercased().trimmingCharacters(in: "."), ["a.m", "am", "p.m", "pm"].contains(marker) {
            guard (1...12).contains(h) else { return nil }
            hour = marker.hasPrefix("p") ? (h % 12) + 12 : h % 12
            rest = rest.dropFirst()
        } else if rest.first?.lowercased() == "uhr" {
            rest = rest.dropFirst()
        }
        guard let zoneName = rest.first else { return (hour, m, .none) }
        guard rest.count == 1 else { return nil }
        let name = zoneName.uppercased().trimmingCharacters(in: "().")
        if let offset = fixedZones[name] { return (hour, m, .offset(offset)) }
        if unfixedZones.contains(name) { return (hour, m, .unfixed) }
        return nil
    }

    static func monthNumber(_ token: String) -> Int? {
        DatelineConvention.monthNumbers[token.lowercased().trimmingCharacters(in: ".")]
    }

    static func dayNumber(_ token: String) -> Int? {
        var word = token.lowercased().trimmingCharacters(in: ".")
        for suffix in ["st", "nd", "rd", "th", "er"] where word.hasSuffix(suffix) { word.removeLast(suffix.count) }
        guard word.utf8.count <= 2, let day = Int(word), (1...31).contains(day) else { return nil }
        return day
    }

    static func yearNumber(_ token: String) -> Int? {
        let word = token.trimmingCharacters(in: ".")
        guard word.utf8.count == 4, let year = Int(word), (1900...2999).contains(year) else { return nil }
        return year
    }

    static func valid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static let labels: Set<String> = ["published", "posted", "updated", "date", "dated", "veröffentlicht",
                                      "publié", "publiée", "publicado", "publicada", "pubblicato", "julkaistu", "publisert", "publiceret",
                                      "publicerad", "first", "am", "le", "el", "il", "on"]
    static let fillers: Set<String> = ["de", "del", "of", "the"]

    /// Zone names with one offset; the others give no time.
    static let fixedZones: [String: String] = ["GMT": "Z", "UTC": "Z", "Z": "Z", "CET": "+01:00", "MEZ": "+01:00", "CEST": "+02:00",
                                               "MESZ": "+02:00", "EET": "+02:00", "EEST": "+03:00", "BST": "+01:00", "EST": "-05:00",
                                               "EDT": "-04:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00",
                                               "PDT": "-07:00", "JST": "+09:00", "KST": "+09:00", "HKT": "+08:00", "SGT": "+08:00",
                                               "AEST": "+10:00", "AEDT": "+11:00"]
    static let unfixedZones: Set<String> = ["ET", "CT", "MT", "PT", "AET", "CST", "IST"]  // the last two name several zones
}

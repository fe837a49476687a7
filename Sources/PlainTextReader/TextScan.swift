// Small text predicates shared by the conventions. They look at Unicode scalars or UTF-8 bytes,
// never at Characters, because grapheme breaking is the slow path in Swift strings.

extension String {
    /// The string without leading and trailing white space (Unicode white space included).
    func trimmingWhitespace() -> String {
        let s = unicodeScalars
        guard let first = s.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = s.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == s.startIndex && s.index(after: last) == s.endIndex { return self }
        return String(s[first...last])
    }

    /// Runs of white space folded into one ASCII space, ends trimmed.
    func collapsingWhitespace() -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in unicodeScalars {
            if s.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(s)
            }
        }
        return String(out)
    }

    /// Number of Unicode scalars: a cheap stand-in for the visible length of a line.
    var scalarCount: Int { unicodeScalars.count }

    /// Words separated by white space.
    var words: [Substring] { split(whereSeparator: { $0 == " " || $0 == "\t" }) }

    /// True when the text has letters and none of them is lower-case.
    var isAllCaps: Bool {
        var letters = 0
        for s in unicodeScalars where s.properties.isAlphabetic {
            if s.properties.isLowercase { return false }
            if s.properties.isUppercase { letters += 1 }
        }
        return letters >= 2
    }

    /// True when the first letter is upper-case.
    var startsUppercase: Bool {
        guard let first = unicodeScalars.first(where: { $0.properties.isAlphabetic }) else { return false }
        return first.properties.isUppercase
    }

    /// The last scalar that is not a closing quote or bracket.
    var lastSignificantScalar: Unicode.Scalar? {
        unicodeScalars.last(where: { !TextScan.closers.contains($0) })
    }

    /// Ends like a sentence: `.`, `!`, `?`, `…` (possibly inside closing quotes).
    var endsLikeSentence: Bool {
        guard let s = lastSignificantScalar else { return false }
        return s == "." || s == "!" || s == "?" || s == "…"
    }

    /// Ends with a closing quotation mark.
    var endsWithQuote: Bool {
        guard let s = unicodeScalars.last else { return false }
        return s == "\"" || s == "”" || s == "»" || s == "«" || s == "'" || s == "’"
    }

    /// Starts with an opening quotation mark.
    var startsWithQuote: Bool {
        guard let s = unicodeScalars.first else { return false }
        return TextScan.openingQuotes.contains(s)
    }

    /// Title-cases an ALL-CAPS name: "CHARLES O'NEIL-SMITH" → "Charles O'Neil-Smith". Mixed case is kept.
    func titleCasedName() -> String {
        guard isAllCaps else { return self }
        var out = String.UnicodeScalarView()
        var startOfWord = true
        for s in unicodeScalars {
            if s.properties.isAlphabetic {
                if startOfWord { out.append(s) } else { out.append(contentsOf: String(s).lowercased().unicodeScalars) }
                startOfWord = false
            } else {
                out.append(s)
                startOfWord = s == " " || s == "-" || s == "'" || s == "’" || s == "."
            }
        }
        return String(out)
    }
}

enum TextScan {
    static let closers: Set<Unicode.Scalar> = ["\"", "”", "’", "'", "»", "«", ")", "]", "›"]
    static let openingQuotes: Set<Unicode.Scalar> = ["\"", "“", "„", "«", "»", "‘", "'", "`", "‚", "‹"]
}

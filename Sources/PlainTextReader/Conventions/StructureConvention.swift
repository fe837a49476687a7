/// Block-level markers inside the body: section breaks, list items, block quotes and subheads.
public enum StructureConvention {
    /// An explicit section break: "* * *", "***", "###", "___", "---", "~~~" and longer runs.
    public static func isBreakMarker(_ text: String) -> Bool {
        var marker: Unicode.Scalar? = nil
        var count = 0
        for s in text.unicodeScalars {
            if s == " " { continue }
            guard s == "*" || s == "#" || s == "_" || s == "-" || s == "~" || s == "=" || s == "•" else { return false }
            if let m = marker, m != s { return false }
            marker = s
            count += 1
        }
        return count >= 3
    }

    public struct ListItem: Equatable, Sendable {
        public var ordered: Bool
        public var text: String
    }

    /// A list item whose marker is a bullet other than a dash, or a number: such items may stand
    /// a blank line apart and still make one list.
    public static func mayStandApart(_ item: String) -> Bool {
        guard let first = item.unicodeScalars.first else { return false }
        return first == "*" || first == "+" || isBullet(first) || first.properties.numericType != nil || first == "("
    }

    /// The same kind of marker: the same bullet, or both numbered.
    public static func sameMarker(_ a: String, _ b: String) -> Bool {
        guard let x = a.unicodeScalars.first, let y = b.unicodeScalars.first else { return false }
        if x == "*" || x == "+" || isBullet(x) || y == "*" || y == "+" || isBullet(y) { return x == y }
        return mayStandApart(a) && mayStandApart(b)
    }

    /// Lines of dialogue, not a list: every line opens with an en or em dash (the quotation dash of
    /// Nordic, Finnish, French or Spanish copy) and is a sentence of eight words or more. Items of
    /// a dashed list are short, or lack a closing full stop.
    public static func isDialogue(_ lines: [String]) -> Bool {
        lines.allSatisfy { line in
            guard let first = line.unicodeScalars.first, first == "–" || first == "—" else { return false }
            return line.endsLikeSentence && line.wordCount >= 9  // the dash is a word of its own
        }
    }

    /// A list item: "- item", "* item", "• item", "– item", "1. item", "1) item". Markers are dropped.
    public static func listItem(_ text: String) -> ListItem? {
        // Only a bullet ("-", "*", "+" or a non-ASCII one), "(", a letter a–z or a digit opens an
        // item: most paragraphs open with a capital and are out on their first byte.
        guard let firstByte = text.firstByte, listItemInitials.contains(firstByte) else { return nil }
        return listItemRule(text)
    }

    /// The list-item rule itself, behind the first-byte gate of `listItem`.
    static func listItemRule(_ text: String) -> ListItem? {
        let scalars = text.unicodeScalars
        guard let first = scalars.first else { return nil }
        if first == "-" || first == "*" || first == "–" || first == "+" || Self.isBullet(first) {
            let rest = scalars.dropFirst()
            guard let next = rest.first, next == " " || next == "\t" else { return nil }
            let item = String(String.UnicodeScalarView(rest)).trimmingWhitespace()
            return item.isEmpty ? nil : ListItem(ordered: false, text: item)
        }
        var i = scalars.startIndex
        // "(1) item", "(a) item", "a) item": the numbering of legal and policy texts.
        let opened = first == "("
        if opened { i = scalars.index(after: i) }
        if i < scalars.endIndex, ("a"..."z").contains(scalars[i]) {
            let close = scalars.index(after: i)
            guard close < scalars.endIndex, scalars[close] == ")" else { return nil }
            let space = scalars.index(after: close)
            guard space < scalars.endIndex, scalars[space] == " " else { return nil }
            let item = String(String.UnicodeScalarView(scalars[space...])).trimmingWhitespace()
            return item.isEmpty ? nil : ListItem(ordered: true, text: item)
        }
        var digits = 0
        while i < scalars.endIndex, scalars[i].properties.numericType != nil, scalars[i].value < 0x80 {
            digits += 1
            i = scalars.index(after: i)
        }
        guard (1...3).contains(digits), i < scalars.endIndex, scalars[i] == ")" || (scalars[i] == "." && !opened) else { return nil }
        let afterMarker = scalars.index(after: i)
        guard afterMarker < scalars.endIndex, scalars[afterMarker] == " " || scalars[afterMarker] == "\t" else { return nil }
        let item = String(String.UnicodeScalarView(scalars[afterMarker...])).trimmingWhitespace()
        return item.isEmpty ? nil : ListItem(ordered: true, text: item)
    }

    /// The first bytes that may open a list item (see `listItem`); every non-ASCII lead byte,
    /// for the bullets beyond ASCII.
    /// Bullet characters besides the ASCII ones and the en dash: dots, squares, triangles, arrows, ticks.
    static let bullets: Set<Unicode.Scalar> = ["•", "·", "▪", "◦", "‣", "■", "□", "►", "▸", "→", "✓", "✔", "○", "●"]

    /// One of `bullets`, by code point ranges first: most paragraphs open with a letter or a quote.
    @inline(__always) static func isBullet(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xB7, 0x2022...0x2023, 0x2192, 0x25A0...0x25EF, 0x2713...0x2714: return bullets.contains(s)
        default: return false
        }
    }

    static let listItemInitials = ByteSet("-*+(abcdefghijklmnopqrstuvwxyz0123456789").adding(0x80...0xFF)

    /// A Markdown-style block quote line ("> text"): the text without the marker.
    public static func quoteLine(_ text: String) -> String? {
        guard text.opens(with: ">") else { return nil }
        return String(text.dropFirst()).trimmingWhitespace()
    }

    /// A Markdown-style heading ("## Subhead"): the text without the hashes.
    public static func markdownHeading(_ text: String) -> (level: Int, text: String)? {
        var level = 0
        for s in text.unicodeScalars { if s == "#" { level += 1 } else { break } }
        guard (1...6).contains(level) else { return nil }
        let rest = text.unicodeScalars.dropFirst(level)
        guard rest.first == " " else { return nil }
        let heading = String(String.UnicodeScalarView(rest)).trimmingWhitespace()
        return heading.isEmpty ? nil : (level, heading)
    }

    /// A subhead in Markdown bold on a line of its own ("**The teams**"): the text without markers.
    public static func boldHeading(_ text: String) -> String? {
        guard let first = text.firstByte, first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else { return nil }
        for marker in ["**", "__"] where text.hasPrefix(marker) && text.hasSuffix(marker) && text.utf8.count > 4 {
            let inner = String(text.dropFirst(2).dropLast(2)).trimmingWhitespace()
            guard !inner.isEmpty, !inner.contains(marker), inner.hasAtMost(120) else { return nil }
            return inner
        }
        return nil
    }

    /// A subhead written as a plain line: short, no closing punctuation (or a question), not a quote.
    /// `allCaps` subheads ("TIP-INS", "1. BAHAMIANS BEGIN RESCUES") are accepted at any length up to 100.
    public static func looksLikeSubhead(_ text: String) -> Bool {
        guard text.utf8.count >= 2, text.hasAtMost(100) else { return false }
        if opensWithRunInLabel(text) { return false }
        if text.opens(with: "(") || text.opens(with: "[") || text.opens(with: "<") { return false }
        // A dash-led line is dialogue in many house styles, unless it is a short title-like phrase.
        if text.opens(with: "–") || text.opens(with: "-") || text.opens(with: "—") {
            guard text.wordCount <= 6, !text.endsLikeSentence else { return false }
        }
        guard let last = text.lastSignificantScalar else { return false }
        if text.isAllCaps {
            return last != "," && last != ";"
        }
        guard text.startsUppercase || text.unicodeScalars.first?.properties.numericType != nil else { return false }
        guard text.hasAtMost(90), text.wordCount <= 12 else { return false }
        if last == "-" || last == "—" || last == "–" { return false }
        if last == ".", endsWithAbbreviation(text) { return true }
        return last != "." && last != "," && last != ";" && last != ":" && last != "!" && last != "…"
    }

    /// Interview turns ("Q: …", "A: …") and links to other stories ("Related: …", "Read more: …")
    /// are text with a run-in label, not subheads, however short.
    static func opensWithRunInLabel(_ text: String) -> Bool {
        guard text.hasByte(UInt8(ascii: ":"), within: 12) || text.utf8.dropFirst().first == UInt8(ascii: ".") else { return false }
        let lower = text.lowercasedPrefix(12)
        return ["q:", "a:", "q.", "a.", "related:", "read more:", "see also:", "read also:", "more:", "watch:", "listen:"]
            .contains { lower.hasPrefix($0) }
    }

    /// Lines a web page puts between paragraphs and copy-paste carries along: ad slots.
    public static func isPageFurniture(_ text: String) -> Bool {
        guard text.hasAtMost(40) else { return false }
        return ["advertisement", "skip advertisement", "story continues below advertisement", "continue reading below",
                "article continues below", "anzeige", "publicité", "werbung", "share this article", "share this story",
                "copy link", "share on facebook", "share on twitter", "share on x"].contains(text.lowercased().trimmingCharacters(in: " -"))
    }

    /// Company suffixes that end a name, not a sentence ("About Example Holdings, Inc.").
    static func endsWithAbbreviation(_ text: String) -> Bool {
        for suffix in [" Inc.", " Ltd.", " Co.", " Corp.", " Plc.", " Bros.", " Jr.", " Sr.", " St."] where text.hasSuffix(suffix) { return true }
        return false
    }
}

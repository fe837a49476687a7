import ArticleModel
import ByteScan

/// Photo captions: the house style gives a caption line and then the same line again with the
/// credit appended; wires also give one line with a trailing credit ("(AP Photo/Jane Doe)",
/// "(Photo: Business Wire)") or a labelled caption ("BILDE: …") followed by a credit line ("Foto: …").
public enum CaptionConvention {
    /// Labels that introduce a caption line.
    static let captionLabels = ["caption:", "image caption:", "photo caption:", "bilde:", "bild:", "bildtext:", "kuva:", "billede:", "légende:", "didascalia:", "pie de foto:"]
    /// Labels that introduce a credit.
    static let creditLabels = ["photo:", "photos:", "foto:", "fotos:", "kuva:", "picture:", "image:", "credit:", "photograph:", "bildquelle:", "crédit:", "crédit photo:"]
    /// Parenthesised credits start with one of these (case-insensitive).
    static let creditStarts = ["ap photo", "photo:", "photo by", "photos:", "foto:", "afp photo", "reuters/", "picture:", "image:", "credit:", "epa/", "getty images", "photograph:"]

    /// The caption + caption-with-credit pair: `second` repeats `first` and adds the credit.
    public static func pair(_ first: String, _ second: String) -> Figure? {
        guard first.utf8.count >= 12, second.utf8.count > first.utf8.count, second.hasPrefixBytes(first) else { return nil }
        let u = second.utf8
        let credit = String(Substring(u[u.index(u.startIndex, offsetBy: first.utf8.count)...])).trimmingWhitespace()
        guard !credit.isEmpty, credit.hasAtMost(160) else { return nil }
        return Figure(caption: first, credit: credit)
    }

    /// A single line that ends with a parenthesised credit: "Caption text. (AP Photo/Jane Doe)".
    public static func trailingCredit(_ line: String) -> Figure? {
        if !line.closes(with: ")") { return trailingAgencyCredit(line) ?? trailingRoleCredit(line) }
        guard let open = matchingOpen(line) else { return nil }
        let inner = String(line[line.index(after: open)..<line.index(before: line.endIndex)]).trimmingWhitespace()
        let lower = inner.lowercased()
        guard creditStarts.contains(where: { lower.hasPrefix($0) }) else { return nil }
        let caption = String(line[..<open]).trimmingWhitespace()
        guard !caption.isEmpty else { return nil }
        return Figure(caption: caption, credit: inner)
    }

    /// "… climate change Photograph by Pea, available at https://…": a credit that names its role
    /// ("Photo by", "Photograph by", "Picture by", "Image by") ends the line, with or without a full
    /// stop before it. Lines that end a sentence are out first, then a byte search of the last 160
    /// bytes for " by " finds the role.
    static func trailingRoleCredit(_ line: String) -> Figure? {
        // The credit ends the line, and a credit is no sentence: most paragraphs, ending in a full
        // stop or a closing quote, are out on their last byte.
        guard let last = line.lastByte, !Self.sentenceLastBytes.contains(last) else { return nil }
        let cut: (caption: Int, credit: Int)? = line.withBorrowedUTF8 { b in
            let window = Swift.min(b.count, 160)
            let start = b.count - window
            var from = start
            var found: Int? = nil
            Self.spacedBy.withUnsafeBufferPointer { needle in
                while let hit = ByteSearch.firstOffset(of: needle, in: UnsafeBufferPointer(rebasing: b[from...])) {
                    found = from + hit
                    from += hit + 1
                }
            }
            guard let by = found else { return nil }
            // The role word before " by ", after a space.
            var wordStart = by
            while wordStart > 0, b[wordStart - 1] != UInt8(ascii: " ") { wordStart -= 1 }
            guard wordStart > 0 else { return nil }
            let word = String(decoding: UnsafeBufferPointer(rebasing: b[wordStart..<by]), as: UTF8.self)
            return Self.creditRoles.contains(word) ? (wordStart - 1, wordStart) : nil
        }
        guard let cut else { return nil }
        let credit = String(Substring(line.utf8[line.utf8.index(line.utf8.startIndex, offsetBy: cut.credit)...]))
        let caption = String(Substring(line.utf8[..<line.utf8.index(line.utf8.startIndex, offsetBy: cut.caption)])).trimmingWhitespace()
        guard !credit.endsLikeSentence, credit.hasAtMost(120), caption.wordCount >= 4, caption.hasAtMost(600) else { return nil }
        return Figure(caption: caption, credit: credit)
    }

    static let spacedBy: [UInt8] = Array(" by ".utf8)
    /// Last bytes of a line that ends a sentence or a quotation ("." "!" "?" '"', and 0x9D, 0xA6 and
    /// 0xBB, the last bytes of ” … »).
    static let sentenceLastBytes = ByteSet(bytes: Array(".!?\"".utf8) + [0x9D, 0xA6, 0xBB])
    static let creditRoles: Set<String> = ["Photograph", "Photo", "Photos", "Picture", "Image"]

    /// A caption sentence followed by an agency credit without parentheses:
    /// "… August 12, 2026. REUTERS/Jane Roe", "… campaign. ALEXEI DRUZHININ/POOL VIA AP".
    static func trailingAgencyCredit(_ line: String) -> Figure? {
        // A credit ends on a name, so a paragraph that ends with punctuation is out at once.
        guard line.utf8.count <= 1600, let last = line.lastByte, last >= 0x41, last != UInt8(ascii: "_") else { return nil }
        // Most paragraphs fail here: the last ". " must sit in the final 90 bytes, with a slash or a
        // credit label ("Photograph: …") after it.
        // The caption ends its sentence ("." "?" "!") or its own "(AP Photo/…)" before the credit.
        let split: (caption: String, credit: String, marked: Bool)? = line.withBorrowedUTF8 { b in
            let n = b.count
            var i = n - 1
            var slash = false
            while i > max(0, n - 90) {
                if b[i] == UInt8(ascii: "/") || b[i] == UInt8(ascii: ":") { slash = true }
                if i + 1 < n, b[i + 1] == UInt8(ascii: " "), Self.captionEnds.contains(b[i]) {
                    return (String(decoding: UnsafeBufferPointer(rebasing: b[...i]), as: UTF8.self),
                            String(decoding: UnsafeBufferPointer(rebasing: b[(i + 2)...]), as: UTF8.self), slash)
                }
                i -= 1
            }
            return nil
        }
        guard let split, split.caption.hasAtMost(600) else { return nil }
        let credit = split.credit.trimmingWhitespace()
        // "… Tuesday. | Jane Doe/Reuters": a bar sets off a credit of capitalised words.
        if credit.hasPrefix("| ") {
            let owner = String(credit.dropFirst(2)).trimmingWhitespace()
            guard owner.hasAtMost(60), !owner.endsLikeSentence,
                  owner.split(separator: " ").allSatisfy({ String($0).startsUppercase || $0.contains("/") }) else { return nil }
            return Figure(caption: split.caption, credit: owner)
        }
        // "… on right. (AP Photo/Manish Swarup) ASSOCIATED PRESS": an agency's name in capitals, two
        // words or more (a lone "REUTERS" could be a paragraph's last word).
        if !split.marked {
            guard isBareCredit(credit), credit.wordCount >= 2 else { return nil }
            return Figure(caption: split.caption, credit: credit)
        }
        // "… Athens. Photograph: Jane Roe/Reuters": a labelled credit after the caption sentence.
        if creditLine(credit) != nil, !credit.endsLikeSentence {
            return Figure(caption: split.caption, credit: credit)
        }
        guard credit.hasAtMost(60), !credit.endsLikeSentence, let slash = credit.firstIndex(of: "/") else { return nil }
        let owner = String(credit[..<slash]).trimmingWhitespace()
        guard owner.utf8.count >= 2, owner.isAllCaps, !credit.contains("://") else { return nil }
        // After the slash a name: capitalised words without digits ("Jane Roe", "POOL VIA AP"), not prose.
        let name = credit[credit.index(after: slash)...].split(whereSeparator: { $0 == " " || $0 == "/" })
        guard (1...6).contains(name.count), name.allSatisfy({ ($0.first?.isUppercase ?? false) && !$0.contains(where: \.isNumber) })
        else { return nil }
        return Figure(caption: split.caption, credit: credit)
    }

    /// The bytes a caption ends with before a credit on the same line: . ? ! and ")".
    static let captionEnds = ByteSet(".?!)")

    /// Agencies and picture services whose name alone marks a credit line.
    static let creditAgencies = ["REUTERS", "AFP", "AP", "ASSOCIATED PRESS", "GETTY IMAGES", "EPA", "DPA", "ANSA", "PA", "AAP",
                                 "BLOOMBERG", "XINHUA", "SHUTTERSTOCK", "ALAMY", "POOL", "HANDOUT"]

    /// A credit on a line of its own under a caption: capitals, short, and either a "PERSON/AGENCY"
    /// pair or ending with an agency's name ("JANE DOE/REUTERS", "ALEXEI DRUZHININ / POOL").
    public static func isBareCredit(_ line: String) -> Bool {
        guard line.hasAtMost(80), line.isAllCaps, !line.endsLikeSentence else { return false }
        if line.contains("/") { return true }
        let last = line.split(whereSeparator: { $0 == " " || $0 == "," }).suffix(2).joined(separator: " ")
        return creditAgencies.contains { last == $0 || last.closes(with: " " + $0) }
    }

    /// The text of a Markdown image line, `![Caption](address "title")`, or nil (also when it has no text).
    public static func markdownImage(_ line: String) -> String? {
        guard line.hasPrefixBytes("!["), line.closes(with: ")"), let close = line.byteOffset(of: "]("), close > 2 else { return nil }
        let u = line.utf8
        let alt = String(Substring(u[u.index(u.startIndex, offsetBy: 2)..<u.index(u.startIndex, offsetBy: close)])).trimmingWhitespace()
        // The address part holds no second image or link.
        guard !alt.isEmpty, !alt.hasByte(UInt8(ascii: "]")),
              !String(Substring(u[u.index(u.startIndex, offsetBy: close + 2)...])).hasByte(UInt8(ascii: "[")) else { return nil }
        return alt
    }

    /// A credit on a line of its own under its caption: in capitals ("JANE DOE/REUTERS") or
    /// labelled ("Photo: Jane Doe/Reuters").
    public static func isCreditLineOfItsOwn(_ line: String) -> Bool {
        isBareCredit(line) || creditLine(line) != nil
    }

    /// A labelled caption line ("BILDE: text"): the caption text without the label.
    public static func labelledCaption(_ line: String) -> String? {
        guard hasColonNearStart(line) else { return nil }
        let lower = line.lowercasedPrefix(24)
        guard let label = captionLabels.first(where: { lower.hasPrefix($0) }) else { return nil }
        let rest = String(line.dropFirst(label.count)).trimmingWhitespace()
        return rest.isEmpty ? nil : rest
    }

    /// A credit line ("Foto: NTNU", "Photo: Jane Doe/Reuters"), returned as written.
    public static func creditLine(_ line: String) -> String? {
        guard line.utf8.count <= 480, hasColonNearStart(line) else { return nil }
        let lower = line.lowercasedPrefix(24)
        guard line.hasAtMost(120), creditLabels.contains(where: { lower.hasPrefix($0) }) else { return nil }
        return line
    }

    /// Every label ends in a colon within its first words: a cheap test before lower-casing.
    static func hasColonNearStart(_ line: String) -> Bool {
        line.hasByte(UInt8(ascii: ":"), within: 24)
    }

    static func matchingOpen(_ line: String) -> String.Index? {
        var depth = 0
        var i = line.endIndex
        while i > line.startIndex {
            i = line.index(before: i)
            let c = line[i]
            if c == ")" { depth += 1 }
            else if c == "(" {
                depth -= 1
                if depth == 0 { return i }
            }
        }
        return nil
    }
}

import Testing
import ByteScan
import TestSupport
@testable import PlainTextReader

/// The byte-level helpers the conventions share agree with the plain Unicode definitions.
@Suite struct TextScanTests {
    static let texts = ["", "a", "Zürich", "MOSCOW — President", "日本語のテキスト", "emoji 👩🏽‍💻 and é́",
                        String(repeating: "ü", count: 33), "abcdefgh", "abcdefghi", "\u{10FFFF}xyz\u{80}"]

    @Test(arguments: texts)
    func scalarCountIsTheNumberOfUnicodeScalars(_ text: String) {
        #expect(text.scalarCount == text.unicodeScalars.count)
        // Every offset into a longer string, so the eight-byte words fall everywhere.
        for prefix in 0..<9 {
            let shifted = String(repeating: "x", count: prefix) + text
            #expect(shifted.scalarCount == shifted.unicodeScalars.count)
        }
    }

    /// The ASCII fast path gives what lower-casing the first characters gives.
    @Test(arguments: texts + ["EDITOR'S NOTE: the ASCII fast path", "ÉDITION SPÉCIALE", "Eds: ÜBER", "ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`@"])
    func lowercasedPrefixLowerCasesTheFirstCharacters(_ text: String) {
        for count in [0, 1, 5, 8, 24, 32, 100] {
            let expected = String(String.UnicodeScalarView(text.unicodeScalars.prefix(count))).lowercased()
            #expect(text.lowercasedPrefix(count) == expected, "\(count) of \(text)")
        }
    }

    /// Random texts with scalars whose lower-case mapping is special (several scalars, context,
    /// other lengths): the scalar-by-scalar path gives what String.lowercased() gives.
    @Test func lowercasedPrefixAgreesWithLowercasedOnRandomTexts() {
        let pieces = ["A", "z", " ", "İ", "I", "Σ", "ΣΑ", "ẞ", "ß", "Ǆ", "ǅ", "Å", "\u{212B}", "e\u{301}", "É", "Ω", "\u{2126}",
                      "日本", "👩🏽‍💻", "Ⅻ", "Ⓐ", "ꞵ", "Ꞵ", "𐐀", "\u{FEFF}", "—", "“", "9", ":", "\u{0}", "\u{7F}", "\u{80}"]
        var random = RandomArticles.Random(state: 0x6C6F_7765_72)
        for _ in 0..<4_000 {
            let text = (0..<random.below(14)).map { _ in pieces[random.below(pieces.count)] }.joined()
            for count in [1, 3, 12, 16, 24, 32] {
                let expected = String(String.UnicodeScalarView(text.unicodeScalars.prefix(count))).lowercased()
                #expect(text.lowercasedPrefix(count) == expected, "\(count) of \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    @Test func lastIndexOfAByteIsTheLastCharacter() {
        for text in Self.texts + ["SEOUL, Nov 26 AFP", "Nürnberg (dpa)", "a,b,c", "(((", "ü (x) é"] {
            for byte in [UInt8(ascii: " "), UInt8(ascii: "("), UInt8(ascii: ","), UInt8(ascii: "x")] {
                #expect(text.lastIndex(ofByte: byte) == text.lastIndex(of: Character(Unicode.Scalar(byte))), "\(byte) in \(text)")
            }
        }
    }

    @Test func containsBytesFindsEverySubstringAndNothingElse() {
        let hay = "By Jane Doe, Reuters — Zürich contributed reporting"
        #expect(hay.containsBytes("contributed"))
        #expect(hay.containsBytes("Zürich"))
        #expect(hay.containsBytes("B") && hay.containsBytes("reporting") && hay.containsBytes(""))
        #expect(!hay.containsBytes("reportings") && !hay.containsBytes("zürich") && !hay.containsBytes("Reuters  "))
        #expect(!"".containsBytes("a"))
        #expect("aaab".containsBytes("aab"), "a partial match before the real one")
    }

    @Test func byteAndDigitTestsLookWhereTheyAreTold() {
        #expect("Photo: Jane".hasByte(UInt8(ascii: ":"), within: 24))
        #expect(!"A long caption without any colon until here: x".hasByte(UInt8(ascii: ":"), within: 24))
        #expect("A long caption without any colon until here: x".hasByte(UInt8(ascii: ":")))
        #expect(!"".hasByte(0x20) && !"abc".hasByte(0x20, within: 0))
        #expect("Nov. 24".hasDigit && !"no digits here, only words".hasDigit && !"".hasDigit && !"٣".hasDigit)
    }

    /// Line cleaning reads eight bytes at a time until a control code: wherever one falls, it is
    /// dropped, and the length is the cleaned text's scalar count.
    @Test func lineCleaningFindsControlCodesAtEveryOffset() {
        // Long enough for a 64-byte block before and after the code.
        let base = "Zürich — the quick brown fox jumps over the lazy dog, said Ana; “Genève” — and so on, to the end"
        for offset in 0..<base.utf8.count where base.utf8[base.utf8.index(base.utf8.startIndex, offsetBy: offset)] & 0xC0 != 0x80 {
            for code in ["\u{01}", "\u{7F}", "\u{1B}", "\t"] {
                let index = base.utf8.index(base.utf8.startIndex, offsetBy: offset)
                let text = String(base[..<index]) + code + String(base[index...])
                let line = SourceLines(text).lines[0]
                // Tabs are kept (a leading one is indentation); the other codes are dropped.
                if code != "\t" { #expect(line.text == base, "\(code.unicodeScalars.first!.value) at \(offset)") }
                #expect(line.length == line.text.unicodeScalars.count)
            }
        }
    }

    /// Lines are made as ASCII strings only when they are (the UTF-16 count of a string taken
    /// for ASCII is its byte count, so a wrong flag shows there).
    @Test func cleanedLinesKnowWhetherTheyAreASCII() {
        let texts = ["plain ascii line", "  indented ascii", "Zürich — “quoted” ends non-ASCII ”", "é", "日本語の行", "a\u{301}", "tail é  "]
        for line in SourceLines(texts.joined(separator: "\n")).lines {
            let library = String(decoding: Array(line.text.utf8), as: UTF8.self)
            #expect(line.text.utf16.count == library.utf16.count && line.text.count == library.count, "\(line.text)")
        }
    }

    @Test func prefixIndexAndTrimmingHelpers() {
        #expect("Caption text. REUTERS/Jane".hasPrefixBytes("Caption text."))
        #expect(!"Caption".hasPrefixBytes("Caption text.") && "x".hasPrefixBytes("") && !"Zürich".hasPrefixBytes("Zu"))
        let text = "MOSCOW (Reuters) - Text: more"
        #expect(text.firstIndex(ofByte: UInt8(ascii: "(")).map { String(text[..<$0]) } == "MOSCOW ")
        #expect(text.firstIndex(ofByte: UInt8(ascii: ":"), within: 10) == nil)
        #expect(text.firstIndex(ofByte: UInt8(ascii: ":"), within: 30).map { String(text[$0...]) } == ": more")
        for (raw, trimmed) in [("  a  ", "a"), ("\u{A0}Zürich —\u{2009}", "Zürich —"), ("— a", "— a"), ("a —", "a —"),
                               ("\u{3000}", ""), ("", ""), ("plain", "plain"), (" é", "é"), ("é ", "é")] {
            #expect(raw.trimmingWhitespace() == trimmed, "\(raw)")
        }
    }
}

@Suite struct HasByteTests {
    /// The byte search agrees with the UTF-8 view's `contains` at every position and length.
    @Test func agreesWithTheUTF8View() {
        for length in 0..<40 {
            for position in -1..<length {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                if position >= 0 { bytes[position] = 0x0A }
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(text.hasByte(0x0A) == text.utf8.contains(0x0A))
                #expect(!text.hasByte(0x8A), "a byte above 0x80 is not mistaken for one below")
            }
        }
        #expect("日本\n".hasByte(0x0A) && !"日本語のテキスト".hasByte(0x0A))
    }
}

@Suite struct CollapsingWhitespaceOracleTests {
    /// The rule as the standard library's Unicode properties state it, scalar by scalar.
    static func reference(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in text.unicodeScalars {
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

    @Test func agreesWithUnicodeWhiteSpaceOnRandomText() {
        // Every White_Space character, its neighbours in the code table, and ordinary text.
        let pieces: [String] = ["a", "Ж", "—", "“", " ", "  ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}",
                                "\u{2000}", "\u{2005}", "\u{200A}", "\u{200B}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}",
                                "\u{3001}", "\u{84}", "\u{A1}", "\u{1681}", "\u{2060}", "\u{202E}", "word", "é"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(text.collapsingWhitespace() == Self.reference(text), "\(Array(text.unicodeScalars.map(\.value)))")
        }
        #expect("already single spaced".collapsingWhitespace() == "already single spaced")
    }
}

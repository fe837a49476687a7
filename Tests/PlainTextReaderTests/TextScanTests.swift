import Testing
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
}

import Testing
import ArticleModel
import TestSupport

/// `remainder(afterPrefix:)` settles most cases on bytes; it must agree with comparing
/// characters (`hasPrefix`, `dropFirst`) everywhere, combining marks, line breaks and
/// canonically equal spellings included.
@Suite struct TextPrefixTests {
    static let pieces = ["a", "B", " ", "—", "-", "e", "\u{301}", "é", "\u{200D}", "👩", "🏽", "\r", "\n", "\r\n", "(", "Ä", "A\u{308}", "日"]

    @Test func agreesWithComparingCharacters() {
        var r = RandomArticles.Random(state: 9)
        func text(_ max: Int) -> String { (0..<r.below(max + 1)).map { _ in Self.pieces[r.below(Self.pieces.count)] }.joined() }
        for _ in 0..<20_000 {
            let prefix = text(4)
            // Mostly texts that do start with the prefix's bytes, as a paragraph starts with its dateline.
            let whole = r.chance(70) ? prefix + text(6) : text(8)
            let expected = whole.hasPrefix(prefix) ? String(whole.dropFirst(prefix.count)) : nil
            let actual = whole.remainder(afterPrefix: prefix)
            #expect(actual.map { Array($0.utf8) } == expected.map { Array($0.utf8) }, "\(whole.debugDescription) after \(prefix.debugDescription)")
        }
    }

    @Test func datelines() {
        #expect("MOSCOW — Text".remainder(afterPrefix: "MOSCOW —") == " Text")
        #expect("MOSCOW".remainder(afterPrefix: "MOSCOW") == "")
        #expect("MOSCOW — Text".remainder(afterPrefix: "LONDON —") == nil)
        #expect("Cafe\u{301} — x".remainder(afterPrefix: "Café —") == " x", "canonically equal openings")
        #expect("Cafe\u{301}".remainder(afterPrefix: "Cafe") == nil, "a prefix that ends inside a character")
    }
}

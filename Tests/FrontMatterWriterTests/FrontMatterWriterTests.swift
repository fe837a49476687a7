import Testing
import ArticleModel
@testable import FrontMatterWriter
@testable import PlainTextReader

/// Strings that YAML parsers turn into other types, or that break YAML syntax, when written naively.
let hostileStrings = [
    "yes", "no", "on", "off", "NO", "N", "y", "true", "False", "null", "~", "", " ", "0123", "0o17", "1.10", "1e3", ".inf", ".NaN",
    "2025-06-02", "2025-06-02T09:30:00", "2025-06-02 09:30:00 +03:00", "1:20", "<<", "Breaking: rates held", "Rates held #1 story",
    "#hashtag", "- leading dash", "-", "--- not a document", "...", "@reuters says", "&anchor", "*Exclusive*", "!tag", "| pipe", "> folded",
    "%directive", "[UPDATE] flow", "{Live} map", "'single quoted'", "It's fine", "\"double\" quotes", "back\\slash", "a \\/ b",
    "tab\there", "two\nlines", "trailing newline\n", "\nleading newline", "trailing spaces  \nnext", "  leading spaces",
    "Grüße aus Köln", "Ελληνικά", "中文标题", "emoji 😀 here", "control \u{07} bell", "nel \u{85} ls \u{2028} ps \u{2029}", "zero\u{0}width",
    "key: value\nother: thing", "? question", ": colon", "a,b", "trailing colon:",
]

@Suite struct YAMLRoundTripTests {
    @Test(arguments: hostileStrings)
    func everyStringReadsBackIdentically(_ text: String) throws {
        let yaml = try YAMLEmitter.emit([("value", .string(text)), ("list", .list([.string(text), .string("x")]))])
        let parsed = try YAMLLoader.load(String(decoding: yaml, as: UTF8.self))
        #expect(parsed == .object(["value": .string(text), "list": .array([.string(text), .string("x")])]),
                "\(String(decoding: yaml, as: UTF8.self))")
    }

    @Test func numbersAndBooleansStayTyped() throws {
        let yaml = try YAMLEmitter.emit([("n", .int(3)), ("b", .bool(true)), ("z", .null)])
        #expect(String(decoding: yaml, as: UTF8.self) == "n: 3\nb: true\nz: null\n")
    }
}

@Suite struct FrontMatterLayoutTests {
    let article = Article(
        meta: Meta(headline: "Headline: with colon", deck: "Deck", byline: "Jane Doe and John Roe", authors: ["Jane Doe", "John Roe"],
                   dateline: Dateline(text: "LONDON (Reuters) -", place: "LONDON", source: "Reuters"), date: "2026-11-02T09:30:00+01:00",
                   language: "en", keywords: ["rates", "yes"], copyright: "© 2026 X", boilerplate: ["ends"],
                   extra: ["desk": .string("metro"), "title": .string("ignored: typed fields win")]),
        blocks: [.figure(Figure(caption: "Cap", credit: "CRED")), .paragraph("LONDON (Reuters) - Text.")])

    func page(_ flavor: FrontMatterWriter.Flavor, body: Bool = true) throws -> String {
        var options = FrontMatterWriter.Options()
        options.flavor = flavor
        options.includeBody = body
        options.guid = "tag:example.com,2026:x"
        return String(decoding: try FrontMatterWriter.format(article, options: options), as: UTF8.self)
    }

    @Test func startsAtByteZeroAndClosesItself() throws {
        let text = try page(.hugo)
        #expect(text.hasPrefix("---\ntitle: \"Headline: with colon\"\n"))
        #expect(text.contains("\n---\n\n*Deck*\n"))
        #expect(!text.contains("# Headline"), "the headline is the title, not a body heading")
    }

    @Test func noBody() throws {
        let text = try page(.hugo, body: false)
        #expect(text.hasSuffix("---\n"))
        #expect(!text.contains("Text."))
    }

    @Test func keysPerFlavor() throws {
        let keys = { (flavor: FrontMatterWriter.Flavor) -> [String] in
            var o = FrontMatterWriter.Options()
            o.flavor = flavor
            return FrontMatterWriter.fields(self.article, options: o).map(\.0)
        }
        #expect(keys(.hugo) == ["title", "subtitle", "description", "date", "authors", "dateline", "slug", "tags", "copyright", "lang", "desk", "copydesk"])
        #expect(keys(.jekyll).contains("author") && keys(.jekyll).contains("published") && keys(.jekyll).contains("images"))
        #expect(keys(.pandoc).contains("abstract") && keys(.pandoc).contains("keywords") && keys(.pandoc).contains("author"))
        #expect(keys(.eleventy).contains("authors") && keys(.eleventy).contains("images"))
    }

    @Test func typedFieldsWinOverCarriedKeys() throws {
        let text = try page(.hugo)
        #expect(!text.contains("ignored: typed fields win"))
        #expect(text.contains("desk: \"metro\""))
    }
}

@Suite struct SlugTests {
    @Test(arguments: [
        ("Assad meets with Putin in Moscow", "assad-meets-with-putin-in-moscow"),
        ("Café owners fight plan for cycle lane!", "cafe-owners-fight-plan-for-cycle-lane"),
        ("Straße & Grüße: Ærø", "strasse-grusse-aero"),
        ("Assad's visit", "assads-visit"),
        ("中文标题", "article"),
        ("  --Hello--  ", "hello"),
    ])
    func slugs(_ text: String, _ expected: String) {
        #expect(Slug.make(text) == expected)
    }

    /// ASCII text takes a byte path; it must give what the rule on scalars gives.
    @Test func theASCIIPathAgreesWithTheRule() {
        let pieces = ["a", "Z", "9", " ", "-", "'", "’", "!", "Assad's", "  ", "x", "--", "Q", "0", "\t", ".", "__"]
        var state: UInt64 = 5
        for _ in 0..<5000 {
            var text = ""
            for _ in 0..<(state % 60) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            for limit in [80, 10, 1] {
                let ascii = Slug.makeASCII(text, maxLength: limit)
                if text.utf8.allSatisfy({ $0 < 0x80 }) {
                    #expect(ascii == Slug.makeUnicode(text, maxLength: limit), "\(text.debugDescription) at \(limit)")
                } else {
                    #expect(ascii == nil)
                }
            }
        }
    }

    @Test func longSlugsAreCutAtAHyphen() {
        let slug = Slug.make(String(repeating: "word ", count: 40))
        #expect(slug.count <= 80)
        #expect(!slug.hasSuffix("-"))
    }
}

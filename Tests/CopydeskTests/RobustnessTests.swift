import Foundation
import Testing
import ArticleModel
import TestSupport
@testable import Copydesk
@testable import PlainTextReader
import NewsMLValidator

/// Hostile input never crashes the reader and never yields an ill-formed XML or YAML document:
/// deterministic pseudo-random texts built from the characters that matter to each format.
@Suite struct RobustnessTests {
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 17
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    static let pieces: [String] = [
        "\n", "\n\n", "\n\n\n", "\r\n", "\r", "\t", "   ", " ", "—", " – ", " - ", " _ ", "--", "By ", "Von ", "(AP) ", "(Reuters) - ",
        "MOSCOW", "Paris", "* * *", "###", "___", "- ", "1. ", "> ", "# ", "## ", "---", "...", "\u{1}", "\u{2}", "\u{3}", "\u{7}",
        "\u{1B}", "\u{0B}", "\u{FFFE}", "\u{FFFF}", "\u{A0}", "\u{2028}", "<", ">", "&", "\"", "'", "]]>", "-->", "{{", "{%", "}}",
        ":", " #", "@", "*", "|", "%", "yes", "null", "0123", "“", "”", "é", "ß", "中文", "😀", "^", "=", "<", "(c) 2026",
        "ends", "Caption text here.", "Caption text here. CREDIT/AGENCY", "Photo: X", "BILDE: y", "word ", "Word. ", "UPPER CASE ",
    ]

    func randomText(_ g: inout Generator) -> String {
        var text = ""
        let count = 5 + Int(g.next() % 120)
        for _ in 0..<count { text += g.pick(Self.pieces) }
        return text
    }

    @Test func hostileTextsNeverBreakTheOutputs() throws {
        var g = Generator(state: 2026)
        let validator = Fixtures.hasShared
            ? try? NewsMLSchemaValidator(schemaPath: Fixtures.sharedFile("schemas/newsml-g2-2.35/G2-multi-schema-2.35.xsd").path)
            : nil
        var options = WriterOptions()
        options.newsml.fallbackDate = "2026-01-01T00:00:00Z"
        var articles = 0
        for _ in 0..<400 {
            let text = randomText(&g)
            let article: Article
            do {
                article = try PlainTextReader(traceLines: true).read(Array(text.utf8)).article
            } catch {
                continue  // a ReaderError is a clean refusal, not a crash
            }
            articles += 1
            // JSON round-trips.
            #expect(try Article(jsonBytes: article.jsonBytes()) == article)
            // NewsML is always well-formed, and valid whenever the schema is at hand.
            let xml = try NewsMLFormat().write(article, options: options).bytes
            if let validator {
                let report = validator.validate(xml, file: "fuzz.xml")
                #expect(report.errors == 0, "\(report.diagnostics.map(\.text)) for \(text.debugDescription)")
            }
            // Front matter always reads back as YAML.
            let page = try FrontMatterFormat().write(article, options: options).bytes
            let pageText = String(decoding: page, as: UTF8.self)
            let end = try #require(pageText.range(of: "\n---\n"))
            _ = try YAMLLoader.load(String(pageText[pageText.index(pageText.startIndex, offsetBy: 4)...end.lowerBound]))
            // HTML and Markdown write something.
            #expect(!(try HTMLFormat().write(article, options: options).bytes.isEmpty))
            _ = try MarkdownFormat().write(article, options: options)
        }
        #expect(articles > 300)
    }
}

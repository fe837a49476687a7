import Testing
import ArticleModel
import TestSupport
@testable import MarkdownWriter

/// The writer that escapes straight into its output gives the bytes the one before it gave
/// (`ReferenceMarkdownWriter`) on random hostile articles: line starts that need protecting
/// (`-`, `+`, `=`, `1.`, `2)`, leading spaces and line breaks), every block kind, with and
/// without wrapping.
@Suite struct MarkdownOracleTests {
    static let openings = ["", " ", "  ", "\n", "\r\n ", "-", "- x", "+", "=", "1.", "12)", "1234567890.", "3", "#", "*", "{%", "%"]

    @Test(arguments: [nil, 1, 10, 72] as [Int?])
    func writesWhatTheReferenceWrites(wrap: Int?) {
        var r = RandomArticles.Random(state: 11 + UInt64(wrap ?? 0))
        for round in 0..<1500 {
            var article = RandomArticles.article(&r)
            // Openings that a line may not start with, in front of every kind of text.
            func opened(_ text: String) -> String { Self.openings[r.below(Self.openings.count)] + text }
            article.meta.deck = article.meta.deck.map(opened)
            article.meta.byline = article.meta.byline.map(opened)
            article.blocks = article.blocks.map { block in
                switch block {
                case .paragraph(let text): return .paragraph(opened(text))
                case .quote(let text): return .quote(opened(text))
                case .figure(let figure): return .figure(Figure(caption: opened(figure.caption), credit: figure.credit))
                case .list(let list): return .list(ListBlock(ordered: list.ordered, items: list.items.map(opened)))
                default: return block
                }
            }
            let options = MarkdownWriter.Options(wrap: wrap, includeHeadline: r.chance(80))
            let direct = MarkdownWriter.format(article, options: options)
            let reference = ReferenceMarkdownWriter.format(article, options: options)
            #expect(direct == reference, "round \(round):\n\(String(decoding: direct, as: UTF8.self))--- reference:\n\(String(decoding: reference, as: UTF8.self))")
            if direct != reference { return }
        }
    }
}

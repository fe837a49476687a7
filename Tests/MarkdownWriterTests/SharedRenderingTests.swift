import Testing
import ArticleModel
import TestSupport
@testable import MarkdownWriter

/// The `.md` output and a front-matter page's body come out of one rendering: what follows the
/// headline must be exactly the page written without it, whatever the text and the wrapping.
@Suite struct SharedRenderingTests {
    @Test(arguments: [nil, 1, 8, 40, 80] as [Int?])
    func theTextAfterTheHeadlineIsThePageWithoutIt(wrap: Int?) {
        var r = RandomArticles.Random(state: 7 + UInt64(wrap ?? 0))
        for round in 0..<1000 {
            var article = RandomArticles.article(&r)
            if r.chance(20) { article.meta.deck = nil; article.meta.byline = nil; article.meta.boilerplate = [] }
            if r.chance(10) { article.blocks = [] }
            let withHeadline = MarkdownWriter.render(article, options: .init(wrap: wrap, includeHeadline: true))
            let without = MarkdownWriter.format(article, options: .init(wrap: wrap, includeHeadline: false))
            #expect(Array(withHeadline.withoutHeadline) == without, "round \(round)")
            #expect(withHeadline.bytes == MarkdownWriter.format(article, options: .init(wrap: wrap)))
            #expect(MarkdownWriter.render(article, options: .init(wrap: wrap, includeHeadline: false)).withoutHeadline.elementsEqual(without))
        }
    }
}

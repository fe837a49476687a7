import Foundation
import Testing
import ArticleModel
import TestSupport
@testable import PlainTextReader

/// The reference article the project was created from: every value the foundation issue lists.
@Suite struct SeedArticleTests {
    @Test(.enabled(if: Fixtures.hasShared, "needs ../shared/seed beside the repository (present in CI)"))
    func readsTheReferenceArticleExactly() throws {
        let bytes = try Fixtures.bytes(Fixtures.sharedFile("seed/assad-putin-moscow.txt"))
        let article = try PlainTextReader().read(bytes).article
        #expect(article.meta.headline == "Assad meets with Putin in Moscow")
        #expect(article.meta.deck == "Talks center on military action, political steps")
        #expect(article.figures == [Figure(
            caption: "Syrian leader Bashar Assad and Russian President Vladimir Putin discussed their joint military campaign.",
            credit: "ALEXEI DRUZHININ/POOL VIA ASSOCIATED PRESS")])
        #expect(article.meta.dateline?.text == "MOSCOW —")
        #expect(article.meta.dateline?.place == "MOSCOW")
        #expect(article.paragraphs.count == 13)
        #expect(article.paragraphs.first?.hasPrefix("MOSCOW — President Vladimir Putin") == true)
        #expect(article.breakCount == 2)
        #expect(article.blocks.first?.typeName == "figure")
        #expect(article.meta.language == "en")
    }
}

import Testing
import ArticleModel
@testable import PlainTextReader

@Suite struct FrontMatterTests {
    @Test func keysOverrideAndExtendWhatWasDetected() throws {
        let article = try read("---", "title: \"Better: headline\"", "id: story-1", "tags: [a, \"b c\"]", "desk: metro",
                               "nested:", "  key: 1", "---", "Detected headline", "", "By Jane Doe", "", "Text.")
        #expect(article.meta.headline == "Better: headline")
        #expect(article.meta.id == "story-1")
        #expect(article.meta.keywords == ["a", "b c"])
        #expect(article.meta.authors == ["Jane Doe"])
        #expect(article.meta.extra["desk"] == .string("metro"))
        #expect(article.meta.extra["nested"] == .object(["key": .int(1)]))
        #expect(article.meta.fromFrontMatter.contains("headline"))
    }

    @Test func brokenYAMLIsAnErrorWithALine() {
        #expect(throws: ReaderError.self) { try read("---", "title: [unclosed", "---", "Text.") }
    }

    @Test func unclosedFrontMatterIsAnError() {
        #expect(throws: ReaderError.frontMatter(line: 1, problem: "no closing '---' line")) { try read("---", "title: x", "Text.") }
    }

    @Test func plainScalarsFollowTheYAMLCoreSchema() {
        #expect(YAMLLoader.resolvePlain("yes") == .string("yes"))
        #expect(YAMLLoader.resolvePlain("true") == .bool(true))
        #expect(YAMLLoader.resolvePlain("0123") == .string("0123"))
        #expect(YAMLLoader.resolvePlain("42") == .int(42))
        #expect(YAMLLoader.resolvePlain("~") == .null)
    }
}

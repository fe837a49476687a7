import Foundation
import Testing
import ArticleModel
@testable import MarkdownWriter

@Suite struct MarkdownWriterTests {
    func md(_ article: Article, wrap: Int? = nil) -> String {
        String(decoding: MarkdownWriter.format(article, options: .init(wrap: wrap)), as: UTF8.self)
    }

    @Test func layoutOfAnArticle() {
        let article = Article(meta: Meta(headline: "H", deck: "D", byline: "Jane Doe", boilerplate: ["ends"]),
                              blocks: [.figure(Figure(caption: "Cap", credit: "CRED")), .paragraph("P"), .heading("S"),
                                       .list(ListBlock(ordered: false, items: ["a", "b"])), .list(ListBlock(ordered: true, items: ["c"])),
                                       .quote("Q"), .sectionBreak, .paragraph("P2")])
        #expect(md(article) == "# H\n\n*D*\n\nJane Doe\n\nCap *CRED*\n\nP\n\n## S\n\n- a\n- b\n\n1. c\n\n> Q\n\n* * *\n\nP2\n\nends\n")
    }

    @Test(arguments: [
        ("a*b_c", "a\\*b\\_c"),
        ("[x](y) ![i](j) `c` <b> &amp; \\", "\\[x\\](y) \\!\\[i\\](j) \\`c\\` \\<b\\> \\&amp; \\\\"),
        ("#1 story", "\\#1 story"),
        ("- dash", "\\- dash"),
        ("+ plus", "\\+ plus"),
        ("= equals", "\\= equals"),
        ("2024. year", "2024\\. year"),
        ("3) three", "3\\) three"),
        ("> quote", "\\> quote"),
    ])
    func escapesMetacharacters(_ text: String, _ expected: String) {
        #expect(md(Article(blocks: [.paragraph(text)])) == expected + "\n")
    }

    @Test func wrapsAtTheWidthAndProtectsEveryLineStart() {
        let text = "one two three four five six seven eight nine ten eleven - twelve 2024. thirteen"
        let out = md(Article(blocks: [.paragraph(text)]), wrap: 20)
        for line in out.split(separator: "\n") {
            #expect(line.count <= 20 || !line.contains(" "))
            #expect(!line.hasPrefix("- ") && !line.hasPrefix("2024. "))
        }
        #expect(out.split(separator: "\n").joined(separator: " ").replacingOccurrences(of: "\\", with: "") == text)
    }

    @Test func wrappedListItemsIndentTheirContinuation() {
        let out = md(Article(blocks: [.list(ListBlock(ordered: true, items: ["alpha beta gamma delta epsilon zeta eta theta"]))]), wrap: 20)
        let lines = out.split(separator: "\n")
        #expect(lines[0].hasPrefix("1. "))
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("   ") })
    }

    @Test func newlinesInsideTextCannotStartNewBlocks() {
        #expect(md(Article(blocks: [.paragraph("line\n# not a heading")])) == "line \\# not a heading\n")
    }
}

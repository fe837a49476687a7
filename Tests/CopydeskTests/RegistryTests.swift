import Testing
import ArticleModel
@testable import Copydesk

@Suite struct RegistryTests {
    @Test func listsEveryWriterOnce() {
        let names = FormatRegistry.standard.writerNames
        #expect(names.contains("json"))
        #expect(Set(names).count == names.count)
    }

    @Test func unknownFormatNamesTheValidOnes() {
        do {
            _ = try FormatRegistry.standard.writer(named: "docx")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .usage)
            #expect(error.message.contains("docx"))
            for name in FormatRegistry.standard.writerNames { #expect(error.message.contains(name)) }
        }
    }

    @Test func pipelineStampsTheFileOnReadErrors() {
        let pipeline = Pipeline(reader: PlainTextFormat(), writer: JSONFormat())
        do {
            _ = try pipeline.run([], path: "empty.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == "empty.txt: the file is empty or contains only white space")
            #expect(error.exitCode == 65)
        }
    }

    struct Uppercase: ArticleTransform {
        let name = "uppercase"
        func apply(_ article: Article) throws(CopydeskError) -> Article {
            var a = article
            a.meta.headline = a.meta.headline?.uppercased()
            return a
        }
    }

    @Test func transformsRunBetweenReaderAndWriter() throws {
        let pipeline = Pipeline(reader: PlainTextFormat(), transforms: [Uppercase()], writer: JSONFormat())
        let output = try pipeline.run(Array("Quiet day\n\nNothing happened.\n".utf8), path: "x.txt")
        let article = try Article(jsonBytes: output.bytes)
        #expect(article.meta.headline == "QUIET DAY")
    }
}

@Suite struct UnrenderedContentTests {
    @Test func writersSayWhatTheyLeaveOut() throws {
        let article = Article(meta: Meta(headline: "H", editorsNotes: ["Eds: Updates."]), blocks: [.paragraph("Text.")])
        let html = try HTMLFormat().write(article, options: WriterOptions())
        let markdown = try MarkdownFormat().write(article, options: WriterOptions())
        #expect(html.warnings == ["1 editor's note(s) left out of the HTML (desk-only text; the JSON, NewsML and front-matter outputs keep them)"])
        #expect(markdown.warnings.count == 1)
        let newsml = try NewsMLFormat().write(article, options: WriterOptions())
        #expect(String(decoding: newsml.bytes, as: UTF8.self).contains("<edNote>Eds: Updates.</edNote>"))
        let plain = try HTMLFormat().write(Article(meta: Meta(headline: "H")), options: WriterOptions())
        #expect(plain.warnings.isEmpty)
    }
}

import Foundation
import Testing
import ArticleModel
import TestSupport
@testable import Copydesk

/// The Markdown of every sample, rendered by the CommonMark reference implementation, yields the
/// same text, block by block, as the tree it was written from.
@Suite struct MarkdownRoundTripTests {
    static let script = Fixtures.repository.appendingPathComponent("Tests/Tools/markdown-blocks.py").path

    /// What cmark should see for an article: one entry per Markdown block.
    static func expectedBlocks(_ article: Article) -> [[String: AnyHashable]] {
        func norm(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        var out: [[String: AnyHashable]] = []
        let meta = article.meta
        if let h = meta.headline { out.append(["type": "heading", "level": 1, "text": norm(h)]) }
        if let d = meta.deck { out.append(["type": "paragraph", "text": norm(d)]) }
        if let b = meta.byline { out.append(["type": "paragraph", "text": norm(b)]) }
        for block in article.blocks {
            switch block {
            case .paragraph(let t): out.append(["type": "paragraph", "text": norm(t)])
            case .heading(let t): out.append(["type": "heading", "level": 2, "text": norm(t)])
            case .quote(let t): out.append(["type": "quote", "text": norm(t)])
            case .figure(let f): out.append(["type": "paragraph", "text": norm(f.caption + " " + (f.credit ?? ""))])
            case .list(let l): out.append(["type": "list", "ordered": l.ordered, "items": l.items.map(norm)])
            case .sectionBreak: out.append(["type": "break"])
            }
        }
        for line in meta.boilerplate { out.append(["type": "paragraph", "text": norm(line)]) }
        return out
    }

    static func rendered(_ markdown: [UInt8]) throws -> [[String: AnyHashable]] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-\(UUID().uuidString).md")
        try Data(markdown).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try ExternalTools.run(ExternalTools.python3 ?? "/usr/bin/python3", [script, file.path, ExternalTools.cmark ?? "/usr/bin/cmark"])
        #expect(run.status == 0, "markdown-blocks.py failed: \(run.output)")
        let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as! [[String: Any]]
        return json.map { block in
            var out: [String: AnyHashable] = [:]
            for (k, v) in block {
                if let s = v as? String { out[k] = s }
                else if let a = v as? [String] { out[k] = a }
                else if let n = v as? NSNumber { out[k] = k == "ordered" ? AnyHashable(n.boolValue) : AnyHashable(n.intValue) }
            }
            return out
        }
    }

    @Test(.enabled(if: ExternalTools.available(ExternalTools.cmark), "needs /usr/bin/cmark (apt install cmark); .ci/run installs it"),
          arguments: Fixtures.sampleNames(), [nil, 40] as [Int?])
    func markdownRendersAsTheTree(_ name: String, wrap: Int?) throws {
        let bytes = try Fixtures.bytes(Fixtures.sample("\(name).txt"))
        var options = WriterOptions()
        options.markdown.wrap = wrap
        let article = try PlainTextFormat().read(bytes).article
        let markdown = try MarkdownFormat().write(article, options: options).bytes
        let got = try Self.rendered(markdown)
        let want = Self.expectedBlocks(article)
        #expect(got.count == want.count, "\(name): \(got.count) blocks rendered, \(want.count) in the tree")
        for (g, w) in zip(got, want) {
            #expect(g == w, "\(name) (wrap \(String(describing: wrap))): rendered \(g) but the tree has \(w)")
        }
    }
}

import Foundation
import Testing
import ArticleModel
import TestSupport

/// Real Hugo and Jekyll builds of a site made from the samples: the builds succeed and every
/// page holds its sample's title, subtitle, date, authors and paragraphs.
@Suite struct StaticSiteTests {
    static let goldenEpoch = "1767225600"  // 2026-01-01T00:00:00Z for articles without a date

    /// The samples as the JSON tree, to know what each page must show.
    static func articles() throws -> [Article] {
        try Fixtures.sampleNames().map { name in
            let result = try BinaryRunner.run(["convert", Fixtures.sample("\(name).txt").path, "--to", "json"])
            return try Article(jsonBytes: result.stdout)
        }
    }

    /// The text a reader sees: tags removed, entities decoded, white space collapsed.
    static func visibleText(_ html: String) -> String {
        var out = ""
        var inTag = false
        for c in html {
            if c == "<" { inTag = true; out.append(" "); continue }
            if c == ">" && inTag { inTag = false; continue }
            if !inTag { out.append(c) }
        }
        return decodeEntities(out).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Named entities the generators write, and numeric ones (&#43; &#x27;).
    static func decodeEntities(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].prefix(10).firstIndex(of: ";") else { out += "&"; rest = rest[rest.index(after: amp)...]; continue }
            let name = String(rest[rest.index(after: amp)..<semi])
            let named = ["lt": "<", "gt": ">", "quot": "\"", "amp": "&", "apos": "'"]
            if let value = named[name] {
                out += value
            } else if name.hasPrefix("#x"), let code = UInt32(name.dropFirst(2), radix: 16), let s = Unicode.Scalar(code) {
                out.unicodeScalars.append(s)
            } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()), let s = Unicode.Scalar(code) {
                out.unicodeScalars.append(s)
            } else {
                out += rest[amp...semi]
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }

    static func norm(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    /// Seconds since 1970 of an RFC 3339 time, to compare the same instant written in two zones.
    static func instant(_ text: String) -> Int? {
        guard let t = Timestamp.dateTime(text)?.value else { return nil }
        let b = Array(t.utf8)
        func n(_ r: Range<Int>) -> Int { Int(String(decoding: b[r], as: UTF8.self))! }
        var y = n(0..<4), m = n(5..<7)
        let d = n(8..<10)
        if m <= 2 { y -= 1; m += 12 }
        let days = 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d - 719_469
        var seconds = days * 86_400 + n(11..<13) * 3600 + n(14..<16) * 60 + n(17..<19)
        if let sign = b.lastIndex(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }), sign > 18 {
            let offset = n(sign + 1..<sign + 3) * 3600 + n(sign + 4..<sign + 6) * 60
            seconds += b[sign] == UInt8(ascii: "+") ? -offset : offset
        }
        return seconds
    }

    static func pages(in folder: URL) throws -> [String] {
        let walker = FileManager.default.enumerator(atPath: folder.path)
        var pages: [String] = []
        while let path = walker?.nextObject() as? String {
            if path.hasSuffix(".html") { pages.append(try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)) }
        }
        return pages
    }

    func checkPages(_ pages: [String], articles: [Article], site: String) {
        for article in articles {
            guard let title = article.meta.headline else { continue }
            let page = pages.first { Self.visibleText($0).contains("title " + Self.norm(title)) || $0.contains("<h1 class=\"title\">") && Self.visibleText($0).hasPrefix(Self.norm(title)) }
            guard let page else {
                Issue.record("\(site): no page with the title \(title)")
                continue
            }
            let text = Self.visibleText(page)
            if let deck = article.meta.deck { #expect(text.contains(Self.norm(deck)), "\(site) \(title): subtitle missing") }
            for author in article.meta.authors { #expect(text.contains(Self.norm(author)), "\(site) \(title): author \(author) missing") }
            for paragraph in article.paragraphs { #expect(text.contains(Self.norm(paragraph)), "\(site) \(title): paragraph missing: \(paragraph)") }
            let shown = Self.decodeEntities(page.range(of: "<p class=\"date\">").map { String(page[$0.upperBound...].prefix { $0 != "<" }) } ?? "")
            let want = article.meta.date ?? "2026-01-01T00:00:00Z"
            #expect(Self.instant(shown) == Self.instant(want), "\(site) \(title): date \(shown), wanted \(want)")
        }
    }

    /// Copies a site fixture, converts every sample into it, runs the generator, returns the built pages.
    func buildSite(fixture: String, flavor: String, generator: String, arguments: (URL) -> [String], output: String) throws -> [String] {
        let site = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.removeItem(at: site)
        try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("Tests/Fixtures/sites/\(fixture)"), to: site)
        let convert = try BinaryRunner.run(["convert", Fixtures.repository.appendingPathComponent("Samples").path, "-o", site.path,
                                            "--to", "frontmatter", "--flavor", flavor, "--layout", flavor, "-q"],
                                           environment: ["SOURCE_DATE_EPOCH": Self.goldenEpoch])
        #expect(convert.status == 0, "\(convert.stderr)")
        let build = try ExternalTools.run(ExternalTools.which(generator) ?? generator, arguments(site))
        #expect(build.status == 0, "\(generator) failed: \(build.output)")
        #expect(!build.output.contains("Error"), "\(generator) reported: \(build.output)")
        return try Self.pages(in: site.appendingPathComponent(output))
    }

    @Test(.enabled(if: ExternalTools.available(ExternalTools.which("hugo")), "needs hugo (apt install hugo); .ci/run installs it"))
    func hugoBuildsTheSamples() throws {
        let pages = try buildSite(fixture: "hugo", flavor: "hugo", generator: "hugo",
                                  arguments: { ["--source", $0.path, "--destination", "public", "--buildFuture", "--quiet"] }, output: "public")
        checkPages(pages, articles: try Self.articles(), site: "hugo")
    }

    @Test(.enabled(if: ExternalTools.available(ExternalTools.which("jekyll")), "needs jekyll and ruby-jekyll-commonmark (apt); .ci/run installs them"))
    func jekyllBuildsTheSamples() throws {
        let pages = try buildSite(fixture: "jekyll", flavor: "jekyll", generator: "jekyll",
                                  arguments: { ["build", "--source", $0.path, "--destination", $0.appendingPathComponent("_site").path, "--quiet"] },
                                  output: "_site")
        checkPages(pages, articles: try Self.articles(), site: "jekyll")
    }
}

import Foundation
import Testing
import ArticleModel

@Suite struct ArticleJSONTests {
    let article = Article(
        meta: Meta(headline: "Headline", deck: "Deck", byline: "Jane Doe", authors: ["Jane Doe"],
                   dateline: Dateline(text: "LONDON (Reuters) -", place: "LONDON", source: "Reuters"),
                   language: "en", keywords: ["a"], boilerplate: ["ends"], extra: ["desk": .string("metro"), "n": .int(3)]),
        blocks: [.paragraph("LONDON (Reuters) - Text."), .heading("Sub"), .figure(Figure(caption: "Cap", credit: "CREDIT")),
                 .list(ListBlock(ordered: true, items: ["one", "two"])), .quote("Q"), .sectionBreak])

    @Test func roundTripsThroughJSON() throws {
        let bytes = try article.jsonBytes()
        #expect(try Article(jsonBytes: bytes) == article)
    }

    @Test func writesTheContractKeysEvenWhenUnknown() throws {
        let json = try JSONSerialization.jsonObject(with: Data(Article().jsonBytes())) as! [String: Any]
        #expect(json["version"] as? String == Article.apiVersion)
        let meta = json["meta"] as! [String: Any]
        for key in ["headline", "deck", "byline", "authors", "dateline", "date", "language"] {
            #expect(meta.keys.contains(key), "contract key \(key) missing")
        }
        #expect(meta["headline"] is NSNull)
    }

    @Test func namesBlockTypesAsTheContractSays() throws {
        let json = try JSONSerialization.jsonObject(with: Data(article.jsonBytes())) as! [String: Any]
        let types = (json["blocks"] as! [[String: Any]]).map { $0["type"] as! String }
        #expect(types == ["paragraph", "heading", "figure", "list", "quote", "break"])
    }

    @Test func isByteIdenticalAcrossRuns() throws {
        #expect(try article.jsonBytes() == article.jsonBytes())
    }

    @Test func refusesAnotherMajorVersion() {
        let text = #"{"version": "2.0", "meta": {}, "blocks": []}"#
        #expect(throws: DecodingError.self) { try Article(jsonBytes: Array(text.utf8)) }
    }

    @Test func refusesUnknownBlockTypes() {
        let text = #"{"version": "1.0", "meta": {}, "blocks": [{"type": "video"}]}"#
        #expect(throws: DecodingError.self) { try Article(jsonBytes: Array(text.utf8)) }
    }

    @Test func doesNotEscapeSlashes() throws {
        let a = Article(meta: Meta(headline: "a/b"))
        #expect(String(decoding: try a.jsonBytes(), as: UTF8.self).contains("a/b"))
    }
}

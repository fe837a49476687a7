import Foundation
import Testing
@testable import ArticleModel
import TestSupport

/// The direct JSON writer gives JSONEncoder's bytes (the form the contract has always had) on
/// random articles: hostile strings, every optional present or not, nested front-matter values
/// with keys that sort differently by byte, by case and by Unicode normalisation.
@Suite struct ArticleJSONWriterOracleTests {
    @Test func writesWhatJSONEncoderWrites() throws {
        var r = RandomArticles.Random(state: 2026)
        for round in 0..<3000 {
            let article = RandomArticles.article(&r)
            let direct = String(decoding: try article.jsonBytes(), as: UTF8.self)
            let oracle = String(decoding: try article.encoderJSONBytes(), as: UTF8.self)
            // Compared as bytes: String's == would call canonically equivalent texts equal.
            #expect(Array(direct.utf8) == Array(oracle.utf8), "round \(round):\n\(direct)\n--- JSONEncoder:\n\(oracle)")
            if direct.utf8.count != oracle.utf8.count || !direct.utf8.elementsEqual(oracle.utf8) { return }
        }
    }

    @Test func anEmptyArticleToo() throws {
        #expect(try Article().jsonBytes() == Article().encoderJSONBytes())
    }

    /// JSON has no infinity or NaN: both refuse, the run reports the file instead of writing it.
    @Test(arguments: [Double.infinity, -Double.infinity, Double.nan])
    func refusesNumbersJSONCannotHold(_ number: Double) {
        let article = Article(meta: Meta(extra: ["x": .array([.double(number)])]))
        #expect(throws: (any Error).self) { try article.encoderJSONBytes() }
        #expect(throws: (any Error).self) { try article.jsonBytes() }
    }
}

extension Article {
    /// The same document through Foundation's `JSONEncoder`, which defines the form (the one the
    /// contract had before the direct writer): the oracle for `jsonBytes()`.
    func encoderJSONBytes() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var bytes = [UInt8](try encoder.encode(self))
        bytes.append(0x0A)
        return bytes
    }
}

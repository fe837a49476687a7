import Foundation
import Testing
import TestSupport
@testable import JSONCoding

/// JSONCoding against Foundation's JSONEncoder and JSONDecoder, the oracle it replaces.
@Suite struct JSONCodingTests {
    struct Sample: Codable, Equatable {
        var name: String
        var count: Int
        var ratio: Double
        var flag: Bool
        var note: String?
        var tags: [String]
        var table: [String: Int]
        var children: [Sample]
        var small: Int8?
        var big: UInt64
        var single: Float
        var nested: [[Double]]
    }

    static func sample(_ r: inout RandomArticles.Random, depth: Int = 0) -> Sample {
        Sample(
            name: RandomArticles.text(&r),
            count: r.chance(50) ? r.below(1000) - 500 : Int(bitPattern: UInt(r.next())),
            ratio: number(&r),
            flag: r.chance(50),
            note: RandomArticles.optionalText(&r),
            tags: RandomArticles.texts(&r),
            table: Dictionary((0..<r.below(4)).map { _ in (RandomArticles.text(&r, max: 4), r.below(100)) }, uniquingKeysWith: { a, _ in a }),
            children: depth < 2 ? (0..<r.below(3)).map { _ in sample(&r, depth: depth + 1) } : [],
            small: r.chance(50) ? Int8(truncatingIfNeeded: r.next()) : nil,
            big: r.next(),
            single: { let f = Float(number(&r)); return f.isFinite ? f : 1.5 }(),
            nested: (0..<r.below(3)).map { _ in (0..<r.below(3)).map { _ in number(&r) } })
    }

    static func number(_ r: inout RandomArticles.Random) -> Double {
        if r.chance(50) { return RandomArticles.numbers[r.below(RandomArticles.numbers.count)] }
        let bits = Double(bitPattern: r.next())
        return bits.isFinite ? bits : 0.25
    }

    static func foundation(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    @Test func encodesAsJSONEncoderDoesPrettyAndCompact() throws {
        var r = RandomArticles.Random(state: 0x15_0A)
        for _ in 0..<1_500 {
            let value = Self.sample(&r)
            for pretty in [true, false] {
                let expected = [UInt8](try Self.foundation(pretty: pretty).encode(value))
                let actual = try JSONEncoding.encode(value, pretty: pretty)
                #expect(actual == expected, "\(String(decoding: actual, as: UTF8.self))")
                if actual != expected { return }
            }
        }
    }

    @Test func encodesTopLevelScalarsAndEmptyContainersAlike() throws {
        func same<T: Encodable>(_ value: T) throws {
            for pretty in [true, false] {
                #expect(try JSONEncoding.encode(value, pretty: pretty) == [UInt8](try Self.foundation(pretty: pretty).encode(value)), "\(value)")
            }
        }
        try same("a/b\u{7F}\u{2028}")
        try same(-0.0)
        try same([[String]]())
        try same([[Int]()])
        try same(["x": [String: Int]()])
        try same([Int?.none, 1])
        try same(Float(0.1))
    }

    @Test func refusesNonFiniteNumbersAsJSONEncoderDoes() {
        for bad in [Double.nan, .infinity, -.infinity] {
            #expect(throws: EncodingError.self) { try JSONEncoding.encode([bad], pretty: true) }
            #expect(throws: EncodingError.self) { try Self.foundation(pretty: true).encode([bad]) }
        }
    }

    @Test func decodesWhatItAndJSONEncoderWrite() throws {
        var r = RandomArticles.Random(state: 0xDEC0DE)
        for _ in 0..<1_000 {
            let value = Self.sample(&r)
            let bytes = [UInt8](try Self.foundation(pretty: r.chance(50)).encode(value))
            let decoded = try JSONDecoding.decode(Sample.self, from: bytes)
            #expect(decoded == value)
            if decoded != value { return }
        }
    }

    /// Valid JSON with one byte changed, deleted or added: where JSONDecoder reads it, so does
    /// JSONDecoding, to the same value; where JSONDecoder refuses it, so does JSONDecoding.
    /// Left out: trailing commas, which JSONDecoder accepts and JSONDecoding refuses.
    @Test func agreesWithJSONDecoderOnDamagedText() throws {
        var r = RandomArticles.Random(state: 0xBAD_DA7A)
        let alphabet = Array("{}[],:\"\\ 0123456789.eE+-tfnulrsa/\n\tbu".utf8) + [0xC3, 0xFF]
        var agreedFailures = 0
        for _ in 0..<6_000 {
            var bytes = [UInt8](try Self.foundation(pretty: r.chance(30)).encode(Self.sample(&r, depth: 1)))
            for _ in 0..<(1 + r.below(2)) {
                let at = r.below(bytes.count)
                switch r.below(3) {
                case 0: bytes.remove(at: at)
                case 1: bytes[at] = alphabet[r.below(alphabet.count)]
                default: bytes.insert(alphabet[r.below(alphabet.count)], at: at)
                }
            }
            if Self.hasTrailingComma(bytes) { continue }
            let expected = try? JSONDecoder().decode(Sample.self, from: Data(bytes))
            let actual = try? JSONDecoding.decode(Sample.self, from: bytes)
            #expect(actual == expected, "\(String(decoding: bytes, as: UTF8.self))")
            if actual != expected { return }
            if expected == nil { agreedFailures += 1 }
        }
        #expect(agreedFailures > 1_000, "the damage must break most texts for the test to mean something")
    }

    static func hasTrailingComma(_ bytes: [UInt8]) -> Bool {
        var lastSignificant: UInt8 = 0
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                lastSignificant = byte
                continue
            }
            if byte == UInt8(ascii: "\"") { inString = true }
            if (byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")) && lastSignificant == UInt8(ascii: ",") { return true }
            if ![0x20, 0x0A, 0x09, 0x0D].contains(byte) { lastSignificant = byte }
        }
        return false
    }

    @Test func numbersAsJSONDecoderReadsThem() throws {
        struct Whole: Codable, Equatable { var a: Int }
        struct Real: Codable, Equatable { var a: Double }
        struct Small: Codable, Equatable { var a: Float }
        for text in ["2", "2.0", "1e2", "1E+2", "-0", "2.5", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
                     "1e400", "02", ".5", "-", "1.", "1e", "0.1e1", "\"2\"", "true", "null", "5e-324", "2e-324", "1e-400", "-1e-400",
                     "0e-400", "1.7976931348623157e308", "1.8e308", "1e-46", "3.5e38", "-0", "-0e-5"] {
            let json = Array("{\"a\":\(text)}".utf8)
            #expect((try? JSONDecoding.decode(Whole.self, from: json)) == (try? JSONDecoder().decode(Whole.self, from: Data(json))),
                    "\(text): \(String(describing: try? JSONDecoder().decode(Whole.self, from: Data(json))))")
            #expect((try? JSONDecoding.decode(Real.self, from: json)) == (try? JSONDecoder().decode(Real.self, from: Data(json))), "\(text)")
            #expect((try? JSONDecoding.decode(Small.self, from: json)) == (try? JSONDecoder().decode(Small.self, from: Data(json))), "\(text)")
        }
    }

    @Test func stringsAsJSONDecoderReadsThem() throws {
        for text in ["\"\\u00e9\\n\\/\"", "\"\\ud83d\\ude00\"", "\"\\ud83d\"", "\"\\ude00\"", "\"tab\there\"", "\"\\x\"", "\"\\u12\"", "\"é\"", "\"a\\\"b\""] {
            let json = Array("[\(text)]".utf8)
            #expect((try? JSONDecoding.decode([String].self, from: json)) == (try? JSONDecoder().decode([String].self, from: Data(json))), "\(text)")
        }
    }

    /// The same `DecodingError` case as JSONDecoder, so that callers can tell problems apart.
    @Test func errorsAreJSONDecodersCases() throws {
        struct Need: Codable { var a: Int; var b: [String] }
        func kind(_ result: Result<Need, any Error>) -> String {
            switch result {
            case .success: return "ok"
            case .failure(let error):
                guard let error = error as? DecodingError else { return "not a DecodingError" }
                switch error {
                case .dataCorrupted: return "dataCorrupted"
                case .keyNotFound(let key, _): return "keyNotFound \(key.stringValue)"
                case .typeMismatch: return "typeMismatch"
                case .valueNotFound: return "valueNotFound"
                @unknown default: return "other"
                }
            }
        }
        for text in ["{\"a\":1}", "{\"a\":\"1\",\"b\":[]}", "{\"a\":null,\"b\":[]}", "[1]", "", "{\"a\":1,\"b\":[1]}", "{\"a\":1,\"b\":null}", "{\"a\":1,\"b\":[]} x"] {
            let json = Array(text.utf8)
            let ours = kind(Result { try JSONDecoding.decode(Need.self, from: json) })
            #expect(ours == kind(Result { try JSONDecoder().decode(Need.self, from: Data(json)) }), "\(text)")
            #expect(ours != "ok" || text == "{\"a\":1,\"b\":[]}" || text == "{\"a\":1,\"b\":[1]}", "\(text)")
        }
    }

    @Test func aNameGivenTwiceKeepsItsFirstValueAsJSONDecoderDoes() throws {
        let json = Array("{\"a\":2,\"a\":3}".utf8)
        #expect(try JSONDecoding.decode([String: Int].self, from: json) == JSONDecoder().decode([String: Int].self, from: Data(json)))
    }

    @Test func refusesWhatItMustAndSaysWhere() {
        for bad in ["[1,]", "{\"a\":1,}", "[1] [2]", "{'a':1}", "[01]", "\u{FF}"] {
            do {
                _ = try JSONDecoding.decode([Int].self, from: Array(bad.utf8))
                Issue.record("read \(bad)")
            } catch let DecodingError.dataCorrupted(context) {
                #expect(context.debugDescription.hasPrefix("The given data was not valid JSON: "))
                #expect(context.debugDescription.contains(" at byte "))
            } catch {
                Issue.record("\(error)")
            }
        }
        #expect(throws: DecodingError.self) { try JSONDecoding.decode([Int].self, from: [0x5B, 0xC3, 0x5D]) }
        let deep = Array((String(repeating: "[", count: 600) + String(repeating: "]", count: 600)).utf8)
        #expect(throws: DecodingError.self) { try JSONDecoding.decode([[Int]].self, from: deep) }
        let fine = Array((String(repeating: "[", count: 512) + String(repeating: "]", count: 512)).utf8)
        #expect((try? JSONParser.parse(fine)) != nil)
    }
}

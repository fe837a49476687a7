import Testing
import ArticleModel
import TestSupport
@testable import FrontMatterWriter

/// The direct YAML writer gives libyaml's bytes (`YAMLEmitter`, the form front matter has always
/// had) wherever it answers, and answers for the front matter articles make.
@Suite struct YAMLWriterOracleTests {
    static let keys = ["title", "a", "A_b", "x-y", "2024", "_", "yes", "null", "-x", "a b", "a:b", "#", "é", "", "a.b", "k\"", "1.5"]

    static func value(_ r: inout RandomArticles.Random, depth: Int) -> YAMLValue {
        switch r.below(depth > 2 ? 6 : 8) {
        case 0, 1: return .string(RandomArticles.text(&r, max: r.chance(20) ? 100 : 12))
        case 2: return .int(r.chance(50) ? r.below(1000) - 500 : Int(bitPattern: UInt(r.next())))
        case 3: return .double(RandomArticles.numbers[r.below(RandomArticles.numbers.count)] * (r.chance(50) ? -1 : 1))
        case 4: return .bool(r.chance(50))
        case 5: return r.chance(50) ? .null : .double([Double.nan, .infinity, -.infinity][r.below(3)])
        case 6: return .list((0..<r.below(4)).map { _ in r.chance(50) ? .string(RandomArticles.text(&r)) : value(&r, depth: depth + 1) })
        default: return .map(fields(&r, depth: depth + 1))
        }
    }

    static func fields(_ r: inout RandomArticles.Random, depth: Int) -> [(String, YAMLValue)] {
        (0..<r.below(4)).map { _ in (keys[r.below(r.chance(80) ? 6 : keys.count)], value(&r, depth: depth)) }
    }

    static func check(_ fields: [(String, YAMLValue)], _ label: String) throws -> Bool {
        guard let direct = YAMLWriter.emit(fields) else { return false }
        let oracle = try YAMLEmitter.emit(fields)
        #expect(direct == oracle, "\(label):\n\(String(decoding: direct, as: UTF8.self))--- libyaml:\n\(String(decoding: oracle, as: UTF8.self))")
        return true
    }

    @Test func writesWhatLibyamlWritesOnRandomValues() throws {
        var r = RandomArticles.Random(state: 99)
        var answered = 0
        for round in 0..<4000 {
            if try Self.check(Self.fields(&r, depth: 0), "round \(round)") { answered += 1 }
        }
        #expect(answered > 1000, "the direct form answered only \(answered) of 4000")
    }

    @Test func writesWhatLibyamlWritesForArticles() throws {
        var r = RandomArticles.Random(state: 100)
        var answered = 0
        for round in 0..<2000 {
            var article = RandomArticles.article(&r)
            // Keys of the input's own front matter are usually identifiers.
            article.meta.extra = Dictionary(uniqueKeysWithValues: article.meta.extra.enumerated().map { ("key\($0.offset)", $0.element.value) })
            var options = FrontMatterWriter.Options()
            options.flavor = FrontMatterWriter.Flavor.allCases[r.below(4)]
            options.guid = RandomArticles.optionalText(&r)
            options.fallbackDate = r.chance(50) ? "2026-01-02T03:04:05Z" : nil
            var fields = FrontMatterWriter.fields(article, options: options)
            // Random text has a line feed one time in three; real front matter far less often.
            if round % 2 == 0 { fields = fields.map { ($0.0, Self.oneLine($0.1)) } }
            if try Self.check(fields, "article \(round)") { answered += 1 }
        }
        // Only multi-line text and empty or nested lists in the random front matter fall back.
        #expect(answered > 900, "the direct form answered only \(answered) of 2000")
    }

    static func oneLine(_ value: YAMLValue) -> YAMLValue {
        switch value {
        case .string(let s): return .string(String(s.map { $0 == "\n" ? " " : $0 }))
        case .list(let items): return .list(items.map(oneLine))
        case .map(let fields): return .map(fields.map { ($0.0, oneLine($0.1)) })
        default: return value
        }
    }

    /// Strings past 64 bytes go through the 64-byte blocks: every piece at every offset of a
    /// block, and across its end.
    @Test func writesWhatLibyamlWritesForLongStrings() throws {
        let edges = ["\u{85}", "\u{9F}", "\u{A0}", "\u{2028}", "\u{FEFF}", "\u{FFFE}", "\u{10000}", "“", "—"]
        for piece in RandomArticles.pieces + edges where piece != "\n" {
            for offset in stride(from: 0, to: 70, by: 3) {
                let text = String(repeating: "a", count: offset) + piece + String(repeating: "b", count: 70) + piece + "c"
                #expect(try Self.check([("k", .string(text))], "\(piece) at \(offset)"))
            }
        }
    }

    @Test func answersForEveryStringWithoutALineFeed() throws {
        // And the edges of libyaml's printable set: C1 controls, NEL, no-break space, the surrogate gap, noncharacters.
        let edges = ["\u{85}", "\u{9F}", "\u{A0}", "\u{D7FF}", "\u{E000}", "\u{FFFE}", "\u{FFFF}", "\u{10000}"]
        for piece in RandomArticles.pieces + edges where piece != "\n" {
            #expect(try Self.check([("k", .string(piece + "x" + piece)), ("l", .list([.string(piece)]))], piece))
        }
    }
}

import Foundation
import Testing
import TestSupport
import NewsMLValidator

/// The validator gives exactly IPTC's verdicts (expected.tsv) for all 191 conformance files,
/// with the default wrapper schema and with the NewsML-G2 schema alone.
@Suite(.enabled(if: Fixtures.hasShared, "needs ../shared/conformance and ../shared/schemas (present in CI)"))
struct ConformanceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var path: String
        var withWrapper: Bool
        var withPowerSchema: Bool
        var testDescription: String { path }
    }

    static let cases: [Case] = {
        let tsv = Fixtures.sharedFile("conformance/newsml-g2/expected.tsv")
        guard let text = try? String(contentsOf: tsv, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let parts = line.split(separator: "\t").map(String.init)
            guard parts.count == 3 else { return nil }
            return Case(path: parts[0], withWrapper: parts[1] == "valid", withPowerSchema: parts[2] == "valid")
        }
    }()

    @Test func allFilesAreListed() {
        #expect(Self.cases.count == 191)
    }

    @Test(arguments: cases)
    func verdictMatches(_ c: Case) throws {
        let url = Fixtures.sharedFile("conformance/newsml-g2/\(c.path)")
        let bytes = try Fixtures.bytes(url)
        let wrapper = try #require(Schemas.wrapper).validate(bytes, file: c.path)
        let power = try #require(Schemas.power).validate(bytes, file: c.path)
        #expect(wrapper.isValid(strict: false) == c.withWrapper, "wrapper schema: \(wrapper.diagnostics.map(\.text))")
        #expect(power.isValid(strict: false) == c.withPowerSchema, "power schema: \(power.diagnostics.map(\.text))")
    }
}

import Foundation
import Testing
import TestSupport

@Suite(.enabled(if: Fixtures.hasShared, "needs ../shared/schemas and ../shared/conformance (present in CI)"))
struct ValidateCommandTests {
    let schema = Fixtures.sharedFile("schemas/newsml-g2-2.35/G2-multi-schema-2.35.xsd").path
    let valid = Fixtures.sharedFile("conformance/newsml-g2/iptc-unit-tests/2.10/should_pass/001_simplest_file.xml").path

    func invalidFile() throws -> String {
        let url = try BinaryRunner.temporaryFolder().appendingPathComponent("bad.xml")
        try "<?xml version=\"1.0\"?>\n<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\">\n</newsItem>\n".write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func validFileExitsZeroWithASummary() throws {
        let result = try BinaryRunner.run(["validate", valid, "--schema", schema])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("1 file: 1 valid, 0 invalid"))
    }

    @Test func invalidFileExitsOneWithFileLineSeverity() throws {
        let bad = try invalidFile()
        let result = try BinaryRunner.run(["validate", valid, bad, "--schema", schema])
        #expect(result.status == 1)
        #expect(result.stdoutText.contains("\(bad):2: error: "))
        #expect(result.stdoutText.contains("2 files: 1 valid, 1 invalid"))
    }

    @Test func jsonAndJUnitFormats() throws {
        let bad = try invalidFile()
        let json = try BinaryRunner.run(["validate", valid, bad, "--schema", schema, "--format", "json"])
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout)) as! [String: Any]
        #expect(parsed["invalid"] as? Int == 1)
        let junit = try BinaryRunner.run(["validate", valid, bad, "--schema", schema, "--format", "junit"])
        #expect(junit.stdoutText.hasPrefix("<?xml"))
        #expect(junit.stdoutText.contains("failures=\"1\""))
        #expect(junit.stdoutText.contains("<failure"))
    }

    @Test func standardInputAndFolders() throws {
        let stdin = try BinaryRunner.run(["validate", "-", "--schema", schema], stdin: Fixtures.bytes(URL(fileURLWithPath: valid)))
        #expect(stdin.status == 0)
        let folder = Fixtures.sharedFile("conformance/newsml-g2/iptc-unit-tests/2.10").path
        let result = try BinaryRunner.run(["validate", folder, "--schema", schema])
        #expect(result.stdoutText.contains("valid"))
    }

    @Test func schemaFromTheEnvironment() throws {
        let result = try BinaryRunner.run(["validate", valid], environment: ["COPYDESK_NEWSML_SCHEMA": schema])
        #expect(result.status == 0)
    }

    @Test func missingSchemaSaysHowToGetIt() throws {
        let result = try BinaryRunner.run(["validate", valid, "--schema", "/no/such.xsd"])
        #expect(result.status == 66)
        #expect(result.stderr == "copydesk: /no/such.xsd: no such schema file\n")
    }

    @Test func usageErrors() throws {
        #expect(try BinaryRunner.run(["validate"]).status == 64)
        #expect(try BinaryRunner.run(["validate", valid, "--format", "yaml"]).status == 64)
    }

    @Test func convertValidatesBeforeWriting() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("seed.xml").path
        let result = try BinaryRunner.run(["convert", Fixtures.sharedFile("seed/assad-putin-moscow.txt").path, "--to", "newsml",
                                            "--validate", "--schema", schema, "-o", out, "--date", "2026-01-01T00:00:00Z"])
        #expect(result.status == 0, "\(result.stderr)")
        let check = try BinaryRunner.run(["validate", out, "--schema", schema, "--strict"])
        #expect(check.status == 0, "\(check.stdoutText)")
    }

    @Test func newsMessageOfAllSamples() throws {
        let samples = Fixtures.sampleNames().map { Fixtures.sample("\($0).txt").path }
        let result = try BinaryRunner.run(["convert"] + samples + ["--to", "newsml-message", "--validate", "--schema", schema],
                                          environment: ["SOURCE_DATE_EPOCH": "1767225600"])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("<sent>2026-01-01T00:00:00Z</sent>"))
        #expect(result.stdoutText.components(separatedBy: "<newsItem ").count - 1 == samples.count)
    }

    @Test func dateFlagsAndDeterminism() throws {
        let seed = Fixtures.sharedFile("seed/assad-putin-moscow.txt").path
        let a = try BinaryRunner.run(["convert", seed, "--to", "newsml", "--date", "2026-03-04T05:06:07+02:00"])
        let b = try BinaryRunner.run(["convert", seed, "--to", "newsml", "--date", "2026-03-04T05:06:07+02:00"])
        #expect(a.stdout == b.stdout)
        #expect(a.stdoutText.contains("<versionCreated>2026-03-04T05:06:07+02:00</versionCreated>"))
        let epoch = try BinaryRunner.run(["convert", seed, "--to", "newsml"], environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(epoch.stdoutText.contains("<versionCreated>1970-01-01T00:00:00Z</versionCreated>"))
        let bad = try BinaryRunner.run(["convert", seed, "--to", "newsml", "--date", "yesterday"])
        #expect(bad.status == 64)
    }
}

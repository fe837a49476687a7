import Foundation
import Testing
import TestSupport

@Suite struct InspectCommandTests {
    @Test func showsTheRoleOfEveryLine() throws {
        let path = Fixtures.sample("harbor-bridge-reopens.txt").path
        let lineCount = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let result = try BinaryRunner.run(["inspect", path])
        #expect(result.status == 0)
        let rows = result.stdoutText.split(separator: "\n")
        #expect(rows.count == lineCount)
        #expect(rows[0].contains("headline") && rows[0].contains("Harbor bridge reopens"))
        #expect(rows.contains { $0.contains("caption") } && rows.contains { $0.contains("credit") })
        #expect(rows.contains { $0.contains("dateline") && $0.contains("PORTHAVEN") })
        #expect(rows.contains { $0.contains("break") })
        #expect(!result.stdoutText.contains("\u{1B}["), "no colour codes when standard output is not a terminal")
    }

    @Test func jsonFormatForTools() throws {
        let result = try BinaryRunner.run(["inspect", Fixtures.sample("frontmatter-override.txt").path, "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout)) as! [String: Any]
        let lines = json["lines"] as! [[String: Any]]
        #expect(lines.first?["role"] as? String == "front matter")
        #expect(lines.allSatisfy { ($0["reason"] as? String)?.isEmpty == false })
        #expect((json["fromFrontMatter"] as! [String]).contains("headline"))
    }

    @Test func badInputIsOneLine() throws {
        let result = try BinaryRunner.run(["inspect", "/no/such/file.txt"])
        #expect(result.status == 66)
        #expect(result.stderr == "copydesk: /no/such/file.txt: no such file\n")
    }
}

import Foundation
import Testing
import TestSupport

/// Runs the built binary the way a user does and checks exit codes, stderr and outputs.
@Suite struct ConvertCommandTests {
    let sample = Fixtures.sample("harbor-bridge-reopens.txt").path

    @Test func convertsAFileToJSONOnStandardOutput() throws {
        let result = try BinaryRunner.run(["convert", sample, "--to", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout)) as! [String: Any]
        #expect((json["meta"] as! [String: Any])["headline"] as? String == "Harbor bridge reopens after two-year rebuild")
    }

    @Test func readsStandardInputAndWritesAFile() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("a.json").path
        let result = try BinaryRunner.run(["convert", "-", "--to", "json", "-o", out], stdin: Fixtures.bytes(URL(fileURLWithPath: sample)))
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: out))
        let direct = try BinaryRunner.run(["convert", sample])
        #expect(try Fixtures.bytes(URL(fileURLWithPath: out)) == direct.stdout)
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let a = try BinaryRunner.run(["convert", sample, "--to", "json"])
        let b = try BinaryRunner.run(["convert", sample, "--to", "json"])
        #expect(a.stdout == b.stdout)
    }

    @Test func warnsOnLegacyEncoding() throws {
        let path = Fixtures.sample("legacy-cp1252.txt").path
        let result = try BinaryRunner.run(["convert", path])
        #expect(result.status == 0)
        #expect(result.stderr == "copydesk: \(path): warning: not valid UTF-8; decoded as Windows-1252\n")
    }

    @Test func versionAndHelp() throws {
        let version = try BinaryRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdoutText.hasPrefix("0."))
        let help = try BinaryRunner.run(["convert", "--help"])
        #expect(help.status == 0)
        #expect(help.stdoutText.contains("Examples:"))
        #expect(help.stdoutText.contains("\n  -j, --jobs <jobs>       Parallel jobs (default: all cores).\n"))
        for arguments in [[], ["--help"], ["help"]] {
            let root = try BinaryRunner.run(arguments)
            #expect(root.status == 0 && root.stdoutText.contains("\nCOMMANDS:\n  convert "), "\(arguments)")
        }
        #expect(try BinaryRunner.run(["help", "validate"]).stdoutText.contains("USAGE: copydesk validate [<options>] [<inputs> ...]"))
    }

    /// A wrong command line: one line naming the command and the problem, exit 64, nothing on standard output.
    @Test func wrongCommandLines() throws {
        let cases: [([String], String)] = [
            (["convert", "story.txt", "--tto", "html"], "copydesk: convert: unknown option '--tto'; did you mean '--to'? (see 'copydesk convert --help')\n"),
            (["convert", "story.txt", "-j", "0"], "copydesk: convert: --jobs takes a whole number of at least 1, not '0' (see 'copydesk convert --help')\n"),
            (["convert", "story.txt", "--to"], "copydesk: convert: --to needs a value (see 'copydesk convert --help')\n"),
            (["convert"], "copydesk: convert: give an article, a folder, - or --files-from (see 'copydesk convert --help')\n"),
            (["validate", "a.xml", "--format", "yaml"], "copydesk: validate: --format takes 'text', 'json' or 'junit', not 'yaml' (see 'copydesk validate --help')\n"),
            (["inspect"], "copydesk: inspect: missing <input> (see 'copydesk inspect --help')\n"),
            (["convrt", "story.txt"], "copydesk: unknown command 'convrt'; did you mean 'convert'? (see 'copydesk --help')\n"),
        ]
        for (arguments, message) in cases {
            let result = try BinaryRunner.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr == message)
            #expect(result.stdout.isEmpty)
        }
    }

    /// getopt's forms: an attached short value, grouped flags, `--name=value`, `--` before a dash-led name.
    @Test func optionForms() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let story = folder.appendingPathComponent("-story.txt")
        try "Headline\n\nA paragraph.\n".write(to: story, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out").path
        let result = try BinaryRunner.run(["convert", "-qj1", "--to=html,json", "-o", out, "--", "-story.txt"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "quiet")
        #expect(FileManager.default.fileExists(atPath: out + "/-story.html") && FileManager.default.fileExists(atPath: out + "/-story.json"))
    }

    @Test func formatsListsTheRegistry() throws {
        let result = try BinaryRunner.run(["formats"])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("json"))
        #expect(result.stdoutText.contains("text"))
    }
}

/// Bad input: one line `copydesk: PATH: problem`, a documented exit code, no output file left behind.
@Suite struct BadInputTests {
    func check(_ arguments: [String], stdin: [UInt8]? = nil, status: Int32, message: String) throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out.json").path
        let result = try BinaryRunner.run(arguments + ["-o", out], stdin: stdin)
        #expect(result.status == status)
        #expect(result.stderr == message + "\n")
        #expect(!FileManager.default.fileExists(atPath: out), "no output file may be left behind")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    func fileWith(_ bytes: [UInt8]) throws -> String {
        let url = try BinaryRunner.temporaryFolder().appendingPathComponent("input.txt")
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func emptyFile() throws {
        let path = try fileWith([])
        try check(["convert", path], status: 65, message: "copydesk: \(path): the file is empty or contains only white space")
    }

    @Test func whitespaceOnlyFile() throws {
        let path = try fileWith(Array("  \n\t\n\r\n".utf8))
        try check(["convert", path], status: 65, message: "copydesk: \(path): the file is empty or contains only white space")
    }

    @Test func fileWithNULBytes() throws {
        let path = try fileWith([0x41, 0x42, 0x00, 0x43])
        try check(["convert", path], status: 65, message: "copydesk: \(path): not a text file (NUL byte at offset 2)")
    }

    @Test func missingPath() throws {
        try check(["convert", "/no/such/story.txt"], status: 66, message: "copydesk: /no/such/story.txt: no such file")
    }

    @Test func directoryInsteadOfFile() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inspect = try BinaryRunner.run(["inspect", folder.path])
        #expect(inspect.status == 66)
        #expect(inspect.stderr == "copydesk: \(folder.path): is a directory, expected a file\n")
        // A folder with no articles in it is missing input too, and nothing is written.
        try check(["convert", folder.path], status: 66, message: "copydesk: \(folder.path): no articles (*.txt, *.text) to convert")
    }

    @Test(.enabled(if: getuid() != 0, "root can read any file, so an unreadable file cannot be made"))
    func unreadableFile() throws {
        let path = try fileWith(Array("Text".utf8))
        chmod(path, 0)
        try check(["convert", path], status: 74, message: "copydesk: \(path): cannot open: permission denied")
    }

    @Test func emptyStandardInput() throws {
        try check(["convert", "-"], stdin: [], status: 65, message: "copydesk: <stdin>: the file is empty or contains only white space")
    }

    @Test func unknownFormat() throws {
        let result = try BinaryRunner.run(["convert", Fixtures.sample("harbor-bridge-reopens.txt").path, "--to", "docx"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("copydesk: unknown output format 'docx'; valid formats: json"))
    }

    @Test func brokenFrontMatter() throws {
        let path = try fileWith(Array("---\ntitle: [oops\n---\nText.\n".utf8))
        let result = try BinaryRunner.run(["convert", path])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("copydesk: \(path): front matter, line "))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }
}

@Suite struct WriterFlagTests {
    let sample = Fixtures.sample("harbor-bridge-reopens.txt").path

    @Test func standalonePage() throws {
        let result = try BinaryRunner.run(["convert", sample, "--to", "html", "-s"])
        #expect(result.status == 0)
        #expect(result.stdoutText.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func theDefaultTemplateIsFoundFromAnyFolder() throws {
        let elsewhere = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let result = try BinaryRunner.run(["convert", sample, "--to", "html", "--standalone"], in: elsewhere)
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("<title>Harbor bridge reopens after two-year rebuild</title>"))
    }

    @Test func aUserTemplateReplacesTheDefault() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appendingPathComponent("mine.mustache")
        try "<!-- mine -->{{title}}".write(to: template, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["convert", sample, "--to", "html", "--template", template.path])
        #expect(result.status == 0)
        #expect(result.stdoutText == "<!-- mine -->Harbor bridge reopens after two-year rebuild\n")
    }

    @Test func aBrokenTemplateStopsTheRunBeforeAnyArticle() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appendingPathComponent("broken.mustache")
        try "<h1>{{title}}</h1>\n{{#authors}}{{.}}\n".write(to: template, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out")
        let result = try BinaryRunner.run(["convert", Fixtures.sample("").path, "-o", output.path, "--to", "html,markdown",
                                           "--template", template.path])
        #expect(result.status == 64)
        #expect(result.stderr == "copydesk: \(template.path): the page template cannot be parsed: line 2, column 1: a section is not closed\n")
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing is converted")
        // The list positions and transforms of swift-mustache work in a user's template.
        try "{{#authors}}{{uppercased(.)}}{{^last()}}, {{/last()}}{{/authors}}|{{count(blocks)}}".write(to: template, atomically: true, encoding: .utf8)
        let good = try BinaryRunner.run(["convert", sample, "--to", "html", "--template", template.path])
        #expect(good.status == 0)
        #expect(good.stdoutText.hasPrefix("MARTA QUILL|"))
    }

    @Test func aMissingTemplateIsMissingInput() throws {
        let result = try BinaryRunner.run(["convert", sample, "--to", "html", "--template", "/no/such.mustache"])
        #expect(result.status == 66)
        #expect(result.stderr == "copydesk: /no/such.mustache: no such file\n")
    }

    @Test func wrapWidth() throws {
        let result = try BinaryRunner.run(["convert", sample, "--to", "markdown", "--wrap", "40"])
        #expect(result.status == 0)
        // ATX headings cannot span lines in CommonMark, so only they may be longer.
        #expect(result.stdoutText.split(separator: "\n").allSatisfy { $0.count <= 40 || $0.hasPrefix("#") })
        let bad = try BinaryRunner.run(["convert", sample, "--to", "markdown", "--wrap", "wide"])
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("copydesk: --wrap takes none or a number"))
    }
}

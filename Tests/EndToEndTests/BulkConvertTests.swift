import Foundation
import Testing
import TestSupport

/// Bulk conversion as a build step uses it: folders, formats, reruns, failures, shards, config.
@Suite struct BulkConvertTests {
    /// A small input tree: two folders, one broken article, one file that is not an article.
    func makeTree() throws -> URL {
        let root = try BinaryRunner.temporaryFolder()
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("in/world"), withIntermediateDirectories: true)
        try fm.copyItem(at: Fixtures.sample("harbor-bridge-reopens.txt"), to: root.appendingPathComponent("in/harbor.txt"))
        try fm.copyItem(at: Fixtures.sample("markets-indented.txt"), to: root.appendingPathComponent("in/world/markets.txt"))
        try fm.copyItem(at: Fixtures.sample("wetter-nwa-de.txt"), to: root.appendingPathComponent("in/world/wetter.txt"))
        try Data().write(to: root.appendingPathComponent("in/world/empty.txt"))
        try "not an article".write(to: root.appendingPathComponent("in/notes.md"), atomically: true, encoding: .utf8)
        return root
    }

    @Test func mirrorsTheTreeInEveryFormatAndReportsFailures() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out").path
        let report = root.appendingPathComponent("report.json").path
        let result = try BinaryRunner.run(["convert", root.appendingPathComponent("in").path, "-o", out,
                                           "--to", "json,html,markdown,newsml,frontmatter", "--report", report])
        #expect(result.status == 1, "a failed article makes the run exit 1")
        #expect(result.stderr.contains("empty.txt: the file is empty or contains only white space"))
        #expect(result.stderr.contains("converted 3, skipped 0 (unchanged), failed 1"))
        for path in ["harbor.json", "harbor.html", "harbor.md", "harbor.xml", "harbor.page.md", "world/markets.xml", "world/wetter.page.md"] {
            #expect(FileManager.default.fileExists(atPath: "\(out)/\(path)"), "\(path) missing")
        }
        #expect(!FileManager.default.fileExists(atPath: "\(out)/world/empty.json"))
        #expect(!FileManager.default.fileExists(atPath: "\(out)/notes.json"), "only *.txt files are articles")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as! [String: Any]
        let files = json["files"] as! [[String: Any]]
        #expect(files.count == 4)
        #expect(files.contains { ($0["status"] as? String) == "failed" && ($0["error"] as? String)?.contains("empty") == true })
        // No temporary files are left anywhere.
        let all = FileManager.default.enumerator(atPath: out)!.allObjects as! [String]
        #expect(!all.contains { $0.contains(".copydesk-") && !$0.hasSuffix(".copydesk-manifest") })
    }

    @Test func aRerunConvertsOnlyWhatChanged() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("in/world/empty.txt"))
        let input = root.appendingPathComponent("in").path
        let out = root.appendingPathComponent("out").path
        let first = try BinaryRunner.run(["convert", input, "-o", out, "--to", "html"])
        #expect(first.stderr.contains("converted 3, skipped 0"))
        let second = try BinaryRunner.run(["convert", input, "-o", out, "--to", "html"])
        #expect(second.stderr.contains("converted 0, skipped 3"))
        try "Changed headline\n\nNew text.\n".write(to: root.appendingPathComponent("in/harbor.txt"), atomically: true, encoding: .utf8)
        let third = try BinaryRunner.run(["convert", input, "-o", out, "--to", "html"])
        #expect(third.stderr.contains("converted 1, skipped 2"))
        let options = try BinaryRunner.run(["convert", input, "-o", out, "--to", "html", "-s"])
        #expect(options.stderr.contains("converted 3, skipped 0"), "changed options convert everything again")
        try FileManager.default.removeItem(atPath: "\(out)/harbor.html")
        let missing = try BinaryRunner.run(["convert", input, "-o", out, "--to", "html", "-s"])
        #expect(missing.stderr.contains("converted 1, skipped 2"), "a deleted output is written again")
    }

    /// Short articles named `names` (plus `.txt`) in `folder`, made with its parents; returns `folder`.
    func writeArticles(_ names: [String], in folder: URL) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in names {
            try "Headline \(name)\n\nBy Jane Doe\n\nThe paragraph of article \(name), with enough words to read as prose.\n"
                .write(to: folder.appendingPathComponent(name + ".txt"), atomically: false, encoding: .utf8)
        }
        return folder
    }

    /// Several workers in one folder: the scheduler hands out batches and idle workers take half of
    /// another's, so manifest entries arrive out of order; every one must be recorded all the same.
    @Test func aRerunWithSeveralJobsConvertsNothing() throws {
        let root = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = try writeArticles((0..<600).map { String(format: "a%03d", $0) }, in: root.appendingPathComponent("in"))
        for round in 0..<3 {
            let out = root.appendingPathComponent("out\(round)").path
            let first = try BinaryRunner.run(["convert", input.path, "-o", out, "--to", "html", "-j", "4"])
            #expect(first.stderr.contains("converted 600, skipped 0"))
            let manifest = try String(contentsOfFile: out + "/.copydesk-manifest", encoding: .utf8)
            #expect(manifest.split(separator: "\n").count == 601, "a header line and an entry for every input")
            let second = try BinaryRunner.run(["convert", input.path, "-o", out, "--to", "html", "-j", "4"])
            #expect(second.stderr.contains("converted 0, skipped 600"), "round \(round): \(second.stderr)")
        }
    }

    /// An output folder that cannot be made fails every article that goes there with that reason,
    /// not only the first.
    @Test func everyArticleOfAFolderThatCannotBeMadeSaysWhy() throws {
        let root = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try writeArticles(["a", "b", "c"], in: root.appendingPathComponent("in/sub/deeper"))
        // An existing output folder (written in place, not staged) with a file where a folder must go.
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try "not a folder".write(to: out.appendingPathComponent("sub"), atomically: false, encoding: .utf8)
        let result = try BinaryRunner.run(["convert", root.appendingPathComponent("in").path, "-o", out.path, "--to", "html", "-j", "1"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("failed 3"))
        let reasons = result.stderr.split(separator: "\n").filter { $0.contains(".txt: ") }
        #expect(reasons.count == 3 && reasons.allSatisfy { $0.contains("cannot create the folder") }, "\(reasons)")
    }

    /// Runs over parts of an archive (globs, shards) keep what the other parts recorded, and a
    /// failed article is tried again on the next run.
    @Test func partialRunsKeepTheRestOfTheManifest() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in").path
        let out = root.appendingPathComponent("out").path
        let world = try BinaryRunner.run(["convert", input, "-o", out, "--to", "html", "--include", "world/*"])
        #expect(world.stderr.contains("converted 2, skipped 0 (unchanged), failed 1"))
        let rest = try BinaryRunner.run(["convert", input, "-o", out, "--to", "html", "--exclude", "world/*"])
        #expect(rest.stderr.contains("converted 1, skipped 0 (unchanged), failed 0"))
        let all = try BinaryRunner.run(["convert", input, "-o", out, "--to", "html"])
        #expect(all.stderr.contains("converted 0, skipped 3 (unchanged), failed 1"), "only the failed one is tried again")
        let manifest = try String(contentsOfFile: "\(out)/.copydesk-manifest", encoding: .utf8)
        let paths = manifest.split(separator: "\n").dropFirst().map { $0.split(separator: " ", maxSplits: 4).last.map(String.init) ?? "" }
        #expect(paths == ["harbor.txt", "world/markets.txt", "world/wetter.txt"], "input order, the failed one left out")
    }

    @Test func failFastStopsAtTheFirstFailure() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try BinaryRunner.run(["convert", root.appendingPathComponent("in").path, "-o", root.appendingPathComponent("out").path,
                                           "--to", "json", "--fail-fast", "-j", "1", "--include", "world/*"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("failed 1"))
        #expect(result.stderr.contains("not started"))
    }

    /// A run into a new folder that is killed leaves no output folder at all (the outputs so far
    /// sit in a hidden folder beside it), and the next run removes that and builds the folder.
    /// The run is stopped at a known point: its second input is a FIFO no one writes to yet.
    @Test func aKilledRunLeavesNoOutputFolder() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in").path
        let fifo = input + "/world/zz-waiting.txt"
        #expect(mkfifo(fifo, 0o644) == 0)
        let out = root.appendingPathComponent("out").path
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["convert", input, "-o", out, "--to", "html", "-j", "1", "-q"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The articles before the FIFO are converted while the run waits on it.
        let hidden = { (try? FileManager.default.contentsOfDirectory(atPath: root.path))?.filter { $0.hasPrefix(".out.copydesk-staging-") } ?? [] }
        var waited = 0
        while waited < 200, hidden().first.map({ FileManager.default.fileExists(atPath: "\(root.path)/\($0)/world/wetter.html") }) != true {
            usleep(50_000)
            waited += 1
        }
        #expect(waited < 200, "the articles before the FIFO were converted")
        #expect(!FileManager.default.fileExists(atPath: out), "nothing at the output path while the run goes on")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(!FileManager.default.fileExists(atPath: out), "a killed run leaves no output folder")
        #expect(hidden().count == 1, "its outputs are in the hidden folder")
        try FileManager.default.removeItem(atPath: fifo)
        let result = try BinaryRunner.run(["convert", input, "-o", out, "--to", "html", "-q"])
        #expect(result.status == 1, "the empty article fails")
        #expect(hidden().isEmpty, "the next run removed the killed run's hidden folder")
        for path in ["harbor.html", "world/markets.html", "world/wetter.html"] {
            #expect(FileManager.default.fileExists(atPath: "\(out)/\(path)"), "\(path) missing")
        }
    }

    /// Inputs named on the command line may have an output's extension: an output that would be
    /// the input itself is refused, whichever writer's extension it shares.
    @Test func anOutputNeverOverwritesItsInput() throws {
        let root = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let text = try String(contentsOf: Fixtures.sample("harbor-bridge-reopens.txt"), encoding: .utf8)
        for name in ["story.md", "story.page.md", "other.txt"] {
            try text.write(to: root.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let paths = ["story.md", "story.page.md", "other.txt"].map { root.appendingPathComponent($0).path }
        let result = try BinaryRunner.run(["convert"] + paths + ["-o", root.path, "--to", "markdown,frontmatter", "-q"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("story.md: the markdown output would overwrite the input itself"))
        #expect(result.stderr.contains("story.page.md: the markdown output would overwrite the input itself"))
        for path in paths { #expect(try String(contentsOfFile: path, encoding: .utf8) == text, "\(path) is untouched") }
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("other.md").path))
    }

    @Test func outputFolderInsideTheInputTreeIsNotReadBack() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in").path
        _ = try BinaryRunner.run(["convert", input, "-o", "\(input)/out", "--to", "markdown", "--exclude", "empty.txt"])
        let again = try BinaryRunner.run(["convert", input, "-o", "\(input)/out", "--to", "markdown", "--exclude", "empty.txt", "--force"])
        #expect(again.stderr.contains("converted 3,"), "outputs under in/out are not inputs: \(again.stderr)")
    }

    @Test func shardsSplitTheInputsWithoutOverlap() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        var seen: [String] = []
        for k in 1...3 {
            let report = root.appendingPathComponent("r\(k).json").path
            _ = try BinaryRunner.run(["convert", root.appendingPathComponent("in").path, "-o", root.appendingPathComponent("out\(k)").path,
                                      "--to", "json", "--shard", "\(k)/3", "--report", report])
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as! [String: Any]
            seen += (json["files"] as! [[String: Any]]).map { $0["input"] as! String }
        }
        #expect(seen.count == 4)
        #expect(Set(seen).count == 4)
    }

    @Test func filesFromWithNULSeparators() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let list = ["in/harbor.txt", "in/world/markets.txt"].joined(separator: "\0") + "\0"
        let result = try BinaryRunner.run(["convert", "--files-from", "-", "-o", "out", "--to", "json"], stdin: Array(list.utf8), in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("out/in/world/markets.json").path))
    }

    @Test func configFileMakesTheBuildStepOneShortCommand() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("in/world/empty.txt"))
        try """
            version: 1
            formats: [frontmatter]
            flavor: jekyll
            layout: jekyll
            output: site
            provider: { name: Example News, domain: example.com }
            """.write(to: root.appendingPathComponent("copydesk.yml"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["convert", "in"], in: root, environment: ["SOURCE_DATE_EPOCH": "1767225600"])
        #expect(result.status == 0, "\(result.stderr)")
        let posts = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("site/_posts").path).sorted()
        #expect(posts.contains("2026-01-01-harbor-bridge-reopens-after-two-year-rebuild.md"))
        let page = try String(contentsOf: root.appendingPathComponent("site/_posts/2026-01-01-harbor-bridge-reopens-after-two-year-rebuild.md"), encoding: .utf8)
        #expect(page.contains("guid: \"tag:example.com,2026:"))
        try "version: 1\nlayuot: hugo\n".write(to: root.appendingPathComponent("copydesk.yml"), atomically: true, encoding: .utf8)
        let bad = try BinaryRunner.run(["convert", "in"], in: root)
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("copydesk: copydesk.yml: unknown setting 'layuot'"))
    }

    @Test func duplicateSlugsGetNumbers() throws {
        let root = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("in"), withIntermediateDirectories: true)
        for name in ["a", "b", "c"] {
            try "Same headline\n\nText \(name).\n".write(to: root.appendingPathComponent("in/\(name).txt"), atomically: true, encoding: .utf8)
        }
        let result = try BinaryRunner.run(["convert", "in", "-o", "site", "--to", "frontmatter", "--layout", "hugo"], in: root)
        #expect(result.status == 0)
        let pages = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("site/content").path).sorted()
        #expect(pages == ["same-headline-2.md", "same-headline-3.md", "same-headline.md"])
        let second = try String(contentsOf: root.appendingPathComponent("site/content/same-headline-2.md"), encoding: .utf8)
        #expect(second.contains("slug: \"same-headline-2\"") && second.contains("Text b."))
    }

    @Test func usageErrors() throws {
        let bulk = try BinaryRunner.run(["convert", Fixtures.repository.appendingPathComponent("Samples").path, "--to", "json"])
        #expect(bulk.status == 64)
        #expect(bulk.stderr.contains("needs -o OUTDIR"))
        #expect(try BinaryRunner.run(["convert", "x", "--shard", "4/3", "-o", "o"]).status == 64)
        #expect(try BinaryRunner.run(["convert", "x", "--layout", "gatsby", "-o", "o"]).status != 0)
    }
}

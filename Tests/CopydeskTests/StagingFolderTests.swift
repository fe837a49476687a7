import Foundation
import Testing
import TestSupport
@testable import Copydesk

/// A bulk run into a folder that does not exist builds it under a hidden name and renames it into
/// place at the end; into an existing folder, every output goes in by itself (FileIOTests).
@Suite struct StagingFolderTests {
    static let article = "Headline of the story\n\nBy Jane Doe\n\nPARIS — The first paragraph says what happened.\n\nA second paragraph.\n"

    /// `count` articles in `root/in` (half of them in a subfolder).
    static func inputs(in root: URL, count: Int) throws -> [BulkInput] {
        try (0..<count).map { i in
            let relative = i % 2 == 0 ? "story-\(i).txt" : "world/story-\(i).txt"
            let url = root.appendingPathComponent("in/" + relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(article.utf8).write(to: url)
            return BulkInput(path: url.path, relative: relative)
        }
    }

    static func converter(_ output: String) -> BulkConverter {
        BulkConverter(options: BulkConverter.Options(outputFolder: output, writers: [HTMLFormat(), MarkdownFormat()]))
    }

    static func hidden(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".out" + StagingFolder.marker) }
    }

    @Test func aNewFolderAppearsOnlyWhenTheRunEnds() throws {
        let root = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = try Self.inputs(in: root, count: 6)
        let out = root.path + "/out"
        let seen = Locked<[(exists: Bool, hidden: Int)]>([])
        let (summary, _) = try Self.converter(out).run(inputs) { _, _, _ in
            seen.update { $0.append((FileManager.default.fileExists(atPath: out), Self.hidden(in: root.path).count)) }
        }
        #expect(summary.converted == 6)
        #expect(seen.value.count == 6 && seen.value.allSatisfy { !$0.exists && $0.hidden == 1 }, "built out of sight: \(seen.value)")
        #expect(Self.hidden(in: root.path).isEmpty, "the hidden folder became the output folder")
        for i in 0..<6 {
            let base = out + (i % 2 == 0 ? "/story-\(i)" : "/world/story-\(i)")
            #expect(try String(contentsOfFile: base + ".html", encoding: .utf8).contains("<h1 class=\"copydesk-headline\">Headline of the story</h1>"))
            #expect(try String(contentsOfFile: base + ".md", encoding: .utf8).hasPrefix("# Headline of the story"))
        }
        #expect(FileManager.default.fileExists(atPath: out + "/" + BulkManifest.fileName), "the manifest moves in with the outputs")
        // The next run finds the folder and goes incremental, one output at a time.
        let (again, _) = try Self.converter(out).run(inputs)
        #expect(again.unchanged == 6 && again.converted == 0)
    }

    /// Another process (a second shard) created the folder meanwhile: the outputs move in one by
    /// one and what was there stays.
    @Test func aFolderThatAppearedMeanwhileGetsTheOutputsMovedIn() throws {
        let root = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = try Self.inputs(in: root, count: 4)
        let out = root.path + "/out"
        let made = Locked(false)
        let (summary, _) = try Self.converter(out).run(inputs) { _, _, _ in
            made.update { done in
                guard !done else { return }
                try? FileManager.default.createDirectory(atPath: out + "/world", withIntermediateDirectories: true)
                try? Data("other shard".utf8).write(to: URL(fileURLWithPath: out + "/world/other.html"))
                done = true
            }
        }
        #expect(summary.converted == 4)
        #expect(try String(contentsOfFile: out + "/world/other.html", encoding: .utf8) == "other shard")
        for name in ["story-0.html", "story-2.md", "world/story-1.html", "world/story-3.md"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + name), "\(name)")
        }
        #expect(Self.hidden(in: root.path).isEmpty)
    }

    /// A killed run's hidden folder is removed by the next run into the same folder; one whose
    /// process is alive, or whose lock is held, is left alone.
    @Test func abandonedStagingFoldersAreRemoved() throws {
        let root = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = try Self.inputs(in: root, count: 2)
        let dead = root.path + "/.out\(StagingFolder.marker)2147483646-0"
        let live = root.path + "/.out\(StagingFolder.marker)1-0"  // pid 1 is always running
        let locked = root.path + "/.out\(StagingFolder.marker)2147483645-0"
        for folder in [dead, live, locked] {
            try FileManager.default.createDirectory(atPath: folder + "/world", withIntermediateDirectories: true)
            try Data("half".utf8).write(to: URL(fileURLWithPath: folder + "/world/story-1.html"))
        }
        let holder = open(locked, O_RDONLY | O_DIRECTORY)
        defer { close(holder) }
        #expect(flock(holder, LOCK_EX | LOCK_NB) == 0)
        _ = try Self.converter(root.path + "/out").run(inputs)
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(FileManager.default.fileExists(atPath: live + "/world/story-1.html"))
        #expect(FileManager.default.fileExists(atPath: locked + "/world/story-1.html"))
    }

    /// Two inputs with one output name (story.txt and story.text): the file is whole, not a mix.
    @Test func twoInputsWithOneOutputNameLeaveAWholeFile() throws {
        let root = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var inputs: [BulkInput] = []
        for (name, headline) in [("story.txt", "First headline here"), ("story.text", "Second headline here")] {
            let path = root.path + "/" + name
            try Data("\(headline)\n\nPARIS — A paragraph.\n".utf8).write(to: URL(fileURLWithPath: path))
            inputs.append(BulkInput(path: path, relative: name))
        }
        let (summary, _) = try Self.converter(root.path + "/out").run(inputs)
        #expect(summary.converted == 2 && summary.failed == 0)
        let html = try String(contentsOfFile: root.path + "/out/story.html", encoding: .utf8)
        #expect(html.contains("Second headline here") && !html.contains("First headline here"))
    }

    /// A failed write leaves nothing behind in the hidden folder, so nothing partial moves in.
    @Test func aFailedNewFileIsRemoved() throws {
        let root = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(throws: CopydeskError.self) {
            try FileIO.writeNew(Array("x".utf8), to: root.path + "/missing/story.html")
        }
        try FileIO.writeNew(Array("one".utf8), to: root.path + "/story.html")
        try FileIO.writeNew(Array("two".utf8), to: root.path + "/story.html")
        #expect(try String(contentsOfFile: root.path + "/story.html", encoding: .utf8) == "two", "an existing file is replaced whole")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["story.html"])
    }
}

/// A value shared with a progress callback, which may run on any worker thread.
final class Locked<Value>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()
    init(_ value: Value) { stored = value }
    var value: Value { lock.lock(); defer { lock.unlock() }; return stored }
    func update(_ change: (inout Value) -> Void) { lock.lock(); defer { lock.unlock() }; change(&stored) }
}

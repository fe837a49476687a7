import Foundation
import Testing
import TestSupport
@testable import Copydesk

@Suite struct FileIOTests {
    @Test func writesAtomicallyAndLeavesNoTemporaryFiles() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.json").path
        try FileIO.writeAtomically(Array("one".utf8), to: path)
        try FileIO.writeAtomically(Array("two".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
    }

    /// A bulk worker keeps the folder it writes into open; moving between folders, replacing a
    /// file and a folder that is not there all behave as with whole paths.
    @Test func writesRelativeToAnOpenFolder() throws {
        let root = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["a", "b"] { try FileManager.default.createDirectory(at: root.appendingPathComponent(name), withIntermediateDirectories: true) }
        let open = OpenFolder()
        for (i, folder) in ["a", "b", "a"].enumerated() {
            try FileIO.writeAtomically(Array("text \(i)".utf8), to: "\(root.path)/\(folder)/story.html", folder: open)
        }
        #expect(try String(contentsOfFile: root.path + "/a/story.html", encoding: .utf8) == "text 2")
        #expect(try String(contentsOfFile: root.path + "/b/story.html", encoding: .utf8) == "text 1")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path + "/a") == ["story.html"], "no temporary file left")
        #expect(throws: CopydeskError.self) {
            try FileIO.writeAtomically(Array("x".utf8), to: root.path + "/missing/story.html", folder: open)
        }
        try FileIO.writeAtomically(Array("after".utf8), to: root.path + "/b/story.html", folder: open)
        #expect(try String(contentsOfFile: root.path + "/b/story.html", encoding: .utf8) == "after", "a failed open leaves the handle usable")
    }

    @Test func missingFilesAndDirectoriesAreMissingInput() throws {
        #expect(throws: CopydeskError(.missingInput, path: "/nonexistent/x.txt", "no such file")) {
            try FileIO.read("/nonexistent/x.txt")
        }
        #expect(throws: CopydeskError(.missingInput, path: "/tmp", "is a directory, expected a file")) {
            try FileIO.read("/tmp")
        }
    }
}

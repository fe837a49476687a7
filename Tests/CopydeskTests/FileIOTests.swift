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

    #if os(Linux)
    /// Both ways of writing give the same files and the same errors: unnamed files linked into
    /// place where the system allows it, named temporary files renamed where it does not.
    @Test(arguments: [true, false])
    func bothWaysOfWritingAgree(unnamed: Bool) throws {
        let root = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("a"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("a/taken.html"), withIntermediateDirectories: true)
        let open = OpenFolder()
        let writeOne = { (bytes: [UInt8], path: String, folder: OpenFolder?) throws(CopydeskError) in
            if unnamed {
                #expect(try UnnamedFile.write(bytes, to: path, folder: folder), "this system links unnamed files")
            } else {
                let file = try AtomicFile(path, folder: folder)
                try file.write(bytes)
                try file.commit()
            }
        }
        for folder in [nil, open] as [OpenFolder?] {
            try writeOne(Array("new".utf8), root.path + "/a/story.html", folder)
            #expect(try String(contentsOfFile: root.path + "/a/story.html", encoding: .utf8) == "new")
            try writeOne(Array("replaced".utf8), root.path + "/a/story.html", folder)
            #expect(try String(contentsOfFile: root.path + "/a/story.html", encoding: .utf8) == "replaced")
            #expect(throws: CopydeskError(.io, path: root.path + "/a/taken.html", "is a directory, cannot write the output there")) {
                try writeOne(Array("x".utf8), root.path + "/a/taken.html", folder)
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path + "/a").sorted() == ["story.html", "taken.html"], "no temporary file left")
        let mode = try FileManager.default.attributesOfItem(atPath: root.path + "/a/story.html")[.posixPermissions] as? Int
        #expect(mode == 0o644 & ~Int(try Self.umask()))
    }

    /// The process's umask, read without setting it (tests run in parallel).
    static func umask() throws -> mode_t {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") } ?? "Umask: 0022"
        return mode_t(line.split(separator: "\t").last.flatMap { mode_t($0.trimmingCharacters(in: .whitespaces), radix: 8) } ?? 0o022)
    }
    #endif

    /// Files read whole whatever their size (one read for a regular file: the short read is its
    /// end), empty ones included, and a pipe read to its end however its writes arrive.
    @Test func readsWholeFilesAndPipes() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for size in [0, 1, 4095, 4096, 4097, 70_000] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let path = folder.appendingPathComponent("in-\(size).txt").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            #expect(try FileIO.read(path) == bytes)
        }
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let chunk = [UInt8](repeating: 0x61, count: 3000)
        let writeEnd = fds[1]
        let writer = Thread {
            for _ in 0..<5 { _ = chunk.withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }; usleep(2000) }
            close(writeEnd)
        }
        writer.start()
        let read = try FileIO.readAll(fd: fds[0], path: "<pipe>", sizeHint: 0, regularFile: false)
        close(fds[0])
        #expect(read.count == 15_000)
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

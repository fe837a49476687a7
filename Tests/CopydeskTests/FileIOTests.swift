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

    @Test func missingFilesAndDirectoriesAreMissingInput() throws {
        #expect(throws: CopydeskError(.missingInput, path: "/nonexistent/x.txt", "no such file")) {
            try FileIO.read("/nonexistent/x.txt")
        }
        #expect(throws: CopydeskError(.missingInput, path: "/tmp", "is a directory, expected a file")) {
            try FileIO.read("/tmp")
        }
    }
}

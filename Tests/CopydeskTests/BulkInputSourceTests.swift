import Foundation
import Testing
import TestSupport
@testable import Copydesk

/// The streamed walk hands out exactly what a sorted, depth-first listing would, one at a time.
@Suite struct BulkInputSourceTests {
    func makeTree() throws -> URL {
        let root = try BinaryRunner.temporaryFolder()
        let files = ["b.txt", "a/z.txt", "a/b/c.TXT", "a/b/d.md", "a.txt", ".hidden.txt", "a/.secret/x.txt", "c/deep/er/e.text"]
        for file in files {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        // A link to a file is followed (stat decides); a dangling one is skipped.
        try FileManager.default.createSymbolicLink(atPath: root.path + "/link.txt", withDestinationPath: root.path + "/b.txt")
        try FileManager.default.createSymbolicLink(atPath: root.path + "/dangling.txt", withDestinationPath: root.path + "/missing")
        return root
    }

    @Test func walksFoldersInNameOrderDepthFirst() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let source = try BulkPlan().source(paths: [root.path], filesFrom: nil)
        #expect(!source.isEmpty)
        let relatives = source.drain().map(\.relative)
        #expect(relatives == ["a/b/c.TXT", "a/z.txt", "a.txt", "b.txt", "c/deep/er/e.text", "link.txt"])
        #expect(source.taken == 6)
        #expect(source.restarted().countRemaining() == 6, "a restarted source walks again from the start")
    }

    @Test func filtersAsItGoesAndNumbersInputsInOrder() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        var plan = BulkPlan()
        plan.exclude = ["a/**"]
        plan.skipFolder = root.path + "/c"
        let source = try plan.source(paths: [root.path, root.path + "/a/z.txt"], filesFrom: nil)
        var seen: [String] = []
        while let (index, input) = source.next() {
            #expect(index == seen.count)
            seen.append(input.relative)
        }
        #expect(seen == ["a.txt", "b.txt", "link.txt", "z.txt"])
    }

    /// Workers take a folder's inputs together (two threads writing into one folder wait for
    /// its lock); a batch never crosses into another folder and keeps the input order.
    @Test func batchesStayInOneFolder() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let source = try BulkPlan().source(paths: [root.path], filesFrom: nil)
        var batches: [[String]] = []
        var indices: [Int] = []
        while case let batch = source.nextBatch(limit: 2), !batch.isEmpty {
            batches.append(batch.map(\.input.relative))
            indices += batch.map(\.index)
        }
        #expect(batches == [["a/b/c.TXT"], ["a/z.txt"], ["a.txt", "b.txt"], ["c/deep/er/e.text"], ["link.txt"]])
        #expect(indices == Array(0..<6))
    }

    @Test func aMissingRootFailsBeforeAnything() {
        #expect(throws: CopydeskError.self) { try BulkPlan().source(paths: ["/nonexistent/copydesk"], filesFrom: nil) }
    }

    /// A link back to a folder being walked is not followed again (the kernel would stop only
    /// after 40 links, converting the same articles 40 times over).
    @Test func linkLoopsAreWalkedOnce() throws {
        let root = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: root.appendingPathComponent("a/b/story.txt"))
        try FileManager.default.createSymbolicLink(atPath: root.path + "/a/b/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: root.path + "/a/again", withDestinationPath: root.path + "/a")
        let relatives = try BulkPlan().source(paths: [root.path], filesFrom: nil).drain().map(\.relative)
        #expect(relatives == ["a/b/story.txt"])
    }
}

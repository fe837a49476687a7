import Foundation
import Testing
import TestSupport
@testable import Copydesk
import WorkerThreads

@Suite struct BulkManifestTests {
    @Test func savesAndLoadsEveryEntry() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let digest = BulkManifest.Digest(hex: SHA256.hex(Array("text".utf8)))
        let manifest = BulkManifest(options: "fingerprint-1", entries: [
            "a/b c.txt": .init(size: 5, mtime: 1_767_225_600_123_456_789, digest: digest),
            "z.txt": .init(size: 0, mtime: -1, digest: .init(high: 0, low: .max)),
            "é/ü.txt": .init(size: 7, mtime: 3, digest: digest),
        ])
        try manifest.save(to: folder.path)
        let loaded = BulkManifest.load(from: folder.path, options: "fingerprint-1")
        #expect(loaded.entries == manifest.entries)
        #expect(BulkManifest.load(from: folder.path, options: "other options").entries.isEmpty, "other options start afresh")
        #expect(loaded.lookup("a/b c.txt")?.entry.size == 5)
        #expect(loaded.lookup("é/ü.txt")?.entry.size == 7)
        #expect(loaded.lookup("a/b") == nil && loaded.lookup("") == nil && loaded.lookup("zz.txt") == nil)
    }

    /// The recorder writes entries in input order whatever order they finish in, drops failed
    /// inputs, and carries over what the run did not visit.
    @Test func recorderOrdersEntriesAndCarriesOverUnvisitedOnes() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entry = { (n: Int64) in BulkManifest.Entry(size: n, mtime: n, digest: .init(high: UInt64(n), low: 1)) }
        let previous = BulkManifest(options: "o", entries: ["old.txt": entry(9), "b.txt": entry(8), "gone.txt": entry(7)])
        let recorder = try ManifestRecorder(folder: folder.path, options: "o", previous: previous)
        recorder.record(index: 2, path: "c.txt", entry: entry(3), previous: nil)
        recorder.record(index: 0, path: "b.txt", entry: entry(1), previous: previous.lookup("b.txt")?.position)
        recorder.record(index: 1, path: "gone.txt", entry: nil, previous: previous.lookup("gone.txt")?.position)
        try recorder.finish()
        let text = try String(contentsOfFile: folder.path + "/" + BulkManifest.fileName, encoding: .utf8)
        #expect(text == "copydesk-manifest 2 o\n1 1 1 1 b.txt\n3 3 3 1 c.txt\n9 9 9 1 old.txt\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names == [BulkManifest.fileName], "no temporary file is left behind")
    }

    /// The inputs whose entries the manifest `body` records ends up with, in file order.
    func recordedIndices(_ body: (ManifestRecorder) throws -> Void) throws -> [Int] {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let recorder = try ManifestRecorder(folder: folder.path, options: "o", previous: BulkManifest(options: "o"))
        try body(recorder)
        try recorder.finish()
        let lines = try String(contentsOfFile: folder.path + "/" + BulkManifest.fileName, encoding: .utf8).split(separator: "\n").dropFirst()
        return lines.map { Int($0.split(separator: " ").last!)! }
    }

    static func entry(_ n: Int) -> BulkManifest.Entry { .init(size: Int64(n), mtime: 0, digest: .init(high: 0, low: 0)) }

    /// A worker's entries stay with it until every earlier input's are in; a finished worker's
    /// leftovers wait in the recorder; the file is in input order either way.
    @Test func workersEntriesAreWrittenOnceEveryEarlierOneIsIn() throws {
        let indices = try recordedIndices { recorder in
            var early = ManifestRecorder.Records(), late = ManifestRecorder.Records()
            for i in 40..<80 { late.add(index: i, path: "\(i)", entry: Self.entry(i), previous: nil) }
            #expect(late.isFull)
            recorder.record(&late)
            #expect(!late.isFull, "nothing before 40 is in: kept, and tried again 32 entries later")
            for i in 0..<40 { early.add(index: i, path: "\(i)", entry: i == 7 ? nil : Self.entry(i), previous: nil) }
            recorder.record(&early)
            late.add(index: 80, path: "80", entry: Self.entry(80), previous: nil)
            recorder.record(&late, final: true)
        }
        #expect(indices == (0...80).filter { $0 != 7 }, "in input order; the failed input 7 left out")
    }

    /// A worker that took the later half of another's inputs holds earlier entries behind its
    /// own later ones; its last hand-over writes them all once they are next.
    @Test func aWorkersEarlierEntriesBehindLaterOnesAreWrittenAtItsLastHandOver() throws {
        let indices = try recordedIndices { recorder in
            var first = ManifestRecorder.Records(), second = ManifestRecorder.Records()
            for i in 0..<10 { first.add(index: i, path: "\(i)", entry: Self.entry(i), previous: nil) }
            recorder.record(&first, final: true)
            // Its own batch (20..<30) first, then the half it took of the other's (10..<20).
            for i in Array(20..<30) + Array(10..<20) { second.add(index: i, path: "\(i)", entry: Self.entry(i), previous: nil) }
            recorder.record(&second, final: true)
        }
        #expect(indices == Array(0..<30))
    }

    /// Workers on many threads, each with batches of its own and each batch's later half done
    /// before its earlier half (as after taking half of another's): every entry once, in order.
    @Test func concurrentWorkersWriteEveryEntryInOrder() throws {
        let workers = 4, batches = 40, size = 50
        let indices = try recordedIndices { recorder in
            WorkerThreads.run(workers) { worker in
                var records = ManifestRecorder.Records()
                // Worker w takes batches w, w + 4, w + 8, … as a scheduler would hand them out.
                for batch in stride(from: worker, to: batches, by: workers) {
                    let start = batch * size, middle = start + size / 2
                    for index in Array(middle..<start + size) + Array(start..<middle) {
                        records.add(index: index, path: "\(index)", entry: Self.entry(index), previous: nil)
                        if records.isFull { recorder.record(&records) }
                    }
                }
                recorder.record(&records, final: true)
            }
        }
        #expect(indices == Array(0..<batches * size))
    }

    @Test func digestKeepsTheFirst128Bits() {
        let d = BulkManifest.Digest(hex: "0123456789abcdefFEDCBA9876543210ffff")
        #expect(d.high == 0x0123456789abcdef)
        #expect(d.low == 0xfedcba9876543210)
    }

    @Test func sha256MatchesTheStandard() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = [UInt8](repeating: 0x61, count: 1000)
        #expect(SHA256.hex(long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        // FIPS 180-4 two-block example.
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    /// The CPU's SHA instructions and the portable rounds give the same digest at every length
    /// around the block and padding boundaries, and on a few large inputs.
    @Test func hardwareAndPortableDigestsAgree() {
        guard SHA256.hardware else {
            print("note: this CPU has no SHA extensions; only the portable SHA-256 rounds were tested")
            return
        }
        var generator = RandomArticles.Random(state: 2027)
        var lengths = Array(0...200)
        lengths += [511, 512, 513, 4_095, 4_096, 5_000, 65_537]
        for length in lengths {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(SHA256.hex(bytes, hardware: true) == SHA256.hex(bytes, hardware: false), "length \(length)")
        }
    }

    /// A killed run's temporary manifest is cleared by the next run; a live process's is kept.
    @Test func abandonedTemporaryManifestsAreRemoved() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dead = folder.path + "/.\(BulkManifest.fileName).copydesk-2147483646-1"
        let live = folder.path + "/.\(BulkManifest.fileName).copydesk-1-3"  // pid 1 is always running
        for path in [dead, live] { try Data("x".utf8).write(to: URL(fileURLWithPath: path)) }
        let recorder = try ManifestRecorder(folder: folder.path, options: "o", previous: BulkManifest(options: "o"))
        try recorder.finish()
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(FileManager.default.fileExists(atPath: live))
    }
}

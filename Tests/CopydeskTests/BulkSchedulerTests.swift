import Testing
@testable import Copydesk

/// Workers take a folder's inputs together and share the rest when they run out.
@Suite struct BulkSchedulerTests {
    static func inputs(_ relatives: [String]) -> BulkInputSource {
        BulkInputSource(relatives.map { BulkInput(path: "/in/" + $0, relative: $0) })
    }

    @Test func workersTakeDifferentFolders() {
        let scheduler = BulkScheduler(source: Self.inputs(["a/1.txt", "a/2.txt", "a/3.txt", "b/1.txt", "b/2.txt"]), workers: 2, limit: 256)
        #expect(scheduler.next(for: 0)?.input.relative == "a/1.txt")
        #expect(scheduler.next(for: 1)?.input.relative == "b/1.txt", "the second worker starts on the next folder")
        #expect(scheduler.next(for: 0)?.input.relative == "a/2.txt")
        #expect(scheduler.next(for: 1)?.input.relative == "b/2.txt")
    }

    @Test func anIdleWorkerTakesTheLaterHalfOfAnothersInputs() {
        let scheduler = BulkScheduler(source: Self.inputs((0..<10).map { "a/\($0).txt" }), workers: 2, limit: 256)
        #expect(scheduler.next(for: 0)?.index == 0, "one folder: the first worker takes it whole")
        #expect(scheduler.next(for: 1)?.index == 5, "the second takes 5...9 of the nine left")
        var seen = [0, 5]
        var worker = 0
        while let item = scheduler.next(for: worker) ?? scheduler.next(for: 1 - worker) {
            seen.append(item.index)
            worker = 1 - worker
        }
        #expect(seen.sorted() == Array(0..<10), "every input exactly once")
    }

    @Test func batchesAreCappedAndWhatIsTakenCanBeDrained() {
        let scheduler = BulkScheduler(source: Self.inputs((0..<10).map { "a/\($0).txt" }), workers: 3, limit: 4)
        #expect(scheduler.next(for: 0)?.index == 0)
        #expect(scheduler.next(for: 1)?.index == 4, "at most four at a time")
        let taken = scheduler.drainTaken().map(\.index)
        #expect(taken == [1, 2, 3, 5, 6, 7], "taken and not started, in input order")
        #expect(scheduler.next(for: 2)?.index == 8, "the source goes on after a drain")
    }
}

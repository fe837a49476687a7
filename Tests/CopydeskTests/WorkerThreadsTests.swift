#if canImport(Glibc)
import Glibc
#endif
import Testing
import WorkerThreads
@testable import Copydesk

/// The bulk run's workers: every one runs, each on a thread of its own, all at once, none pinned.
@Suite struct WorkerThreadsTests {
    /// What the workers saw, gathered under a lock.
    final class Seen: @unchecked Sendable {
        private let lock = Lock()
        private var workers: [Int] = []
        private var threads: [pthread_t] = []
        private var cpus: [Int?] = []
        func add(_ worker: Int) {
            lock.locked {
                workers.append(worker)
                threads.append(pthread_self())
                cpus.append(WorkerThreads.allowedCPUs)
            }
        }
        var arrived: Int { lock.locked { workers.count } }
        var all: (workers: [Int], threads: [pthread_t], cpus: [Int?]) { lock.locked { (workers, threads, cpus) } }
    }

    @Test func everyWorkerRunsOnceOnAThreadOfItsOwnAndAllAtOnce() {
        let count = 4
        let seen = Seen()
        WorkerThreads.run(count) { worker in
            seen.add(worker)
            // Nobody leaves before everybody has arrived: run one after another, the first would wait out the deadline.
            let deadline = Self.now() + 10
            while seen.arrived < count && Self.now() < deadline { usleep(100) }
        }
        let all = seen.all
        #expect(all.workers.sorted() == Array(0..<count))
        #expect(Set(all.threads.map { UInt($0) }).count == count, "one thread per worker")
        #expect(all.threads[all.workers.firstIndex(of: 0)!] == pthread_self(), "worker 0 is the calling thread")
    }

    @Test func startedThreadsMayRunWhereverTheirCreatorMay() throws {
        let creator = try #require(WorkerThreads.allowedCPUs)
        let seen = Seen()
        WorkerThreads.run(3) { seen.add($0) }
        // A thread first kept off its creator's CPU (to start at once) gets every CPU back.
        #expect(seen.all.cpus == [Int?](repeating: creator, count: 3))
    }

    @Test func oneWorkerRunsOnTheCallingThreadAndNoneRunsNothing() {
        let seen = Seen()
        WorkerThreads.run(1) { seen.add($0) }
        #expect(seen.all.workers == [0])
        #expect(seen.all.threads == [pthread_self()])
        WorkerThreads.run(0) { seen.add($0) }
        #expect(seen.arrived == 1)
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

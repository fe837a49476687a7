/// Hands the inputs of a bulk run to its workers. A worker takes up to `limit` inputs of one
/// folder at a time, so that workers create and rename files in different folders (two threads
/// in one folder wait for its lock in the kernel); a worker that finds nothing left to take
/// takes the later half of what another has taken and not started, so that a folder of a few
/// dozen articles still keeps every core busy. Each worker's inputs have a lock of their own,
/// which only a worker taking half of them shares: handing out the next input of a batch makes
/// no worker wait for another.
final class BulkScheduler: @unchecked Sendable {
    typealias Item = (index: Int, input: BulkInput)

    private let source: BulkInputSource
    private let limit: Int
    private let sourceLock = Lock()
    private let queues: [Queue]

    /// One worker's inputs, taken and not started, the next one last.
    private final class Queue: @unchecked Sendable {
        let lock = Lock()
        var items: [Item] = []
    }

    init(source: BulkInputSource, workers: Int, limit: Int) {
        self.source = source
        self.limit = max(1, limit)
        queues = (0..<max(1, workers)).map { _ in Queue() }
    }

    /// The next input for `worker` (0..<workers), or nil when there is none left anywhere.
    func next(for worker: Int) -> Item? {
        let own = queues[worker]
        while true {
            if let item = own.lock.locked({ own.items.popLast() }) { return item }
            let batch = sourceLock.locked { source.nextBatch(limit: limit) }
            if !batch.isEmpty {
                return own.lock.locked {
                    own.items = batch.reversed()
                    return own.items.popLast()
                }
            }
            guard let stolen = takeHalf(for: worker) else { return nil }
            own.lock.locked { own.items = stolen }
        }
    }

    /// The later half of the fullest other queue (the front of a queue that keeps its next input
    /// last), or nil when every queue is empty. One lock at a time, so two thieves never deadlock.
    private func takeHalf(for worker: Int) -> [Item]? {
        while true {
            var fullest: (queue: Queue, count: Int)?
            for (index, queue) in queues.enumerated() where index != worker {
                let count = queue.lock.locked { queue.items.count }
                if count > (fullest?.count ?? 0) { fullest = (queue, count) }
            }
            guard let victim = fullest?.queue else { return nil }
            let half: [Item] = victim.lock.locked {
                let half = (victim.items.count + 1) / 2
                defer { victim.items.removeFirst(half) }
                return Array(victim.items[..<half])
            }
            // Emptied by its owner meanwhile: look again.
            if !half.isEmpty { return half }
        }
    }

    /// What the workers took and did not start (after a stop), in input order; the queues are emptied.
    func drainTaken() -> [Item] {
        var taken: [Item] = []
        for queue in queues {
            queue.lock.locked {
                taken += queue.items
                queue.items = []
            }
        }
        return taken.sorted { $0.index < $1.index }
    }
}

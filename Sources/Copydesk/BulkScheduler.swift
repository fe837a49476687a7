/// Hands the inputs of a bulk run to its workers. A worker takes up to `limit` inputs of one
/// folder at a time, so that workers create and rename files in different folders (two threads
/// in one folder wait for its lock in the kernel); a worker that finds nothing left to take
/// takes the later half of what another has taken and not started, so that a folder of a few
/// dozen articles still keeps every core busy.
final class BulkScheduler: @unchecked Sendable {
    typealias Item = (index: Int, input: BulkInput)

    private let source: BulkInputSource
    private let limit: Int
    private let lock = Lock()
    /// Per worker: taken and not started, the next one last.
    private var queues: [[Item]]

    init(source: BulkInputSource, workers: Int, limit: Int) {
        self.source = source
        self.limit = max(1, limit)
        queues = Array(repeating: [], count: max(1, workers))
    }

    /// The next input for `worker` (0..<workers), or nil when there is none left anywhere.
    func next(for worker: Int) -> Item? {
        lock.locked {
            if queues[worker].isEmpty {
                let batch = source.nextBatch(limit: limit)
                if !batch.isEmpty {
                    queues[worker] = batch.reversed()
                } else if let busiest = queues.indices.max(by: { queues[$0].count < queues[$1].count }), !queues[busiest].isEmpty {
                    // The later half sits at the front of a queue that keeps its next input last.
                    let half = (queues[busiest].count + 1) / 2
                    queues[worker] = Array(queues[busiest][..<half])
                    queues[busiest].removeFirst(half)
                }
            }
            return queues[worker].popLast()
        }
    }

    /// What the workers took and did not start (after a stop), in input order; the queues are emptied.
    func drainTaken() -> [Item] {
        lock.locked {
            let taken = queues.joined().sorted { $0.index < $1.index }
            queues = Array(repeating: [], count: queues.count)
            return taken
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
import CWorkerThreads

/// Runs one body on several threads at once: the workers of a bulk run. Plain threads rather than
/// Dispatch's pool, which starts its first worker 0.3-4 ms late (median 2 ms on the benchmark VM,
/// twice the cost of a whole article): its own manager thread comes first, and either may wait a
/// scheduler tick on the CPU its creator keeps busy (see copydesk_thread_start).
public enum WorkerThreads {
    /// Calls `body(worker)` for every worker in 0..<count at once, worker 0 on the calling thread,
    /// and returns when every call has returned. A thread that cannot be started leaves its worker
    /// out, so bodies must share their work (take it from a common queue), not own a fixed part.
    public static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        var threads: [pthread_t] = []
        threads.reserveCapacity(count - 1)
        for worker in 1..<count {
            let job = Unmanaged.passRetained(Job(worker: worker, body: body)).toOpaque()
            var thread = pthread_t()
            let started = copydesk_thread_start(&thread, { context in
                let job = Unmanaged<Job>.fromOpaque(context!).takeRetainedValue()
                job.body(job.worker)
                return nil
            }, job)
            if started == 0 {
                threads.append(thread)
            } else {
                Unmanaged<Job>.fromOpaque(job).release()
            }
        }
        body(0)
        for thread in threads { pthread_join(thread, nil) }
    }

    /// How many CPUs the calling thread may run on (`taskset`, a container's cpuset), or nil when
    /// the system does not say.
    public static var allowedCPUs: Int? {
        let count = Int(copydesk_allowed_cpu_count())
        return count > 0 ? count : nil
    }

    private final class Job: Sendable {
        let worker: Int
        let body: @Sendable (Int) -> Void
        init(worker: Int, body: @escaping @Sendable (Int) -> Void) {
            self.worker = worker
            self.body = body
        }
    }
}

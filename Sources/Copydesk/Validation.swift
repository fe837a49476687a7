#if canImport(Glibc)
import Glibc
#endif
import WorkerThreads
import NewsMLValidator
import Synchronization

/// Validates many NewsML-G2 files on all cores with one compiled schema.
public struct ValidationRun: Sendable {
    public var validator: NewsMLSchemaValidator
    public var jobs: Int

    public init(schemaPath: String, jobs: Int) throws(CopydeskError) {
        do {
            validator = try NewsMLSchemaValidator(schemaPath: schemaPath)
        } catch {
            throw CopydeskError(.io, path: schemaPath, error.message)
        }
        self.jobs = max(1, jobs)
    }

    /// Reports in input order; an unreadable file is reported as an error of its own.
    public func validate(_ files: [String]) -> [FileReport] {
        let slots = Slots<FileReport>(count: files.count)
        let validator = self.validator
        let workers = min(jobs, max(1, files.count))
        let next = Counter()
        WorkerThreads.run(workers) { _ in
            let session = validator.makeSession()
            while let index = next.take(below: files.count) {
                let file = files[index]
                let label = file == "-" ? "<stdin>" : file
                do throws(CopydeskError) {
                    let bytes = try FileIO.read(file)
                    slots.set(index, validator.validate(bytes, file: label, session: session))
                } catch {
                    slots.set(index, FileReport(file: label, diagnostics: [
                        Diagnostic(file: label, line: nil, severity: .error, code: "IO", message: error.message)]))
                }
            }
        }
        return slots.values()
    }
}

/// Slots written by concurrent workers, one index each.
final class Slots<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = Lock()
    /// `count` slots to begin with; setting a slot beyond them grows the list (a streamed run
    /// does not know its count up front).
    init(count: Int = 0) { storage = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: T) {
        lock.locked {
            if index >= storage.count { storage += Array(repeating: nil, count: index + 1 - storage.count) }
            storage[index] = value
        }
    }
    func values() -> [T] { storage.map { $0! } }
    func value(_ index: Int) -> T? { lock.locked { index < storage.count ? storage[index] : nil } }
    /// The values set so far, in slot order.
    func filled() -> [T] { lock.locked { storage.compactMap { $0 } } }
}

/// Hands out work indices to concurrent workers.
final class Counter: Sendable {
    // An atomic, not a lock: every article of a bulk run takes from it, and two workers meeting at
    // a lock put one of them to sleep (a futex wait, and on a VM an idle vCPU woken again).
    private let value = Atomic<Int>(0)
    /// Adds one and returns the new count.
    func increment() -> Int { value.wrappingAdd(1, ordering: .relaxed).newValue }
    /// The next number below `limit` (each once), or nil when they are all taken.
    func take(below limit: Int) -> Int? {
        let taken = value.wrappingAdd(1, ordering: .relaxed).oldValue
        return taken < limit ? taken : nil
    }
}

/// A pthread mutex (no Foundation).
final class Lock: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func locked<R>(_ body: () throws -> R) rethrows -> R {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }
}

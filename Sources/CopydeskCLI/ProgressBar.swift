import Copydesk
#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress bar on standard error (files done, rate, time left), redrawn at most ten
/// times a second; silent when disabled (not a terminal, or --quiet).
final class ProgressBar: @unchecked Sendable {
    let enabled: Bool
    private let start = Clock.now()
    private var lastDraw = 0.0
    private var drawn = false
    private var mutex = pthread_mutex_t()

    init(enabled: Bool) {
        self.enabled = enabled
        pthread_mutex_init(&mutex, nil)
    }

    func update(done: Int, total: Int) {
        guard enabled else { return }
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        let now = Clock.now()
        guard now - lastDraw >= 0.1 || done == total else { return }
        lastDraw = now
        let elapsed = max(now - start, 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
        let line = "\r[\(bar)] \(done)/\(total)  \(Int(rate))/s  \(Int(left.rounded(.up)))s left "
        Console.rawError(line)
        drawn = true
    }

    /// Clears the bar so a message can take the line.
    func clear() {
        guard enabled else { return }
        pthread_mutex_lock(&mutex)
        if drawn { Console.rawError("\r\u{1B}[K") }
        drawn = false
        pthread_mutex_unlock(&mutex)
    }

    func finish() {
        clear()
    }
}

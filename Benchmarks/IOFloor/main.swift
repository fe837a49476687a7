// The I/O floor for `make bench`: the least a converter must do. Reads each input once and
// writes four output files of the input's size into a tree that mirrors the inputs' folders
// below their common parent (as copydesk's does), on N threads, with plain POSIX calls, each
// folder created once. copydesk's bulk conversion is measured against this.
//
//     copydesk-iofloor LISTFILE OUTDIR JOBS
#if canImport(Glibc)
import Glibc
#endif
import WorkerThreads

let arguments = CommandLine.arguments
guard arguments.count == 4, let jobs = Int(arguments[3]) else {
    fputs("usage: copydesk-iofloor LISTFILE OUTDIR JOBS\n", stderr)
    exit(64)
}
let outdir = arguments[2]

@Sendable func readFile(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    fstat(fd, &info)
    let size = Int(info.st_size)
    return [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
        var filled = 0
        while filled < size + 1 {
            let n = read(fd, buffer.baseAddress! + filled, size + 1 - filled)
            if n <= 0 { break }
            filled += n
        }
        count = filled
    }
}

let list = String(decoding: readFile(arguments[1]) ?? [], as: UTF8.self).split(separator: "\n").map(String.init)

final class Next: @unchecked Sendable {
    var value = 0
    var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    func take() -> Int? {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        guard value < list.count else { return nil }
        value += 1
        return value - 1
    }
}
let next = Next()

// The folder every input lies under: outputs mirror what is below it.
let common: String = {
    guard var prefix = list.first.map({ String($0[..<($0.lastIndex(of: "/") ?? $0.startIndex)]) }) else { return "" }
    for path in list where !path.hasPrefix(prefix + "/") {
        while !prefix.isEmpty && !path.hasPrefix(prefix + "/") {
            prefix = String(prefix[..<(prefix.lastIndex(of: "/") ?? prefix.startIndex)])
        }
    }
    return prefix
}()

final class Folders: @unchecked Sendable {
    var made: Set<String> = []
    var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    /// mkdir -p of the file's folder, once per folder.
    func make(forFile path: String) {
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        guard !made.contains(folder) else { return }
        var current = ""
        for part in folder.split(separator: "/") {
            current += (current.isEmpty && !folder.hasPrefix("/") ? "" : "/") + part
            mkdir(current, 0o755)
        }
        made.insert(folder)
    }
}
let folders = Folders()

WorkerThreads.run(max(1, jobs)) { _ in
    while let index = next.take() {
        let input = list[index]
        guard let bytes = readFile(input) else { continue }
        var relative = input.hasPrefix(common + "/") ? String(input.dropFirst(common.count + 1)) : input
        while relative.hasPrefix("/") { relative.removeFirst() }
        if let dot = relative.lastIndex(of: "."), !relative[dot...].contains("/") { relative = String(relative[..<dot]) }
        let base = "\(outdir)/\(relative)"
        folders.make(forFile: base)
        for ext in ["a", "b", "c", "d"] {
            let fd = open("\(base).\(ext)", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { continue }
            _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
    }
}

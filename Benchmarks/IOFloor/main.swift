// The I/O floor for `make bench`: the least a converter must do. Reads each input once and
// writes four output files of the input's size into a mirrored tree, on N threads, with plain
// POSIX calls. copydesk's bulk conversion is measured against this.
//
//     copydesk-iofloor LISTFILE OUTDIR JOBS
#if canImport(Glibc)
import Glibc
#endif
import Dispatch

let arguments = CommandLine.arguments
guard arguments.count == 4, let jobs = Int(arguments[3]) else {
    fputs("usage: copydesk-iofloor LISTFILE OUTDIR JOBS\n", stderr)
    exit(64)
}
let outdir = arguments[2]

func readFile(_ path: String) -> [UInt8]? {
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

func makeFolders(_ path: String) {
    var current = ""
    for part in path.split(separator: "/").dropLast() {
        current += (current.isEmpty && !path.hasPrefix("/") ? "" : "/") + part
        mkdir(current, 0o755)
    }
}

DispatchQueue.concurrentPerform(iterations: max(1, jobs)) { _ in
    while let index = next.take() {
        let input = list[index]
        guard let bytes = readFile(input) else { continue }
        var relative = input
        while relative.hasPrefix("/") { relative.removeFirst() }
        let base = "\(outdir)/\(relative)"
        makeFolders(base)
        for ext in ["a", "b", "c", "d"] {
            let fd = open("\(base).\(ext)", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { continue }
            _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
    }
}

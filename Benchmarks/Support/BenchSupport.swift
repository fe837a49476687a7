// What the in-memory benchmarks share: inputs read into memory up front, and a monotonic clock.
#if canImport(Glibc)
import Glibc
#endif

/// The whole file, or no bytes when it cannot be read.
public func readFile(_ path: String) -> [UInt8] {
    guard let file = fopen(path, "rb") else { return [] }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&chunk, 1, chunk.count, file)
        if n <= 0 { break }
        bytes.append(contentsOf: chunk[0..<n])
    }
    return bytes
}

/// Every file a list names, one path per line, read into memory.
public func readListedFiles(_ list: String) -> [[UInt8]] {
    String(decoding: readFile(list), as: UTF8.self).split(separator: "\n").map { readFile(String($0)) }
}

/// Seconds on the monotonic clock.
public func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// The benchmarks' command line, `NAME LISTFILE [ROUNDS [MORE…]]`: the listed files read into
/// memory, the rounds (3 unless given), and what follows. Exits 64 with `usage` without a list.
public struct BenchArguments {
    public let files: [[UInt8]]
    public let rounds: Int
    public let rest: [String]

    public init(usage: String) {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2 else {
            fputs("usage: \(usage)\n", stderr)
            exit(64)
        }
        files = readListedFiles(arguments[1])
        rounds = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
        rest = Array(arguments.dropFirst(3))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ByteScan

/// What the last run in an output folder converted, so a rerun converts only what changed:
/// `OUTDIR/.copydesk-manifest`, a small versioned text file, one line per article:
///
///     copydesk-manifest 2 <options fingerprint>
///     <size> <mtime ns> <digest high> <digest low> <relative path>
///
/// A run reads the previous manifest into this compact, read-only form (one byte buffer for the
/// paths, sorted, searched by halves) and writes the next one while it converts
/// (`ManifestRecorder`), so neither side keeps a string or a dictionary entry per article.
public struct BulkManifest: Sendable {
    public static let fileName = ".copydesk-manifest"
    public static let currentVersion = 2

    /// Small on purpose (it is kept for every article): outputs are not stored, they follow from
    /// the input's path and the options; the digest keeps the first 128 bits of the SHA-256.
    public struct Entry: Sendable, Equatable {
        public var size: Int64
        public var mtime: Int64
        public var digest: Digest

        public init(size: Int64, mtime: Int64, digest: Digest) {
            self.size = size
            self.mtime = mtime
            self.digest = digest
        }

        /// The entry's line in the manifest file.
        func line(path: String) -> String {
            "\(size) \(mtime) \(String(digest.high, radix: 16)) \(String(digest.low, radix: 16)) \(path)\n"
        }
    }

    /// 128 bits of a hex digest, as two integers.
    public struct Digest: Sendable, Equatable {
        public var high: UInt64
        public var low: UInt64

        public init(high: UInt64, low: UInt64) {
            self.high = high
            self.low = low
        }

        public init(hex: String) {
            let bytes = Array(hex.utf8.prefix(32))
            func value(_ slice: ArraySlice<UInt8>) -> UInt64 {
                slice.reduce(0) { $0 << 4 | UInt64($1 <= 0x39 ? $1 - 0x30 : ($1 | 0x20) - 0x61 + 10) }
            }
            high = value(bytes.prefix(16))
            low = value(bytes.dropFirst(16).prefix(16))
        }
    }

    /// A fingerprint of everything that shapes the outputs (formats, writer options, copydesk's version).
    public let options: String
    /// Every path's UTF-8 bytes, back to back, in byte order of the paths.
    private var pathBytes: [UInt8] = []
    /// Where each path starts in `pathBytes` (one more element than there are entries).
    private var pathStarts: [Int32] = [0]
    private var entryList: [Entry] = []

    public init(options: String) { self.options = options }

    public var count: Int { entryList.count }

    /// The entry recorded for a relative path and its position, or nil.
    public func lookup(_ relative: String) -> (position: Int, entry: Entry)? {
        return relative.withBorrowedUTF8 { key -> (position: Int, entry: Entry)? in
            pathBytes.withUnsafeBufferPointer { all in
                var low = 0, high = entryList.count
                while low < high {
                    let mid = (low + high) / 2
                    let path = UnsafeBufferPointer(rebasing: all[Int(pathStarts[mid])..<Int(pathStarts[mid + 1])])
                    switch BulkManifest.compare(path, key) {
                    case 0: return (mid, entryList[mid])
                    case ..<0: low = mid + 1
                    default: high = mid
                    }
                }
                return nil
            }
        }
    }

    public func path(at position: Int) -> String {
        String(decoding: pathBytes[Int(pathStarts[position])..<Int(pathStarts[position + 1])], as: UTF8.self)
    }

    public func entry(at position: Int) -> Entry { entryList[position] }

    /// The manifest in `folder`, or an empty one when there is none, it is unreadable, of another
    /// version, or made with other options (then everything is converted again).
    public static func load(from folder: String, options: String) -> BulkManifest {
        var manifest = BulkManifest(options: options)
        guard let bytes = try? FileIO.read("\(folder)/\(fileName)") else { return manifest }
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)[...]
        guard let header = lines.popFirst(),
              String(decoding: header, as: UTF8.self) == "copydesk-manifest \(currentVersion) \(options)" else { return manifest }
        var parsed: [(path: ArraySlice<UInt8>, entry: Entry)] = []
        parsed.reserveCapacity(lines.count)
        for line in lines {
            let fields = line.split(separator: 0x20, maxSplits: 4, omittingEmptySubsequences: false)
            guard fields.count == 5,
                  let size = Int64(String(decoding: fields[0], as: UTF8.self)),
                  let mtime = Int64(String(decoding: fields[1], as: UTF8.self)),
                  let high = UInt64(String(decoding: fields[2], as: UTF8.self), radix: 16),
                  let low = UInt64(String(decoding: fields[3], as: UTF8.self), radix: 16) else { continue }
            parsed.append((fields[4], Entry(size: size, mtime: mtime, digest: Digest(high: high, low: low))))
        }
        // Stable sort, then the last line of each path wins.
        let order = parsed.indices.sorted { a, b in
            let c = parsed[a].path.withUnsafeBufferPointer { x in parsed[b].path.withUnsafeBufferPointer { y in compare(x, y) } }
            return c != 0 ? c < 0 : a < b
        }
        manifest.pathBytes.reserveCapacity(order.reduce(0) { $0 + parsed[$1].path.count })
        for (n, i) in order.enumerated() {
            if n + 1 < order.count, parsed[order[n + 1]].path == parsed[i].path { continue }
            manifest.append(parsed[i].path, parsed[i].entry)
        }
        return manifest
    }

    /// Adds an entry after the others; paths must come in byte order.
    mutating func append(_ path: ArraySlice<UInt8>, _ entry: Entry) {
        pathBytes.append(contentsOf: path)
        pathStarts.append(Int32(pathBytes.count))
        entryList.append(entry)
    }

    /// Byte order (memcmp), the order the paths are kept in.
    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = min(a.count, b.count)
        if n > 0 {
            let c = memcmp(a.baseAddress!, b.baseAddress!, n)
            if c != 0 { return Int(c) }
        }
        return a.count - b.count
    }

}

/// Writes the next manifest while a run converts: each input's entry as soon as every input
/// before it is done (so the file is in input order and the same on every run), through a
/// temporary file renamed into place at the end. Entries of the previous manifest that this run
/// did not visit (other shards, inputs outside the globs) are carried over; entries of inputs
/// that failed are dropped, so they are tried again.
final class ManifestRecorder: @unchecked Sendable {
    private let file: AtomicFile
    private let previous: BulkManifest
    private let lock = Lock()
    private var buffer: [UInt8] = []
    /// Lines a finished worker left before an earlier input's was in.
    private var waiting: [Int: String?] = [:]
    private var nextIndex = 0
    /// One bit per previous entry: seen in this run.
    private var visited: [UInt64]
    private var failure: CopydeskError?

    init(folder: String, options: String, previous: BulkManifest) throws(CopydeskError) {
        ManifestRecorder.removeAbandonedTemporaries(in: folder)
        file = try AtomicFile("\(folder)/\(BulkManifest.fileName)")
        self.previous = previous
        visited = Array(repeating: 0, count: (previous.count + 63) / 64)
        buffer = Array("copydesk-manifest \(BulkManifest.currentVersion) \(options)\n".utf8)
        buffer.reserveCapacity(1 << 16)
    }

    /// A worker's entries not yet written. They stay with the worker until every earlier input's
    /// entry is in, and only its own thread frees them: a line freed by the other worker meant
    /// glibc locking the arena it came from, and the two workers queued at those locks (about 20
    /// futex waits and wakes in a 1,000-article run, most of the run's sleeping).
    struct Records {
        fileprivate var items: [(index: Int, line: String?, position: Int?)] = []
        /// Handed over (one lock) once this many are pending.
        fileprivate var due = Records.step
        static let step = 32
        var isFull: Bool { items.count >= due }

        /// Input `index`'s entry (nil: not recorded, it is converted next time); `previous` is
        /// its position in the previous manifest, when it had one. Indices mostly increase: one
        /// worker's inputs come in input order, except that half of another's taken later may
        /// come before its own (those wait for the worker's last hand-over).
        mutating func add(index: Int, path: String, entry: BulkManifest.Entry?, previous position: Int?) {
            // Paths with a line break cannot be recorded; they are simply converted again next time.
            let line = entry.flatMap { path.utf8.contains(0x0A) ? nil : $0.line(path: path) }
            items.append((index, line, position))
        }
    }

    /// Writes what of `records` is due: every entry up to the first whose earlier inputs are not
    /// all in. With `final` (the worker is done), the rest is kept here until they are.
    func record(_ records: inout Records, final: Bool = false) {
        guard !records.items.isEmpty else { return }
        let written: Int = lock.locked {
            var taken = 0
            writeWaiting()
            while taken < records.items.count, records.items[taken].index == nextIndex {
                let item = records.items[taken]
                mark(item.position)
                if let line = item.line { buffer.append(contentsOf: line.utf8) }
                nextIndex += 1
                taken += 1
                writeWaiting()
            }
            if final {
                for item in records.items[taken...] {
                    mark(item.position)
                    waiting[item.index] = .some(item.line)
                }
                taken = records.items.count
                // They may be next themselves: a worker that took half of another's inputs holds
                // earlier ones behind later ones.
                writeWaiting()
            }
            if buffer.count >= 1 << 16 { flush() }
            return taken
        }
        records.items.removeFirst(written)
        records.due = records.items.count + Records.step
    }

    /// One input's entry, after the workers are done (see `Records.add`).
    func record(index: Int, path: String, entry: BulkManifest.Entry?, previous position: Int?) {
        var records = Records()
        records.add(index: index, path: path, entry: entry, previous: position)
        record(&records, final: true)
    }

    /// Entries left by workers that finished, as far as they follow on.
    private func writeWaiting() {
        guard !waiting.isEmpty else { return }  // as it mostly is: called after every entry written
        while let ready = waiting.removeValue(forKey: nextIndex) {
            if let ready { buffer.append(contentsOf: ready.utf8) }
            nextIndex += 1
        }
    }

    private func mark(_ position: Int?) {
        if let position { visited[position / 64] |= 1 << UInt64(position % 64) }
    }

    /// Carries over what this run did not visit and puts the file in place.
    func finish() throws(CopydeskError) {
        let failed: CopydeskError? = lock.locked {
            for position in 0..<previous.count where visited[position / 64] & (1 << UInt64(position % 64)) == 0 {
                buffer.append(contentsOf: previous.entry(at: position).line(path: previous.path(at: position)).utf8)
                if buffer.count >= 1 << 16 { flush() }
            }
            flush()
            return failure
        }
        if let failed { file.abandon(); throw failed }
        try file.commit()
    }

    func abandon() { file.abandon() }

    /// A run that was killed leaves its manifest's temporary file behind (`.` + the manifest's
    /// name + `.copydesk-PID-N`). Those of processes that are gone are removed; a live one may be
    /// another shard writing into the same folder.
    static func removeAbandonedTemporaries(in folder: String) {
        let prefix = ".\(BulkManifest.fileName).copydesk-"
        for (name, _) in FileIO.entries(of: folder, prefix: prefix) where FileIO.ownerIsGone(name, after: prefix) {
            unlink("\(folder)/\(name)")
        }
    }

    private func flush() {
        guard failure == nil, !buffer.isEmpty else { buffer.removeAll(keepingCapacity: true); return }
        do throws(CopydeskError) { try file.write(buffer) } catch { failure = error }
        buffer.removeAll(keepingCapacity: true)
    }
}

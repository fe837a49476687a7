/// What the last run in an output folder converted, so a rerun converts only what changed:
/// `OUTDIR/.copydesk-manifest`, a small versioned text file, one line per article:
///
///     copydesk-manifest 2 <options fingerprint>
///     <size> <mtime ns> <digest high> <digest low> <relative path>
///
/// Written and read line by line: a JSON encoder's intermediate tree cost more memory than the
/// whole conversion of 10,000 articles.
public struct BulkManifest: Sendable {
    public static let fileName = ".copydesk-manifest"
    public static let currentVersion = 2

    /// Small on purpose (it is kept for every article): outputs are not stored, they follow from
    /// the input's path and the options; the digest keeps the first 128 bits of the SHA-256.
    public struct Entry: Sendable, Equatable {
        public var size: Int64
        public var mtime: Int64
        public var digest: Digest
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
    public var options: String
    public var entries: [String: Entry] = [:]

    public init(options: String) { self.options = options }

    /// The manifest in `folder`, or an empty one when there is none, it is unreadable, of another
    /// version, or made with other options (then everything is converted again).
    public static func load(from folder: String, options: String) -> BulkManifest {
        var manifest = BulkManifest(options: options)
        guard let bytes = try? FileIO.read("\(folder)/\(fileName)") else { return manifest }
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)[...]
        guard let header = lines.popFirst(),
              String(decoding: header, as: UTF8.self) == "copydesk-manifest \(currentVersion) \(options)" else { return manifest }
        for line in lines {
            let fields = line.split(separator: 0x20, maxSplits: 4, omittingEmptySubsequences: false)
            guard fields.count == 5,
                  let size = Int64(String(decoding: fields[0], as: UTF8.self)),
                  let mtime = Int64(String(decoding: fields[1], as: UTF8.self)),
                  let high = UInt64(String(decoding: fields[2], as: UTF8.self), radix: 16),
                  let low = UInt64(String(decoding: fields[3], as: UTF8.self), radix: 16) else { continue }
            manifest.entries[String(decoding: fields[4], as: UTF8.self)] =
                Entry(size: size, mtime: mtime, digest: Digest(high: high, low: low))
        }
        return manifest
    }

    public func save(to folder: String) throws(CopydeskError) {
        var out = Array("copydesk-manifest \(BulkManifest.currentVersion) \(options)\n".utf8)
        out.reserveCapacity(entries.count * 96 + out.count)
        for key in entries.keys.sorted() {
            // Paths with a line break cannot be recorded; they are simply converted again next time.
            guard let entry = entries[key], !key.utf8.contains(0x0A) else { continue }
            out.append(contentsOf: "\(entry.size) \(entry.mtime) \(String(entry.digest.high, radix: 16)) \(String(entry.digest.low, radix: 16)) \(key)\n".utf8)
        }
        try FileIO.writeAtomically(out, to: "\(folder)/\(BulkManifest.fileName)")
    }
}

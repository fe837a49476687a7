#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What the last run in an output folder converted, so a rerun converts only what changed:
/// `OUTDIR/.copydesk-manifest.json`, versioned.
public struct BulkManifest: Codable, Sendable {
    public static let fileName = ".copydesk-manifest.json"
    public static let currentVersion = 1

    public struct Entry: Codable, Sendable {
        public var size: Int64
        public var mtime: Int64
        public var digest: String
        public var outputs: [String]
    }

    public var version = BulkManifest.currentVersion
    /// A fingerprint of everything that shapes the outputs (formats, writer options, copydesk's version).
    public var options: String
    public var entries: [String: Entry] = [:]

    public init(options: String) { self.options = options }

    /// The manifest in `folder`, or an empty one when there is none, it is unreadable, or it was
    /// made with other options (then everything is converted again).
    public static func load(from folder: String, options: String) -> BulkManifest {
        let path = "\(folder)/\(fileName)"
        guard let bytes = try? FileIO.read(path),
              let manifest = try? JSONDecoder().decode(BulkManifest.self, from: Data(bytes)),
              manifest.version == currentVersion, manifest.options == options else {
            return BulkManifest(options: options)
        }
        return manifest
    }

    public func save(to folder: String) throws(CopydeskError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { throw CopydeskError(.io, path: folder, "cannot encode the manifest") }
        try FileIO.writeAtomically([UInt8](data), to: "\(folder)/\(BulkManifest.fileName)")
    }
}

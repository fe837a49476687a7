@testable import Copydesk

/// Manifests built and written in memory, for the tests (a run loads one with `load` and writes
/// the next through `ManifestRecorder`).
extension BulkManifest {
    init(options: String, entries: [String: Entry]) {
        self.init(options: options)
        for key in entries.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            append(Array(key.utf8)[...], entries[key]!)
        }
    }

    /// Every entry, by path.
    var entries: [String: Entry] {
        var all: [String: Entry] = [:]
        for i in 0..<count { all[path(at: i)] = entry(at: i) }
        return all
    }

    func save(to folder: String) throws(CopydeskError) {
        let recorder = try ManifestRecorder(folder: folder, options: options, previous: BulkManifest(options: options))
        for i in 0..<count { recorder.record(index: i, path: path(at: i), entry: entry(at: i), previous: nil) }
        try recorder.finish()
    }
}

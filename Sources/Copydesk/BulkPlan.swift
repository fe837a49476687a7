#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One input of a bulk run: where it is, and the path the output tree mirrors.
public struct BulkInput: Sendable, Equatable {
    public var path: String
    /// Relative path inside the input tree, without extension handling (e.g. "world/story.txt").
    public var relative: String
}

/// Finds the inputs of a bulk run: folders walked recursively (skipping the output folder when it
/// sits inside them), `--include`/`--exclude` globs, `--files-from` lists and `--shard K/N`.
public struct BulkPlan: Sendable {
    public var include: [String] = []
    public var exclude: [String] = []
    /// Only inputs whose shard (a stable hash of the relative path) is `index` of `count`.
    public var shard: (index: Int, count: Int)? = nil
    /// Never read anything under this folder (the output folder).
    public var skipFolder: String? = nil
    /// File extensions taken from folders (files named explicitly are always taken).
    public var extensions: Set<String> = ["txt", "text"]

    public init() {}

    /// Every input, in order (see `source`).
    public func inputs(paths: [String], filesFrom: String?) throws(CopydeskError) -> [BulkInput] {
        try source(paths: paths, filesFrom: filesFrom).drain()
    }

    /// The inputs one at a time, so a run holds only the folders being walked, not a list of every
    /// article: folders in name order, depth first, then the `--files-from` list, filtered by the
    /// globs and the shard. Missing inputs and an unreadable list fail here, before any output.
    public func source(paths: [String], filesFrom: String?) throws(CopydeskError) -> BulkInputSource {
        var roots: [BulkInputSource.Root] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else { throw CopydeskError(.missingInput, path: path, "no such file or folder") }
            roots.append((info.st_mode & S_IFMT) == S_IFDIR ? .folder(path) : .file(path))
        }
        if let filesFrom { roots += try InputFiles.list(from: filesFrom).map { .listed($0) } }
        return BulkInputSource(plan: self, roots: roots)
    }

    func selected(_ input: BulkInput) -> Bool {
        if !include.isEmpty && !include.contains(where: { Glob.matches($0, input.relative) }) { return false }
        if exclude.contains(where: { Glob.matches($0, input.relative) }) { return false }
        if let shard { return Int(BulkPlan.stableHash(input.relative) % UInt64(shard.count)) == shard.index }
        return true
    }

    func takesExtension(of name: String) -> Bool {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
        return extensions.contains(String(name[name.index(after: dot)...]).lowercased())
    }

    static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// FNV-1a 64: the same shard for the same relative path on every machine and run.
    public static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return hash
    }
}

/// Hands out the inputs of a bulk run one by one (not thread-safe: the converter calls it under
/// its lock). A folder is listed when the walk enters it; `d_type` tells files from folders, so
/// only symbolic links and file systems that do not fill it in cost a `stat`.
public final class BulkInputSource: @unchecked Sendable {
    enum Root {
        case folder(String)
        case file(String)
        case listed(String)
    }

    private struct Folder {
        var path: String
        var relative: String
        var entries: [(name: String, isFolder: Bool?)]
        /// Identity of the folder: a link back to one still being walked is a loop.
        var device: UInt64
        var inode: UInt64
        var next = 0
    }

    private let plan: BulkPlan?
    private var roots: [Root]
    private var nextRoot = 0
    private var folders: [Folder] = []
    private let skip: String?
    private var given: [BulkInput]?
    private var peeked: BulkInput?
    /// How many inputs have been handed out.
    public private(set) var taken = 0

    init(plan: BulkPlan, roots: [Root]) {
        self.plan = plan
        self.roots = roots
        self.skip = plan.skipFolder.flatMap(BulkPlan.realPath)
    }

    /// A source over a list made beforehand (tests, layouts that must see every input first).
    public init(_ inputs: [BulkInput]) {
        plan = nil
        roots = []
        skip = nil
        given = inputs.reversed()
    }

    /// A new source over the same folders and list, from the start (to count before a run).
    public func restarted() -> BulkInputSource {
        if let plan { return BulkInputSource(plan: plan, roots: roots) }
        return BulkInputSource((peeked.map { [$0] } ?? []) + (given?.reversed() ?? []))
    }

    /// The next input, with its position in the order, or nil at the end.
    public func next() -> (index: Int, input: BulkInput)? {
        guard let input = peeked ?? produce() else { return nil }
        peeked = nil
        taken += 1
        return (taken - 1, input)
    }

    /// Up to `limit` next inputs that share one folder, with their positions (a worker's batch,
    /// see BulkScheduler).
    func nextBatch(limit: Int) -> [(index: Int, input: BulkInput)] {
        guard let first = next() else { return [] }
        var batch = [first]
        let folder = BulkInputSource.folderPart(first.input.relative)
        while batch.count < limit {
            if peeked == nil { peeked = produce() }
            guard let candidate = peeked, BulkInputSource.folderPart(candidate.relative) == folder else { break }
            batch.append(next()!)
        }
        return batch
    }

    /// The relative path up to its last slash ("" for a file at the top).
    static func folderPart(_ relative: String) -> Substring {
        guard let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return relative[..<slash]
    }

    public var isEmpty: Bool {
        if peeked == nil { peeked = produce() }
        return peeked == nil
    }

    /// Everything not yet handed out, as a list.
    public func drain() -> [BulkInput] {
        var all: [BulkInput] = []
        while let (_, input) = next() { all.append(input) }
        return all
    }

    /// Counts what is left without keeping it (after a stop, for the summary).
    public func countRemaining() -> Int {
        var n = 0
        while next() != nil { n += 1 }
        return n
    }

    private func produce() -> BulkInput? {
        if given != nil { return given!.popLast() }
        guard let plan else { return nil }
        while true {
            guard let candidate = step(plan) else { return nil }
            if plan.selected(candidate) { return candidate }
        }
    }

    /// One more candidate from the folder walk or the next root, before the glob and shard filter.
    private func step(_ plan: BulkPlan) -> BulkInput? {
        while true {
            if var folder = folders.popLast() {
                guard folder.next < folder.entries.count else { continue }
                let (name, known) = folder.entries[folder.next]
                folder.next += 1
                let path = "\(folder.path)/\(name)"
                let relative = folder.relative.isEmpty ? name : "\(folder.relative)/\(name)"
                folders.append(folder)
                let isFolder: Bool
                if let known {
                    isFolder = known
                } else {
                    var info = stat()
                    guard stat(path, &info) == 0 else { continue }  // a dangling link
                    isFolder = (info.st_mode & S_IFMT) == S_IFDIR
                }
                if isFolder {
                    enter(path, relative: relative)
                } else if plan.takesExtension(of: name) {
                    return BulkInput(path: path, relative: relative)
                }
                continue
            }
            guard nextRoot < roots.count else { return nil }
            let root = roots[nextRoot]
            nextRoot += 1
            switch root {
            case .folder(let path):
                enter(path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path, relative: "")
            case .file(let path):
                return BulkInput(path: path, relative: BulkPlan.lastComponent(path))
            case .listed(let path):
                var relative = path
                while relative.hasPrefix("./") { relative.removeFirst(2) }
                while relative.hasPrefix("/") { relative.removeFirst() }
                return BulkInput(path: path, relative: relative)
            }
        }
    }

    private func enter(_ path: String, relative: String) {
        if let skip, BulkPlan.realPath(path) == skip { return }
        guard let dir = opendir(path) else { return }
        var info = stat()
        guard fstat(dirfd(dir), &info) == 0 else { closedir(dir); return }
        let device = UInt64(info.st_dev), inode = UInt64(info.st_ino)
        // A symbolic link to a folder above (`up -> ..`): walked once, not until the kernel's
        // link limit stops it. The stack holds exactly the folders being walked.
        if folders.contains(where: { $0.device == device && $0.inode == inode }) {
            closedir(dir)
            return
        }
        var entries: [(name: String, isFolder: Bool?)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }  // ".", "..", hidden files and the manifest
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): entries.append((name, true))
            case Int32(DT_REG): entries.append((name, false))
            default: entries.append((name, nil))  // links and unknown types: stat decides
            }
        }
        closedir(dir)
        entries.sort { $0.name < $1.name }
        folders.append(Folder(path: path, relative: relative, entries: entries, device: device, inode: inode))
    }
}

/// Shell-style globs: `*`, `?` and `[…]`. A pattern without `/` matches the file name, one with
/// `/` the whole relative path (where `**/` also matches no folder at all).
public enum Glob {
    public static func matches(_ pattern: String, _ relative: String) -> Bool {
        if !pattern.contains("/") {
            return fnmatch(pattern, BulkPlan.lastComponent(relative), 0) == 0
        }
        if fnmatch(pattern, relative, 0) == 0 { return true }
        if pattern.hasPrefix("**/") { return fnmatch(String(pattern.dropFirst(3)), relative, 0) == 0 }
        return false
    }
}

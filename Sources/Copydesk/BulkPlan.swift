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

    public func inputs(paths: [String], filesFrom: String?) throws(CopydeskError) -> [BulkInput] {
        var found: [BulkInput] = []
        let skip = skipFolder.flatMap(BulkPlan.realPath)
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else { throw CopydeskError(.missingInput, path: path, "no such file or folder") }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(path, relative: "", skip: skip, into: &found)
            } else {
                found.append(BulkInput(path: path, relative: BulkPlan.lastComponent(path)))
            }
        }
        if let filesFrom {
            for path in try InputFiles.list(from: filesFrom) {
                var relative = path
                while relative.hasPrefix("./") { relative.removeFirst(2) }
                while relative.hasPrefix("/") { relative.removeFirst() }
                found.append(BulkInput(path: path, relative: relative))
            }
        }
        return found.filter(selected)
    }

    func selected(_ input: BulkInput) -> Bool {
        if !include.isEmpty && !include.contains(where: { Glob.matches($0, input.relative) }) { return false }
        if exclude.contains(where: { Glob.matches($0, input.relative) }) { return false }
        if let shard { return Int(BulkPlan.stableHash(input.relative) % UInt64(shard.count)) == shard.index }
        return true
    }

    func walk(_ folder: String, relative: String, skip: String?, into found: inout [BulkInput]) {
        if let skip, BulkPlan.realPath(folder) == skip { return }
        guard let dir = opendir(folder) else { return }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }  // ".", "..", hidden files and the manifest
            names.append(name)
        }
        closedir(dir)
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        for name in names.sorted() {
            let path = "\(base)/\(name)"
            let rel = relative.isEmpty ? name : "\(relative)/\(name)"
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(path, relative: rel, skip: skip, into: &found)
            } else if let dot = name.lastIndex(of: "."), extensions.contains(String(name[name.index(after: dot)...]).lowercased()) {
                found.append(BulkInput(path: path, relative: rel))
            }
        }
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

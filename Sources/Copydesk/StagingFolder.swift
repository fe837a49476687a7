#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ByteScan

/// A bulk run into an output folder that does not exist yet builds it under a hidden name beside
/// its final path (`.NAME.copydesk-staging-PID-N`) and renames it into place when the run ends.
/// Nothing half-built is ever visible: a reader (a web server, a site generator) sees no folder
/// or the whole one, and a killed run leaves no output folder at all. Inside the hidden folder
/// each output is a plain create, write and close (`FileIO.writeNew`): no temporary file and link
/// per output, which were a tenth of a fresh run's time.
///
/// A folder that appeared meanwhile (another shard writing there) gets the outputs moved in one
/// by one, each replacing atomically. A killed run's hidden folder is removed by the next run
/// into the same folder once its process is gone and its lock is free.
final class StagingFolder: @unchecked Sendable {
    /// Where the outputs end up.
    let finalPath: String
    /// The hidden folder they are written into meanwhile.
    let path: String
    /// Open for the run, with an exclusive `flock`: a later run tells a live staging folder from
    /// an abandoned one by it, even across PID namespaces.
    private let lockDescriptor: Int32

    static let marker = ".copydesk-staging-"

    private init(finalPath: String, path: String, lockDescriptor: Int32) {
        self.finalPath = finalPath
        self.path = path
        self.lockDescriptor = lockDescriptor
    }

    deinit { close(lockDescriptor) }

    /// A staging folder for `folder` when nothing exists at that path and its parent folder does;
    /// nil otherwise (the outputs then go in one by one, each atomically).
    static func begin(for folder: String) -> StagingFolder? {
        var trimmed = folder
        while trimmed.utf8.count > 1, trimmed.lastByte == UInt8(ascii: "/") { trimmed.removeLast() }
        var info = stat()
        guard lstat(trimmed, &info) != 0, errno == ENOENT else { return nil }
        let slash = trimmed.lastIndex(ofByte: UInt8(ascii: "/"))
        let parent = slash.map { $0 == trimmed.startIndex ? "/" : String(trimmed[..<$0]) } ?? "."
        let name = slash.map { String(trimmed[trimmed.utf8.index(after: $0)...]) } ?? trimmed
        guard !name.isEmpty, name != ".", name != ".." else { return nil }
        removeAbandoned(in: parent, for: name)
        let prefix = (parent == "/" ? "" : parent) + "/." + name + marker + String(getpid()) + "-"
        for _ in 0..<16 {
            let candidate = prefix + String(TempCounter.shared.next())
            guard mkdir(candidate, 0o755) == 0 else {
                if errno == EEXIST { continue }
                return nil
            }
            let fd = open(candidate, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0, flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                if fd >= 0 { close(fd) }
                rmdir(candidate)
                return nil
            }
            return StagingFolder(finalPath: trimmed, path: candidate, lockDescriptor: fd)
        }
        return nil
    }

    /// Where `output` (a path below `finalPath`) is written meanwhile.
    func staged(_ output: String) -> String {
        finalPath.withBorrowedUTF8 { prefix in
            output.withBorrowedUTF8 { bytes in
                guard bytes.count >= prefix.count, let p = prefix.baseAddress, let b = bytes.baseAddress,
                      memcmp(b, p, prefix.count) == 0 else { return output }
                // The rest starts at an ASCII byte ("/") or is empty: valid UTF-8 on its own.
                return path + String(validatedUTF8: UnsafeBufferPointer(rebasing: bytes[prefix.count...]))
            }
        }
    }

    /// Puts the folder in place: one rename, or, when the folder exists by now, every file moved
    /// in by itself. The hidden folder is gone afterwards.
    func finish() throws(CopydeskError) {
        if rename(path, finalPath) == 0 { return }
        let code = errno
        guard code == EEXIST || code == ENOTEMPTY, FileIO.isFolder(finalPath) else {
            throw CopydeskError(.io, path: finalPath, "cannot move the finished folder into place (the outputs are in \(path)): \(FileIO.describe(code))")
        }
        try StagingFolder.merge(path, into: finalPath)
    }

    /// Moves every file of the tree at `source` to the same place below `target`, replacing what
    /// is there, and removes `source`'s folders.
    static func merge(_ source: String, into target: String) throws(CopydeskError) {
        for (name, isFolder) in FileIO.entries(of: source) {
            let from = source + "/" + name, to = target + "/" + name
            if isFolder {
                if mkdir(to, 0o755) != 0 && errno != EEXIST {
                    throw CopydeskError(.io, path: to, "cannot create the folder: \(FileIO.describe(errno))")
                }
                try merge(from, into: to)
            } else if rename(from, to) != 0 {
                throw CopydeskError(.io, path: to, "cannot move the output into place (it is in \(from)): \(FileIO.describe(errno))")
            }
        }
        rmdir(source)
    }

    /// Hidden staging folders for `name` in `parent` whose process is gone and whose lock is free.
    static func removeAbandoned(in parent: String, for name: String) {
        let prefix = "." + name + marker
        for (entry, isFolder) in FileIO.entries(of: parent, prefix: prefix) where isFolder && FileIO.ownerIsGone(entry, after: prefix) {
            let path = parent + "/" + entry
            let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { removeTree(path) }
        }
    }

    /// rm -r: the files and folders below `path`, then `path` (symbolic links are removed, not followed).
    static func removeTree(_ path: String) {
        for (name, isFolder) in FileIO.entries(of: path) {
            if isFolder { removeTree(path + "/" + name) } else { unlink(path + "/" + name) }
        }
        rmdir(path)
    }
}

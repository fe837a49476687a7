#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ByteScan
#if os(Linux)
import Synchronization
#endif

/// Reading inputs and writing outputs with plain POSIX calls: no Foundation in the hot path,
/// and outputs written to a temporary file put in place once complete, so no reader ever sees half a file.
public enum FileIO {
    /// Writes to `path` atomically, or to standard output for nil or "-".
    public static func writeOrPrint(_ bytes: [UInt8], to path: String?) throws(CopydeskError) {
        if let path, path != "-" { try writeAtomically(bytes, to: path) } else { try writeStandardOutput(bytes) }
    }

    /// True when `path` is a folder.
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// True when a regular file (or anything) exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// True when both paths name the same existing file (same device and inode).
    public static func sameFile(_ a: String, _ b: String) -> Bool {
        var x = stat(), y = stat()
        guard stat(a, &x) == 0, stat(b, &y) == 0 else { return false }
        return x.st_dev == y.st_dev && x.st_ino == y.st_ino
    }

    /// The modification time of a file, in seconds since 1970, or nil (standard input, errors).
    public static func modificationTime(_ path: String) -> Int64? {
        guard path != "-" else { return nil }
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int64(info.st_mtim.tv_sec)
    }

    /// Reads a whole file, or standard input for "-".
    public static func read(_ path: String) throws(CopydeskError) -> [UInt8] {
        var info = stat()
        return try read(path, info: &info)
    }

    /// Reads a whole file and gives its `fstat` (size and time for the manifest, without a second lookup).
    static func read(_ path: String, info: inout stat) throws(CopydeskError) -> [UInt8] {
        if path == "-" { return try readAll(fd: 0, path: "<stdin>") }
        // open, then fstat: one path lookup per file instead of two.
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw CopydeskError(.missingInput, path: path, "no such file") }
            throw CopydeskError(.io, path: path, "cannot open: \(describe(code))")
        }
        defer { close(fd) }
        guard fstat(fd, &info) == 0 else { throw CopydeskError(.io, path: path, "cannot read: \(describe(errno))") }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw CopydeskError(.missingInput, path: path, "is a directory, expected a file")
        }
        return try readAll(fd: fd, path: path, sizeHint: Int(info.st_size), regularFile: (info.st_mode & S_IFMT) == S_IFREG)
    }

    /// Reads to the end into one buffer sized from the file's length, growing it only when the
    /// hint was short (pipes, files that grow); no zero-filled scratch buffer per file.
    /// `regularFile`: a read that returns less than it asked for has met the end of the file
    /// (POSIX), so no second read is made to be told so (one system call fewer per input).
    static func readAll(fd: Int32, path: String, sizeHint: Int = 0, regularFile: Bool = false) throws(CopydeskError) -> [UInt8] {
        var capacity = max(sizeHint + 1, 4096)
        var bytes: [UInt8] = []
        while true {
            var failure: Int32 = 0
            var filledToCapacity = false
            let previous = bytes
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                var filled = previous.count
                if filled > 0 { _ = previous.withUnsafeBufferPointer { memcpy(buffer.baseAddress!, $0.baseAddress!, filled) } }
                while filled < capacity {
                    let n = Glibc.read(fd, buffer.baseAddress! + filled, capacity - filled)
                    if n == 0 { break }
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        break
                    }
                    filled += n
                    if regularFile && filled < capacity { break }
                }
                filledToCapacity = filled == capacity
                count = filled
            }
            if failure != 0 { throw CopydeskError(.io, path: path, "cannot read: \(describe(failure))") }
            if !filledToCapacity { return bytes }
            capacity *= 2
        }
    }

    /// Writes `bytes` to `path` through a temporary file in the same folder: an unnamed one linked
    /// into place where Linux allows it (`UnnamedFile`), else a hidden name and a rename.
    /// `folder`: an open handle a caller that writes many files into few folders keeps (the
    /// file is then created and put in place relative to it, without resolving the whole path twice).
    public static func writeAtomically(_ bytes: [UInt8], to path: String, folder: OpenFolder? = nil) throws(CopydeskError) {
        #if os(Linux)
        if UnnamedFile.available.load(ordering: .relaxed), try UnnamedFile.write(bytes, to: path, folder: folder) { return }
        #endif
        let file = try AtomicFile(path, folder: folder)
        do throws(CopydeskError) {
            try file.write(bytes)
            try file.commit()
        } catch {
            file.abandon()
            throw error
        }
    }
    /// Writes `bytes` to a file that must not exist yet, in a folder that no one else sees until
    /// the run ends (a `StagingFolder`): a plain create, write and close, with no temporary file.
    /// A write that fails removes what it wrote. When the file exists after all (two inputs with
    /// one output name), it is replaced atomically, as `writeAtomically` does.
    static func writeNew(_ bytes: [UInt8], to path: String, folder open: OpenFolder? = nil) throws(CopydeskError) {
        let slash = path.lastIndex(ofByte: UInt8(ascii: "/"))
        var folder = AT_FDCWD
        var name = path
        if let open, let slash {
            folder = try open.descriptor(for: slash == path.startIndex ? "/" : String(path[..<slash]))
            name = String(path[path.utf8.index(after: slash)...])
        }
        let fd = openat(folder, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            if errno == EEXIST { return try writeAtomically(bytes, to: path, folder: open) }
            throw CopydeskError(.io, path: path, "cannot create the output: \(describe(errno))")
        }
        defer { close(fd) }
        do throws(CopydeskError) {
            try writeAll(fd: fd, bytes, path: path)
        } catch {
            unlinkat(folder, name, 0)
            throw error
        }
    }

    /// Writes all of `bytes` to standard output.
    public static func writeStandardOutput(_ bytes: [UInt8]) throws(CopydeskError) {
        try writeAll(fd: 1, bytes, path: "<stdout>")
    }

    static func writeAll(fd: Int32, _ bytes: [UInt8], path: String) throws(CopydeskError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CopydeskError(.io, path: path, "cannot write: \(describe(errno))")
            }
            offset += n
        }
    }

    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}

/// A file written in pieces into a temporary file beside `path` and renamed over it on
/// `commit()`: readers see the old file or the whole new one, never a part.
final class AtomicFile {
    let path: String
    /// The folder the names below are relative to (AT_FDCWD: they are whole paths).
    private let folder: Int32
    private let name: String
    private let temp: String
    private var fd: Int32

    init(_ path: String, folder open: OpenFolder? = nil) throws(CopydeskError) {
        self.path = path
        // ".NAME.copydesk-PID-N" beside the file: unique to this process and write; O_EXCL refuses
        // to reuse anything that exists. (Cheaper than mkstemp + fchmod, which matters when
        // thousands of files are written.)
        let slash = path.lastIndex(ofByte: UInt8(ascii: "/"))
        let nameStart = slash.map { path.utf8.index(after: $0) } ?? path.startIndex
        var temp: String
        if let open, let slash {
            folder = try open.descriptor(for: slash == path.startIndex ? "/" : String(path[..<slash]))
            name = String(path[nameStart...])
            temp = ""
        } else {
            folder = AT_FDCWD
            name = path
            temp = String(path[..<nameStart])
        }
        temp.reserveCapacity(path.utf8.count + 32)
        temp += "."
        temp += path[nameStart...]
        temp += TempCounter.shared.suffix
        temp += String(TempCounter.shared.next())
        self.temp = temp
        fd = openat(folder, temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CopydeskError(.io, path: path, "cannot create the output: \(FileIO.describe(errno))") }
    }

    func write(_ bytes: [UInt8]) throws(CopydeskError) {
        try FileIO.writeAll(fd: fd, bytes, path: path)
    }

    func commit() throws(CopydeskError) {
        close(fd)
        fd = -1
        guard renameat(folder, temp, folder, name) == 0 else {
            let code = errno
            unlinkat(folder, temp, 0)
            if code == EISDIR { throw CopydeskError(.io, path: path, "is a directory, cannot write the output there") }
            throw CopydeskError(.io, path: path, "cannot move the output into place: \(FileIO.describe(code))")
        }
    }

    /// Removes the temporary file; the file at `path` stays as it was.
    func abandon() {
        if fd >= 0 { close(fd); fd = -1 }
        unlinkat(folder, temp, 0)
    }
}

#if os(Linux)
/// Linux's way to the same guarantee as a temporary name and a rename, for less kernel work: the
/// output is written into an unnamed file in its folder (`O_TMPFILE`) and linked into place once
/// complete (`linkat` with `AT_EMPTY_PATH`), so nothing half-written is ever visible, and a killed
/// run leaves no temporary file behind. Measured on tmpfs, 40,000 files of 5 KB in 100 folders:
/// 0.515 s with a named temporary file and a rename, 0.457 s unnamed, 0.36 s for plain writes.
/// Where the output exists already, the file is linked under a temporary name and renamed over
/// it. Filesystems without `O_TMPFILE`, and kernels before 6.10 that refuse `AT_EMPTY_PATH` to
/// unprivileged callers, get the named temporary file: the first refusal decides for the process.
enum UnnamedFile {
    static let available = Atomic<Bool>(true)
    /// `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`): a macro Swift does not import.
    static let openFlags: Int32 = 0o20_000_000 | O_DIRECTORY | O_WRONLY | O_CLOEXEC
    static let emptyPath: Int32 = 0x1000  // AT_EMPTY_PATH

    /// Writes `bytes` to `path`; false when the system cannot (the caller writes a named temporary file).
    static func write(_ bytes: [UInt8], to path: String, folder open: OpenFolder?) throws(CopydeskError) -> Bool {
        let utf8 = path.utf8
        let slash = path.lastIndex(ofByte: UInt8(ascii: "/"))
        let nameStart = slash.map { utf8.index(after: $0) } ?? path.startIndex
        let folderPath = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let folder: Int32
        let name: String
        if let open {
            guard let fd = try? open.descriptor(for: folderPath) else { return false }  // the named path reports it
            folder = fd
            name = String(path[nameStart...])
        } else {
            folder = AT_FDCWD
            name = path
        }
        let fd = open != nil ? openat(folder, ".", openFlags, 0o644) : openat(AT_FDCWD, folderPath, openFlags, 0o644)
        guard fd >= 0 else {
            let code = errno
            if code == EOPNOTSUPP || code == EISDIR || code == EINVAL { available.store(false, ordering: .relaxed) }
            return false
        }
        defer { close(fd) }
        try FileIO.writeAll(fd: fd, bytes, path: path)
        if linkat(fd, "", folder, name, emptyPath) == 0 { return true }
        let code = errno
        if code == ENOENT || code == EPERM || code == EINVAL {
            available.store(false, ordering: .relaxed)
            return false
        }
        guard code == EEXIST else {
            throw CopydeskError(.io, path: path, "cannot move the output into place: \(FileIO.describe(code))")
        }
        // Replacing: a name beside it first, then the rename, which replaces atomically.
        let temp = (open != nil ? "" : String(path[..<nameStart])) + "." + path[nameStart...]
            + TempCounter.shared.suffix + String(TempCounter.shared.next())
        guard linkat(fd, "", folder, temp, emptyPath) == 0 else {
            throw CopydeskError(.io, path: path, "cannot create the output: \(FileIO.describe(errno))")
        }
        guard renameat(folder, temp, folder, name) == 0 else {
            let code = errno
            unlinkat(folder, temp, 0)
            if code == EISDIR { throw CopydeskError(.io, path: path, "is a directory, cannot write the output there") }
            throw CopydeskError(.io, path: path, "cannot move the output into place: \(FileIO.describe(code))")
        }
        return true
    }
}
#endif

/// The folder a bulk worker is writing into, kept open: its outputs are created and renamed
/// relative to it, so the kernel resolves one name instead of the whole path twice per output
/// (path lookups were a tenth of a bulk run's system time). One per worker, for one run; a
/// different folder closes the previous one.
public final class OpenFolder {
    private var path: String?
    private var fd: Int32 = -1
    /// The output folder this worker last made or found made (see `BulkConverter.makeFolder`).
    var lastMade: String?

    public init() {}

    func descriptor(for folder: String) throws(CopydeskError) -> Int32 {
        if folder == path { return fd }
        if fd >= 0 { close(fd) }
        path = nil
        fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw CopydeskError(.io, path: folder, "cannot open the folder: \(FileIO.describe(errno))") }
        path = folder
        return fd
    }

    deinit {
        if fd >= 0 { close(fd) }
    }
}

/// Numbers temporary files within the process.
final class TempCounter: Sendable {
    static let shared = TempCounter()
    /// ".copydesk-PID-", made once.
    let suffix = ".copydesk-\(getpid())-"
    /// Every output of a rerun takes a number, from any worker.
    private let counter = Counter()
    func next() -> Int { counter.increment() }
}

// MARK: leftovers of killed runs

extension FileIO {
    /// The names in a folder that start with `prefix` (all but "." and ".." without one), each
    /// with whether it is a folder (not a link to one). A folder may be large (an output folder's parent):
    /// names are compared as C strings before any is made a `String`, and the entry's own type is
    /// used where the filesystem gives it.
    static func entries(of folder: String, prefix: String? = nil) -> [(name: String, isFolder: Bool)] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        let wanted = prefix.map { Array($0.utf8CString.dropLast()) } ?? []
        var result: [(String, Bool)] = []
        while let entry = readdir(dir) {
            let name: String? = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { cName in
                    guard wanted.isEmpty || strncmp(cName, wanted, wanted.count) == 0 else { return nil }
                    return String(cString: cName)
                }
            }
            guard let name, name != ".", name != ".." else { continue }
            let type = entry.pointee.d_type
            let isFolder: Bool
            if type == UInt8(DT_DIR) || type == UInt8(DT_REG) || type == UInt8(DT_LNK) {
                isFolder = type == UInt8(DT_DIR)
            } else {
                var info = stat()
                isFolder = lstat(folder + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            result.append((name, isFolder))
        }
        return result
    }

    /// For a leftover named `PREFIX` + `PID-…` (a killed run's temporary file or folder): true when
    /// that process is gone. A live one, this process or another, may be a shard still at work.
    static func ownerIsGone(_ name: String, after prefix: String) -> Bool {
        let pid = name.dropFirst(prefix.count).prefix { $0 != "-" }
        guard let pid = Int32(pid), pid != getpid() else { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }
}

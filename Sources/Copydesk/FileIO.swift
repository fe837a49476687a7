#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading inputs and writing outputs with plain POSIX calls: no Foundation in the hot path,
/// and outputs written to a temporary file renamed into place, so no reader ever sees half a file.
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
        return try readAll(fd: fd, path: path, sizeHint: Int(info.st_size))
    }

    /// Reads to the end into one buffer sized from the file's length, growing it only when the
    /// hint was short (pipes, files that grow); no zero-filled scratch buffer per file.
    static func readAll(fd: Int32, path: String, sizeHint: Int = 0) throws(CopydeskError) -> [UInt8] {
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
                }
                filledToCapacity = filled == capacity
                count = filled
            }
            if failure != 0 { throw CopydeskError(.io, path: path, "cannot read: \(describe(failure))") }
            if !filledToCapacity { return bytes }
            capacity *= 2
        }
    }

    /// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
    /// `folder`: an open handle a caller that writes many files into few folders keeps (the
    /// file is then created and renamed relative to it, without resolving the whole path twice).
    public static func writeAtomically(_ bytes: [UInt8], to path: String, folder: OpenFolder? = nil) throws(CopydeskError) {
        let file = try AtomicFile(path, folder: folder)
        do throws(CopydeskError) {
            try file.write(bytes)
            try file.commit()
        } catch {
            file.abandon()
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
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
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

/// The folder a bulk worker is writing into, kept open: its outputs are created and renamed
/// relative to it, so the kernel resolves one name instead of the whole path twice per output
/// (path lookups were a tenth of a bulk run's system time). One per worker, for one run; a
/// different folder closes the previous one.
public final class OpenFolder {
    private var path: String?
    private var fd: Int32 = -1

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
final class TempCounter: @unchecked Sendable {
    static let shared = TempCounter()
    /// ".copydesk-PID-", made once.
    let suffix = ".copydesk-\(getpid())-"
    private var value: UInt64 = 0
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    func next() -> UInt64 {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        value += 1
        return value
    }
}

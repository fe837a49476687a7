#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands command-line inputs: files as given, folders walked recursively for files with the
/// given extensions, in a stable (sorted) order.
public enum InputFiles {
    public static func expand(_ inputs: [String], extensions: Set<String>) throws(CopydeskError) -> [String] {
        var files: [String] = []
        for input in inputs {
            if input == "-" { files.append(input); continue }
            var info = stat()
            guard stat(input, &info) == 0 else { throw CopydeskError(.missingInput, path: input, "no such file or folder") }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                files += walk(input, extensions: extensions)
            } else {
                files.append(input)
            }
        }
        return files
    }

    /// Paths listed in a file (or standard input for "-"), newline- or NUL-separated, as
    /// `find -print0`, `xargs` and GNU parallel write them. Empty entries are skipped.
    public static func list(from source: String) throws(CopydeskError) -> [String] {
        let bytes = try FileIO.read(source)
        let separator: UInt8 = bytes.contains(0) ? 0 : 0x0A
        return bytes.split(separator: separator).compactMap { entry in
            var slice = entry
            if separator == 0x0A, slice.last == 0x0D { slice = slice.dropLast() }
            return slice.isEmpty ? nil : String(decoding: slice, as: UTF8.self)
        }
    }

    static func walk(_ folder: String, extensions: Set<String>) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." || name.hasPrefix(".") { continue }
            names.append(name)
        }
        var files: [String] = []
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        for name in names.sorted() {
            let path = "\(base)/\(name)"
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                files += walk(path, extensions: extensions)
            } else if let dot = name.lastIndex(of: "."), extensions.contains(String(name[name.index(after: dot)...]).lowercased()) {
                files.append(path)
            }
        }
        return files
    }
}

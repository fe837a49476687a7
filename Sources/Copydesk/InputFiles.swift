/// Expands command-line inputs: files as given, folders walked recursively (the bulk walk of
/// `BulkPlan`) for files with the given extensions, in a stable (sorted) order.
public enum InputFiles {
    public static func expand(_ inputs: [String], extensions: Set<String>) throws(CopydeskError) -> [String] {
        var plan = BulkPlan()
        plan.extensions = extensions
        var files: [String] = []
        for input in inputs {
            if input == "-" { files.append(input); continue }
            files += try plan.source(paths: [input], filesFrom: nil).drain().map(\.path)
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
}

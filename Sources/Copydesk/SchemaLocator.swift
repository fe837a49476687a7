#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the NewsML-G2 XML Schema: `--schema`, then $COPYDESK_NEWSML_SCHEMA, then the installed
/// share folder beside the binary (`<prefix>/share/copydesk/schemas/…`), then /usr/local and /usr.
public enum SchemaLocator {
    /// The default: IPTC's wrapper over NewsML-G2 2.35 power and ODRL 2.2, so RightsML items pass.
    public static let defaultRelativePath = "newsml-g2-2.35/G2-multi-schema-2.35.xsd"
    public static let environmentVariable = "COPYDESK_NEWSML_SCHEMA"

    public static func locate(flag: String?) throws(CopydeskError) -> String {
        if let flag {
            guard exists(flag) else { throw CopydeskError(.missingInput, path: flag, "no such schema file") }
            return flag
        }
        if let env = getenv(environmentVariable).map({ String(cString: $0) }), !env.isEmpty {
            guard exists(env) else {
                throw CopydeskError(.missingInput, path: env, "no such schema file (from $\(environmentVariable))")
            }
            return env
        }
        for folder in shareFolders() {
            let candidate = "\(folder)/schemas/\(defaultRelativePath)"
            if exists(candidate) { return candidate }
        }
        throw CopydeskError(.missingInput, """
            no NewsML-G2 schema found; pass --schema PATH or set $\(environmentVariable), or install it with \
            `make install` from a checkout that has ../shared/schemas (the XSD files come from IPTC: \
            https://github.com/iptc/newsml-g2, folder specification/, with xml.xsd beside them)
            """)
    }

    /// `<prefix>/share/copydesk` for the running binary's prefix, then the usual prefixes.
    static func shareFolders() -> [String] {
        var folders: [String] = []
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 {
            let exe = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if let slash = exe.lastIndex(of: "/") {
                let bin = exe[..<slash]
                if let up = bin.lastIndex(of: "/") { folders.append("\(bin[..<up])/share/copydesk") }
            }
        }
        folders += ["/usr/local/share/copydesk", "/usr/share/copydesk"]
        return folders
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}

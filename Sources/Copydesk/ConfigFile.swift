import ArticleModel
import PlainTextReader

/// `copydesk.yml`: defaults for a site's build step, so that it is one short command.
///
/// ```yaml
/// version: 1
/// formats: [frontmatter]
/// flavor: hugo
/// layout: hugo
/// output: site
/// provider: { name: Example News, domain: example.com }
/// ```
public struct ConfigFile: Equatable, Sendable {
    public static let fileName = "copydesk.yml"
    public static let supportedVersion = 1
    /// Every key the file may have; any other is an error that names it.
    public static let knownKeys: Set<String> = ["version", "formats", "flavor", "layout", "bundles", "output", "provider",
                                                "jobs", "wrap", "template", "standalone", "include", "exclude", "date"]

    public var formats: [String]?
    public var flavor: String?
    public var layout: String?
    public var bundles: Bool?
    public var output: String?
    public var providerName: String?
    public var providerDomain: String?
    public var jobs: Int?
    public var wrap: Int?
    public var template: String?
    public var standalone: Bool?
    public var include: [String]?
    public var exclude: [String]?
    public var date: String?
    /// Where the file was read from (relative paths in it are relative to its folder).
    public var path: String

    /// `--config PATH`, else `./copydesk.yml` when it exists, else nil.
    public static func load(explicit: String?) throws(CopydeskError) -> ConfigFile? {
        let path: String
        if let explicit { path = explicit }
        else if FileIO.exists(fileName) { path = fileName }
        else { return nil }
        let bytes = try FileIO.read(path)
        return try parse(String(decoding: bytes, as: UTF8.self), path: path)
    }

    public static func parse(_ text: String, path: String) throws(CopydeskError) -> ConfigFile {
        let value: MetaValue
        do { value = try YAMLLoader.load(text) } catch {
            throw CopydeskError(.usage, path: path, "line \(error.line): \(error.problem)")
        }
        guard case .object(let map) = value else { throw CopydeskError(.usage, path: path, "expected a mapping of settings") }
        for key in map.keys.sorted() where !knownKeys.contains(key) {
            throw CopydeskError(.usage, path: path, "unknown setting '\(key)'; known settings: \(knownKeys.sorted().joined(separator: ", "))")
        }
        guard case .int(let version)? = map["version"] else {
            throw CopydeskError(.usage, path: path, "missing 'version: \(supportedVersion)'")
        }
        guard version == supportedVersion else {
            throw CopydeskError(.usage, path: path, "version \(version) is not supported; this copydesk reads version \(supportedVersion)")
        }
        func string(_ key: String) throws(CopydeskError) -> String? {
            guard let v = map[key] else { return nil }
            guard case .string(let s) = v else { throw CopydeskError(.usage, path: path, "'\(key)' must be text") }
            return s
        }
        func bool(_ key: String) throws(CopydeskError) -> Bool? {
            guard let v = map[key] else { return nil }
            guard case .bool(let b) = v else { throw CopydeskError(.usage, path: path, "'\(key)' must be true or false") }
            return b
        }
        func int(_ key: String) throws(CopydeskError) -> Int? {
            guard let v = map[key] else { return nil }
            guard case .int(let i) = v else { throw CopydeskError(.usage, path: path, "'\(key)' must be a whole number") }
            return i
        }
        func list(_ key: String) throws(CopydeskError) -> [String]? {
            guard let v = map[key] else { return nil }
            guard let l = v.stringList else { throw CopydeskError(.usage, path: path, "'\(key)' must be a list of text") }
            return l
        }
        var config = ConfigFile(path: path)
        config.formats = try list("formats")
        config.flavor = try string("flavor")
        config.layout = try string("layout")
        config.bundles = try bool("bundles")
        config.output = try string("output")
        config.jobs = try int("jobs")
        config.wrap = try int("wrap")
        config.template = try string("template")
        config.standalone = try bool("standalone")
        config.include = try list("include")
        config.exclude = try list("exclude")
        config.date = try string("date")
        if let provider = map["provider"] {
            guard case .object(let p) = provider else { throw CopydeskError(.usage, path: path, "'provider' must map name and domain") }
            for key in p.keys.sorted() where key != "name" && key != "domain" {
                throw CopydeskError(.usage, path: path, "unknown setting 'provider.\(key)'; known: provider.name, provider.domain")
            }
            config.providerName = p["name"]?.scalarText
            config.providerDomain = p["domain"]?.scalarText
        }
        return config
    }

    init(path: String) { self.path = path }

    /// A path from the file, relative to the file's own folder.
    public func resolve(_ relative: String) -> String {
        guard !relative.hasPrefix("/"), let slash = path.lastIndex(of: "/") else { return relative }
        return "\(path[..<slash])/\(relative)"
    }
}

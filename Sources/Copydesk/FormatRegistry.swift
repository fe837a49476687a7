/// The one table that maps format names to readers and writers. Help text and `copydesk formats`
/// are generated from it, so they cannot drift apart.
public struct FormatRegistry: Sendable {
    public private(set) var readers: [any ArticleReader]
    public private(set) var writers: [any ArticleWriter]

    public init(readers: [any ArticleReader], writers: [any ArticleWriter]) {
        self.readers = readers
        self.writers = writers
    }

    /// Everything copydesk ships with.
    public static let standard = FormatRegistry(
        readers: [PlainTextFormat()],
        writers: [JSONFormat(), HTMLFormat(), MarkdownFormat(), NewsMLFormat(), FrontMatterFormat()])

    public var writerNames: [String] { writers.map(\.name) }
    public var readerNames: [String] { readers.map(\.name) }

    public func writer(named name: String) throws(CopydeskError) -> any ArticleWriter {
        guard let writer = writers.first(where: { $0.name == name.lowercased() }) else {
            throw CopydeskError(.usage, "unknown output format '\(name)'; valid formats: \(writerNames.joined(separator: ", "))")
        }
        return writer
    }

    public func reader(named name: String) throws(CopydeskError) -> any ArticleReader {
        guard let reader = readers.first(where: { $0.name == name.lowercased() }) else {
            throw CopydeskError(.usage, "unknown input format '\(name)'; valid formats: \(readerNames.joined(separator: ", "))")
        }
        return reader
    }
}

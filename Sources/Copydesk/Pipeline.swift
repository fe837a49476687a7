import ArticleModel
import NewsMLWriter
import PlainTextReader

/// Reader → transforms → writer for one article. Every failure is stamped with the step and file.
public struct Pipeline: Sendable {
    public var reader: any ArticleReader
    public var transforms: [any ArticleTransform]
    public var writer: any ArticleWriter
    public var options: WriterOptions

    public init(reader: any ArticleReader, transforms: [any ArticleTransform] = [], writer: any ArticleWriter,
                options: WriterOptions = WriterOptions()) {
        self.reader = reader
        self.transforms = transforms
        self.writer = writer
        self.options = options
    }

    public struct Output: Sendable {
        public var bytes: [UInt8]
        /// Non-fatal findings, already phrased for `PATH: warning: …`.
        public var warnings: [String]
    }

    /// Reads the article in `bytes` (from `path`, for messages), transforms and writes it.
    /// `modified` is the input's modification time (seconds since 1970), the last resort for dates.
    public func run(_ bytes: [UInt8], path: String, modified: Int64? = nil) throws(CopydeskError) -> Output {
        let article = try read(bytes, path: path)
        return try write(article.article, warnings: article.warnings, source: bytes, path: path, modified: modified)
    }

    /// The read and transform steps alone: the tree, and the reader's warnings.
    public func read(_ bytes: [UInt8], path: String) throws(CopydeskError) -> (article: Article, warnings: [String]) {
        var read: PlainTextReader.Result
        do {
            read = try reader.read(bytes)
        } catch {
            throw CopydeskError.reading(error, path: path)
        }
        // Transformed in place: a copy of the tree retains and releases every string in it.
        for transform in transforms {
            do {
                read.article = try transform.apply(read.article)
            } catch {
                throw CopydeskError(error.kind, path: path, "\(transform.name): \(error.message)", step: transform.name)
            }
        }
        let warnings = read.warnings.map { warning in warning.line.map { "line \($0): \(warning.message)" } ?? warning.message }
        return (read.article, warnings)
    }

    /// The write step, with the identity and time facts writers may need about the source.
    /// `digest` is the SHA-256 of `source` when the caller has it already.
    public func write(_ article: Article, warnings: [String] = [], source: [UInt8], digest: String? = nil, path: String,
                      modified: Int64? = nil, using writer: (any ArticleWriter)? = nil) throws(CopydeskError) -> Output {
        let options = writerOptions(source: source, digest: digest, modified: modified)
        return try write(article, warnings: warnings, options: options, path: path, using: writer)
    }

    /// The writer options for one source: the fallback id (from its digest) and date (from its
    /// file time) filled in. Computed once per article when it is written in several formats.
    public func writerOptions(source: [UInt8], digest: String? = nil, modified: Int64? = nil) -> WriterOptions {
        var options = self.options
        options.newsml.fallbackID = options.newsml.fallbackID ?? "sha256-" + String((digest ?? SHA256.hex(source)).prefix(32))
        if options.newsml.fallbackDate == nil, let modified {
            options.newsml.fallbackDate = NewsMLTime.utc(modified)
        }
        return options
    }

    /// The write step with options made by `writerOptions`.
    /// `shared` carries renderings between the writers of one article.
    public func write(_ article: Article, warnings: [String] = [], options: WriterOptions, path: String,
                      using writer: (any ArticleWriter)? = nil, shared: SharedRenderings? = nil) throws(CopydeskError) -> Output {
        try write(article, warnings: warnings, options: options, path: path, with: writer ?? self.writer, shared: shared)
    }

    /// The same with the writer given, which is borrowed: a bulk run passes its writers in place
    /// (wrapping one in an optional copies the existential, once per output).
    public func write(_ article: Article, warnings: [String] = [], options: WriterOptions, path: String,
                      with writer: any ArticleWriter, shared: SharedRenderings?) throws(CopydeskError) -> Output {
        let written: WriterOutput
        do {
            if let shared {
                written = try writer.write(article, options: options, shared: shared)
            } else {
                written = try writer.write(article, options: options)
            }
        } catch {
            throw CopydeskError(error.kind, path: path, error.message, step: "write \(writer.name)")
        }
        return Output(bytes: written.bytes, warnings: warnings.isEmpty ? written.warnings : warnings + written.warnings)
    }
}

/// Timestamps for NewsML dates, without Foundation.
enum NewsMLTime {
    static func utc(_ seconds: Int64) -> String { Timestamp.utc(secondsSince1970: seconds) }
}

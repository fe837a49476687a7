import ArticleModel
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
    public func run(_ bytes: [UInt8], path: String) throws(CopydeskError) -> Output {
        let read: PlainTextReader.Result
        do {
            read = try reader.read(bytes)
        } catch {
            throw CopydeskError.reading(error, path: path)
        }
        var article = read.article
        for transform in transforms {
            do {
                article = try transform.apply(article)
            } catch {
                throw CopydeskError(error.kind, path: path, "\(transform.name): \(error.message)", step: transform.name)
            }
        }
        let written: WriterOutput
        do {
            written = try writer.write(article, options: options)
        } catch {
            throw CopydeskError(error.kind, path: path, error.message, step: "write \(writer.name)")
        }
        let warnings = read.warnings.map { warning in warning.line.map { "line \($0): \(warning.message)" } ?? warning.message }
        return Output(bytes: written.bytes, warnings: warnings + written.warnings)
    }
}

import ArticleModel
import CommandOptions
import Copydesk
import NewsMLValidator
import NewsMLWriter
#if canImport(Glibc)
import Glibc
#endif

/// `copydesk convert`: one article to standard output or a file, or many articles into a folder.
struct ConvertCommand {
    static let spec = CommandSpec(
        name: "convert",
        abstract: "Convert articles, one or many.",
        discussion: """
        Formats: \(FormatRegistry.standard.writers.map { "\($0.name) (\($0.summary))" }.joined(separator: "; ")); \
        newsml-message (all inputs as one NewsML-G2 newsMessage).

        One article: INPUT (or - for standard input) to standard output, or to -o FILE.
        Many articles: folders, several files or --files-from, and -o OUTDIR. The output tree mirrors the \
        input tree, one extension per format (.json .html .md .xml .page.md); --layout hugo|jekyll names \
        front-matter pages for a static site. A rerun converts only what changed (a manifest in OUTDIR).
        Settings may come from copydesk.yml in the working folder (or --config); flags win.

        Examples:
          copydesk convert story.txt --to json
          copydesk convert story.txt --to html -s -o story.html
          copydesk convert story.txt --to markdown --wrap 72
          copydesk convert story.txt --to newsml --provider "Example News" --provider-domain example.com --validate
          copydesk convert archive/ -o out/ --to html,markdown,newsml,frontmatter
          copydesk convert articles/ -o site/ --to frontmatter --flavor jekyll --layout jekyll
          find . -name '*.txt' -print0 | copydesk convert --files-from - -o out/ --to json
          copydesk convert archive/ -o out/ --to html --shard 2/8     # the 2nd of 8 machines
          copydesk convert a.txt b.txt --to newsml-message -o message.xml
        """,
        arguments: [ArgumentSpec("inputs", repeated: true, help: "Articles or folders of articles (*.txt); - for standard input.")],
        options: [
            OptionSpec("to", help: "Output format, or several separated by commas (see `copydesk formats`)."),
            OptionSpec("output", short: "o", help: "Output file (one article) or folder (many); - or nothing for standard output."),
        ] + WriterFlags.options + [
            OptionSpec("validate", .flag, help: "NewsML: validate each item against the schema before writing it."),
            OptionSpec("schema", help: "NewsML: the schema for --validate (see `copydesk validate --help` for the lookup)."),
        ] + BulkFlags.options + [
            OptionSpec("config", help: "Read settings from this file instead of ./copydesk.yml."),
        ])

    var inputs: [String]
    var to: String?
    var output: String?
    var writerFlags: WriterFlags
    var validateOutput: Bool
    var schema: String?
    var bulk: BulkFlags
    var config: String?

    init(_ parsed: ParsedCommand) throws(UsageError) {
        inputs = parsed.positionals
        to = parsed.value("to")
        output = parsed.value("output")
        writerFlags = WriterFlags(parsed)
        validateOutput = parsed.flag("validate")
        schema = parsed.value("schema")
        bulk = try BulkFlags(parsed)
        config = parsed.value("config")
        if inputs.isEmpty && bulk.filesFrom == nil { throw parsed.error("give an article, a folder, - or --files-from") }
    }

    func run() throws -> Int32 {
        let settings = try ConfigFile.load(explicit: config)
        let formats = (to.map { $0.split(separator: ",").map { String($0).trimmed(in: " ") } } ?? settings?.formats ?? ["json"])
        let options = try writerFlags.options(config: settings)
        if formats == ["newsml-message"] {
            try FileIO.writeOrPrint(try message(options: options), to: output)
            return 0
        }
        let registry = FormatRegistry.standard
        let writers = try formats.map { name throws(CopydeskError) in try registry.writer(named: name) }
        let outputFolder = output ?? settings?.output.map { settings!.resolve($0) }
        if try isBulk(formats: formats, settings: settings) {
            guard let outputFolder, outputFolder != "-" else {
                throw CopydeskError(.usage, "converting many articles (or several formats) needs -o OUTDIR")
            }
            return try runBulk(writers: writers, options: options, outputFolder: outputFolder, settings: settings)
        }
        try convertOne(writer: writers[0], options: options)
        return 0
    }

    func isBulk(formats: [String], settings: ConfigFile?) throws -> Bool {
        if formats.count > 1 || inputs.count > 1 || bulk.filesFrom != nil || bulk.layout != nil || settings?.layout != nil { return true }
        if output == nil, settings?.output != nil { return true }
        return inputs.contains { $0 != "-" && FileIO.isFolder($0) }
    }

    func convertOne(writer: any ArticleWriter, options: WriterOptions) throws {
        let checker = validateOutput ? try ValidationRun(schemaPath: SchemaLocator.locate(flag: schema), jobs: 1) : nil
        let pipeline = Pipeline(reader: PlainTextFormat(), writer: writer, options: options)
        let input = inputs[0]
        let label = input == "-" ? "<stdin>" : input
        let source = try FileIO.read(input)
        let result = try pipeline.run(source, path: label, modified: FileIO.modificationTime(input))
        for warning in result.warnings { Console.error("\(label): warning: \(warning)") }
        if let checker, writer.name == "newsml" { try check(result.bytes, label: label, with: checker) }
        try FileIO.writeOrPrint(result.bytes, to: output)
    }

    /// 0, or 1 when any article failed.
    func runBulk(writers: [any ArticleWriter], options: WriterOptions, outputFolder: String, settings: ConfigFile?) throws -> Int32 {
        var plan = BulkPlan()
        plan.include = bulk.include.isEmpty ? settings?.include ?? [] : bulk.include
        plan.exclude = bulk.exclude.isEmpty ? settings?.exclude ?? [] : bulk.exclude
        plan.skipFolder = outputFolder
        plan.shard = try bulk.parsedShard()
        if FileIO.exists(outputFolder) && !FileIO.isFolder(outputFolder) {
            throw CopydeskError(.usage, path: outputFolder, "is a file; many articles need an output folder")
        }
        let paths = inputs.filter { $0 != "-" }
        let found = try plan.source(paths: paths, filesFrom: bulk.filesFrom)
        if found.isEmpty && bulk.shard == nil {
            throw CopydeskError(.missingInput, path: inputs.first, "no articles (*.txt, *.text) to convert")
        }

        var bulkOptions = BulkConverter.Options(outputFolder: outputFolder, writers: writers)
        bulkOptions.writerOptions = options
        bulkOptions.jobs = bulk.jobs ?? settings?.jobs ?? Cores.count
        bulkOptions.failFast = bulk.failFast
        bulkOptions.incremental = !bulk.force
        let layoutName = bulk.layout ?? settings?.layout ?? "mirror"
        guard let layout = SiteLayout(rawValue: layoutName) else {
            throw CopydeskError(.usage, "unknown --layout '\(layoutName)'; valid layouts: \(SiteLayout.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        bulkOptions.layout = layout
        bulkOptions.bundles = bulk.bundles || (settings?.bundles ?? false)

        let converter = BulkConverter(options: bulkOptions)
        let bar = ProgressBar(enabled: !bulk.quiet && Console.stderrIsTerminal)
        // Only a progress bar needs the total up front: a second, counting walk of the folders.
        let total = bar.enabled ? found.restarted().countRemaining() : 0
        let result = try converter.run(found, total: total, keepOutcomes: bulk.report != nil) { done, total, outcome in
            if let error = outcome.error { bar.clear(); Console.error("\(outcome.input): \(error)") }
            for warning in outcome.warnings where !bulk.quiet { bar.clear(); Console.error("\(outcome.input): warning: \(warning)") }
            bar.update(done: done, total: total)
        }
        bar.finish()
        if let report = bulk.report {
            try FileIO.writeAtomically(BulkReport(summary: result.summary, files: result.files).jsonBytes(), to: report)
        }
        if !bulk.quiet { Console.error(result.summary.line) }
        return result.summary.failed > 0 ? 1 : 0
    }

    /// Every input read and written as an item of one newsMessage.
    func message(options: WriterOptions) throws -> [UInt8] {
        let checker = validateOutput ? try ValidationRun(schemaPath: SchemaLocator.locate(flag: schema), jobs: 1) : nil
        let pipeline = Pipeline(reader: PlainTextFormat(), writer: NewsMLFormat(), options: options)
        var items: [(Article, NewsMLWriter.Options)] = []
        var newest: Int64? = nil
        var paths = try InputFiles.expand(inputs, extensions: ["txt", "text"])
        if let list = bulk.filesFrom { paths += try InputFiles.list(from: list) }
        for input in paths {
            let label = input == "-" ? "<stdin>" : input
            let source = try FileIO.read(input)
            let read = try pipeline.read(source, path: label)
            for warning in read.warnings { Console.error("\(label): warning: \(warning)") }
            var itemOptions = options.newsml
            let modified = FileIO.modificationTime(input)
            itemOptions.fallbackID = itemOptions.fallbackID ?? "sha256-" + String(SHA256.hex(source).prefix(32))
            if itemOptions.fallbackDate == nil, let modified { itemOptions.fallbackDate = Timestamp.utc(secondsSince1970: modified) }
            if let modified { newest = max(newest ?? modified, modified) }
            items.append((read.article, itemOptions))
        }
        let sent = options.newsml.fallbackDate ?? newest.map { Timestamp.utc(secondsSince1970: $0) } ?? "1970-01-01T00:00:00Z"
        let output = NewsMLWriter.message(items, sent: sent)
        for warning in output.warnings { Console.error("warning: \(warning)") }
        if let checker { try check(output.bytes, label: "newsMessage", with: checker) }
        return output.bytes
    }

    /// Refuses to write an item the schema rejects; its findings go to standard error.
    func check(_ bytes: [UInt8], label: String, with checker: ValidationRun) throws {
        let report = checker.validator.validate(bytes, file: label)
        for diagnostic in report.diagnostics { Console.error(diagnostic.text) }
        if report.errors > 0 {
            throw CopydeskError(.output, path: label, "the NewsML-G2 output is not valid (\(report.errors) error(s)); nothing written")
        }
    }
}

/// Options of bulk conversion.
struct BulkFlags {
    static let options = [
        OptionSpec("include", .repeatable, help: "Convert only inputs matching this glob (repeatable; a pattern without / matches the file name)."),
        OptionSpec("exclude", .repeatable, help: "Skip inputs matching this glob (repeatable)."),
        OptionSpec("files-from", help: "Read input paths from FILE (- for standard input), newline- or NUL-separated."),
        Cores.option,
        OptionSpec("quiet", short: "q", .flag, help: "No progress bar, warnings or summary; errors only."),
        OptionSpec("report", help: "Write every file's outcome to this JSON file."),
        OptionSpec("fail-fast", .flag, help: "Stop at the first article that fails."),
        OptionSpec("force", .flag, help: "Convert everything again, ignoring what the last run did."),
        OptionSpec("shard", help: "Convert only shard K of N (1-based), e.g. 3/8: a stable split by relative path."),
        OptionSpec("layout", help: "Front-matter page names: mirror (default), hugo or jekyll."),
        OptionSpec("bundles", .flag, help: "Hugo layout: page bundles (SLUG/index.md) instead of SLUG.md."),
    ]

    var include: [String]
    var exclude: [String]
    var filesFrom: String?
    var jobs: Int?
    var quiet: Bool
    var report: String?
    var failFast: Bool
    var force: Bool
    var shard: String?
    var layout: String?
    var bundles: Bool

    init(_ parsed: ParsedCommand) throws(UsageError) {
        include = parsed.values("include")
        exclude = parsed.values("exclude")
        filesFrom = parsed.value("files-from")
        jobs = try Cores.given(parsed)
        quiet = parsed.flag("quiet")
        report = parsed.value("report")
        failFast = parsed.flag("fail-fast")
        force = parsed.flag("force")
        shard = parsed.value("shard")
        layout = parsed.value("layout")
        bundles = parsed.flag("bundles")
        do { _ = try parsedShard() } catch { throw parsed.error(error.message) }
    }

    func parsedShard() throws(CopydeskError) -> (index: Int, count: Int)? {
        guard let shard else { return nil }
        let parts = shard.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else {
            throw CopydeskError(.usage, "--shard takes K/N with 1 ≤ K ≤ N, e.g. 3/8, not '\(shard)'")
        }
        return (k - 1, n)
    }
}

extension String {
    func trimmed(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

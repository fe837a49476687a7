#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArticleModel
import Synchronization
import WorkerThreads
import FrontMatterWriter

/// Where front-matter pages go in a bulk run.
public enum SiteLayout: String, CaseIterable, Sendable {
    /// Mirror the input tree: `OUT/dir/name.page.md` (every other format always mirrors).
    case mirror
    /// Hugo: `OUT/content/dir/SLUG.md`, or `OUT/content/dir/SLUG/index.md` with bundles.
    case hugo
    /// Jekyll: `OUT/_posts/YYYY-MM-DD-SLUG.md`.
    case jekyll
}

/// Converts many articles on all cores: each read and parsed once, written in every format,
/// every output written to a temporary file and put in place once complete (`FileIO.writeAtomically`).
public final class BulkConverter: @unchecked Sendable {
    public struct Options: Sendable {
        public var outputFolder: String
        public var writers: [any ArticleWriter]
        public var writerOptions = WriterOptions()
        public var jobs = 1
        public var failFast = false
        /// Skip what the last run converted (false: convert everything, as --force asks).
        public var incremental = true
        public var layout: SiteLayout = .mirror
        public var bundles = false
        public init(outputFolder: String, writers: [any ArticleWriter]) {
            self.outputFolder = outputFolder
            self.writers = writers
        }
    }

    /// Called after each input, from any thread: done so far, total, the outcome.
    public typealias Progress = @Sendable (Int, Int, FileOutcome) -> Void

    let options: Options
    let pipeline: Pipeline
    let fingerprint: String
    /// Per writer, in order: whether it writes front-matter pages (decided once, not by a
    /// dynamic cast per article).
    private let writesPages: [Bool]
    /// Per writer: "." and its file extension (made once per run, not once per output).
    private let dotExtensions: [String]
    /// Guards `createdFolders` (workers create output folders as they reach them).
    private let lock = Lock()
    /// What the last run here converted (empty with --force); read-only during a run.
    private let previous: BulkManifest
    private var createdFolders: Set<String> = []
    /// Set when the output folder is new: the run builds it under a hidden name (set before the
    /// workers start, read-only while they run).
    private var staging: StagingFolder?

    public init(options: Options) {
        self.options = options
        self.pipeline = Pipeline(reader: PlainTextFormat(), writer: options.writers.first ?? JSONFormat(), options: options.writerOptions)
        self.fingerprint = BulkConverter.fingerprint(options)
        self.writesPages = options.writers.map { $0 is FrontMatterFormat }
        self.dotExtensions = options.writers.map { "." + $0.fileExtension }
        self.previous = options.incremental ? BulkManifest.load(from: options.outputFolder, options: fingerprint) : BulkManifest(options: fingerprint)
    }

    /// Converts `inputs`. Outcomes are kept for the returned list only when `keepOutcomes` is set
    /// (a `--report` needs them).
    public func run(_ inputs: [BulkInput], keepOutcomes: Bool = true, progress: Progress? = nil) throws(CopydeskError) -> (summary: BulkSummary, files: [FileOutcome]) {
        try run(BulkInputSource(inputs), total: inputs.count, keepOutcomes: keepOutcomes, progress: progress)
    }

    /// Converts what `source` hands out. Without `keepOutcomes` and with the mirrored layout, memory
    /// stays flat however many articles there are: inputs come from the walk one at a time and the
    /// manifest is written as the run goes. `total` is only passed on to `progress` (0: unknown).
    public func run(_ source: BulkInputSource, total: Int = 0, keepOutcomes: Bool = true,
                    progress: Progress? = nil) throws(CopydeskError) -> (summary: BulkSummary, files: [FileOutcome]) {
        let clock = Clock()
        staging = StagingFolder.begin(for: options.outputFolder)
        if staging == nil { try makeFolder(options.outputFolder) }
        do throws(CopydeskError) {
            let result = try convertAll(source, total: total, keepOutcomes: keepOutcomes, progress: progress, clock: clock)
            try staging?.finish()
            staging = nil
            return result
        } catch {
            // What was converted before the error is put in place, as it would have been one by one.
            try? staging?.finish()
            staging = nil
            throw error
        }
    }

    private func convertAll(_ source: BulkInputSource, total: Int, keepOutcomes: Bool, progress: Progress?,
                            clock: Clock) throws(CopydeskError) -> (summary: BulkSummary, files: [FileOutcome]) {
        // The site layouts decide every page's path before any is written, so they need the list.
        var planned: (source: BulkInputSource, total: Int, sitePaths: [SitePath?]?) = (source, total, nil)
        if needsSitePaths {
            let all = source.drain()
            planned = (BulkInputSource(all), all.count, try planSitePaths(all))
        }
        let (source, total, sitePaths) = planned
        let outcomes = Slots<FileOutcome>()
        let recorder = try ManifestRecorder(folder: staged(options.outputFolder), options: fingerprint, previous: previous)
        let tally = Tally()
        let done = Counter()
        let stop = Flag()
        let jobs = max(1, options.jobs)
        let scheduler = BulkScheduler(source: source, workers: jobs, limit: BulkConverter.batchLimit)
        WorkerThreads.run(jobs) { worker in
            let folder = OpenFolder()
            // What is shared is touched as seldom as can be: counts are added up at the end and
            // manifest entries written a few dozen at a time.
            var counts = BulkSummary()
            var records = ManifestRecorder.Records()
            while !stop.isSet, let (index, input) = scheduler.next(for: worker) {
                let (outcome, entry, position) = self.convert(input, sitePath: sitePaths?[index], folder: folder)
                records.add(index: index, path: input.relative, entry: entry, previous: position)
                if records.isFull { recorder.record(&records) }
                if keepOutcomes { outcomes.set(index, outcome) }
                counts.count(outcome.status)
                if outcome.status == .failed && self.options.failFast { stop.set() }
                if let progress { progress(done.increment(), total, outcome) }
            }
            recorder.record(&records, final: true)
            tally.add(counts)
        }
        // Taken by a worker but not started (--fail-fast): nothing recorded, the previous entry stays.
        let taken = scheduler.drainTaken()
        for (index, input) in taken { recorder.record(index: index, path: input.relative, entry: nil, previous: nil) }
        var summary = tally.summary
        summary.notStarted = source.countRemaining() + taken.count
        // Always recorded, so that the run after a --force one is incremental again.
        try recorder.finish()
        summary.seconds = clock.seconds
        return (summary, outcomes.filled())
    }

    /// Inputs a worker takes at once (all from one folder; see BulkScheduler).
    static let batchLimit = 256

    var needsSitePaths: Bool {
        options.layout != .mirror && options.writers.contains(where: { $0 is FrontMatterFormat })
    }

    // MARK: one input

    /// The outcome, the manifest entry to record (nil: none, convert it next time) and the
    /// input's position in the previous manifest.
    func convert(_ input: BulkInput, sitePath: SitePath?, folder: OpenFolder? = nil) -> (FileOutcome, BulkManifest.Entry?, Int?) {
        let known = previous.lookup(input.relative)
        var info = stat()
        // Without a previous entry there is nothing to compare: the read's fstat gives size and time.
        if let known, stat(input.path, &info) == 0 {
            let size = Int64(info.st_size), mtime = Self.nanoseconds(info.st_mtim)
            let expected = expectedOutputs(input, sitePath: sitePath)
            if known.entry.size == size, known.entry.mtime == mtime, expected.allSatisfy(FileIO.exists) {
                return (FileOutcome(input: input.path, status: .unchanged, outputs: expected, error: nil, warnings: []), known.entry, known.position)
            }
        }
        do throws(CopydeskError) {
            let source = try FileIO.read(input.path, info: &info)
            let digest = SHA256.hex(source)
            let recorded = BulkManifest.Entry(size: Int64(info.st_size), mtime: Self.nanoseconds(info.st_mtim),
                                              digest: BulkManifest.Digest(hex: digest))
            if let known, known.entry.digest == recorded.digest {
                let expected = expectedOutputs(input, sitePath: sitePath)
                if expected.allSatisfy(FileIO.exists) {
                    return (FileOutcome(input: input.path, status: .unchanged, outputs: expected, error: nil, warnings: []), recorded, known.position)
                }
            }
            let read = try pipeline.read(source, path: input.path)
            let dotInputExtension = "." + Self.fileExtension(input.path)
            // Every mirrored output is this path plus its extension, in this folder; during a
            // staged run it is written below the hidden folder (`writeBase`).
            let base = mirrorBase(input)
            let writeBase = staged(base)
            var baseFolderMade = false
            var warnings = read.warnings
            var outputs: [String] = []
            outputs.reserveCapacity(options.writers.count)
            let writerOptions = pipeline.writerOptions(source: source, digest: digest, modified: Int64(info.st_mtim.tv_sec))
            let shared = SharedRenderings()
            // By index: the writers are used in place, not copied out of the array one by one.
            for index in options.writers.indices {
                let sitePage = writesPages[index] ? sitePath : nil
                let path = outputPath(index, base: base, sitePath: sitePath)
                // Only an output with the input's own extension could be the input itself.
                if path.hasSuffix(dotInputExtension), FileIO.sameFile(path, input.path) {
                    throw CopydeskError(.io, path: input.path, "the \(options.writers[index].name) output would overwrite the input itself")
                }
                let output: Pipeline.Output
                if let sitePage {
                    // Only a site page gets a copy of the tree, for its own slug (a copy retains
                    // and releases every string in it).
                    var article = read.article
                    article.meta.slug = sitePage.slug
                    output = try pipeline.write(article, options: writerOptions, path: input.path, with: options.writers[index], shared: shared)
                } else {
                    output = try pipeline.write(read.article, options: writerOptions, path: input.path, with: options.writers[index], shared: shared)
                }
                if sitePage != nil {
                    try makeFolder(staged(parent(of: path)))
                } else if !baseFolderMade {
                    try makeFolder(parent(of: writeBase), worker: folder)
                    baseFolderMade = true
                }
                if staging != nil {
                    // The same rule below the hidden folder; a site page's own path is moved there.
                    let target = sitePage != nil ? staged(path) : outputPath(index, base: writeBase, sitePath: nil)
                    try FileIO.writeNew(output.bytes, to: target, folder: folder)
                } else {
                    try FileIO.writeAtomically(output.bytes, to: path, folder: folder)
                }
                outputs.append(path)
                if !output.warnings.isEmpty { warnings += output.warnings.filter { !warnings.contains($0) } }
            }
            return (FileOutcome(input: input.path, status: .converted, outputs: outputs, error: nil, warnings: warnings), recorded, known?.position)
        } catch {
            return (FileOutcome(input: input.path, status: .failed, outputs: [], error: error.message, warnings: []), nil, known?.position)
        }
    }

    /// What follows the last dot of the file name ("" without one), found on the bytes.
    static func fileExtension(_ path: String) -> String {
        let utf8 = path.utf8
        var i = utf8.endIndex
        while i > utf8.startIndex {
            let previous = utf8.index(before: i)
            let b = utf8[previous]
            if b == UInt8(ascii: "/") { return "" }
            if b == UInt8(ascii: ".") { return String(path[i...]) }
            i = previous
        }
        return ""
    }

    static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// Where this input's outputs go with the current options (what the manifest need not store).
    func expectedOutputs(_ input: BulkInput, sitePath: SitePath?) -> [String] {
        let base = mirrorBase(input)
        return options.writers.indices.map { outputPath($0, base: base, sitePath: sitePath) }
    }

    /// Where writer `index` puts an input's output: its site page (front matter in the Hugo and
    /// Jekyll layouts), else `base` (the input's `mirrorBase`) with the writer's extension.
    func outputPath(_ index: Int, base: String, sitePath: SitePath?) -> String {
        if writesPages[index], let sitePath { return sitePath.path }
        return base + dotExtensions[index]
    }

    /// The input's mirrored path in the output folder, without the input's extension.
    func mirrorBase(_ input: BulkInput) -> String {
        var relative = input.relative
        if let dot = relative.lastIndex(ofByte: UInt8(ascii: ".")), !relative.utf8[dot...].contains(UInt8(ascii: "/")) { relative = String(relative[..<dot]) }
        return options.outputFolder + "/" + relative
    }

    // MARK: static-site layouts

    struct SitePath: Sendable {
        var path: String
        var slug: String
    }

    /// For the Hugo and Jekyll layouts, every front-matter page's path is decided before any is
    /// written, in input order, so slugs are unique within the run and the same on every run.
    func planSitePaths(_ inputs: [BulkInput]) throws(CopydeskError) -> [SitePath?] {
        guard needsSitePaths else { return Array(repeating: nil, count: inputs.count) }
        let facts = Slots<(slug: String, date: String?)>(count: inputs.count)
        let next = Counter()
        let fallback = options.writerOptions.newsml.fallbackDate
        WorkerThreads.run(min(max(1, options.jobs), max(1, inputs.count))) { _ in
            while let index = next.take(below: inputs.count) {
                let input = inputs[index]
                guard let source = try? FileIO.read(input.path), let article = try? self.pipeline.read(source, path: input.path).article else {
                    facts.set(index, (Slug.make(BulkPlan.lastComponent(input.relative)), nil))
                    continue
                }
                let meta = article.meta
                let slug = meta.slug.map { Slug.make($0) } ?? Slug.make(meta.headline ?? meta.deck ?? BulkPlan.lastComponent(input.relative))
                let modified = FileIO.modificationTime(input.path).map { Timestamp.utc(secondsSince1970: $0) }
                facts.set(index, (slug, meta.date ?? fallback ?? modified))
            }
        }
        var taken: Set<String> = []
        var plan: [SitePath?] = []
        for (index, input) in inputs.enumerated() {
            let fact = facts.value(index) ?? ("article", nil)
            let folder = parent(of: input.relative)
            var slug = fact.slug
            var n = 1
            while true {
                let path = sitePath(folder: folder, slug: slug, date: fact.date)
                if !taken.contains(path) {
                    taken.insert(path)
                    plan.append(SitePath(path: path, slug: slug))
                    break
                }
                n += 1
                slug = "\(fact.slug)-\(n)"
            }
        }
        return plan
    }

    func sitePath(folder: String, slug: String, date: String?) -> String {
        switch options.layout {
        case .hugo:
            let section = folder.isEmpty ? "" : "\(folder)/"
            return options.bundles ? "\(options.outputFolder)/content/\(section)\(slug)/index.md"
                                   : "\(options.outputFolder)/content/\(section)\(slug).md"
        case .jekyll:
            // The date as written (its own zone): Jekyll builds the URL from the file name's day.
            let day = date.flatMap(Timestamp.dateTime).map { String($0.value.prefix(10)) } ?? "1970-01-01"
            return "\(options.outputFolder)/_posts/\(day)-\(slug).md"
        case .mirror:
            return "\(options.outputFolder)/\(slug).page.md"
        }
    }

    // MARK: helpers

    /// Where a path below the output folder is written during the run.
    func staged(_ path: String) -> String {
        staging?.staged(path) ?? path
    }

    func parent(of path: String) -> String {
        path.lastIndex(ofByte: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
    }

    /// mkdir -p, remembering what exists so each folder costs one system call per run; `worker`
    /// remembers its last folder too, so its next article there takes no lock.
    func makeFolder(_ path: String, worker: OpenFolder? = nil) throws(CopydeskError) {
        if let worker, worker.lastMade == path { return }
        if !path.isEmpty, !lock.locked({ createdFolders.contains(path) }) {
            var current = path.hasPrefix("/") ? "" : "."
            for part in path.split(separator: "/") {
                current += "/\(part)"
                if mkdir(current, 0o755) != 0 && errno != EEXIST {
                    throw CopydeskError(.io, path: current, "cannot create the folder: \(FileIO.describe(errno))")
                }
            }
            lock.locked { _ = createdFolders.insert(path) }
        }
        // Only a folder that exists: after a failure the next article tries again.
        worker?.lastMade = path
    }

    static func fingerprint(_ options: Options) -> String {
        let w = options.writerOptions
        let parts: [String] = [
            CopydeskVersion.string, options.writers.map(\.name).joined(separator: ","), options.layout.rawValue, String(options.bundles),
            String(w.html.standalone), w.html.pageTemplate.map { SHA256.hex(Array($0.utf8)) } ?? "-",
            w.markdown.wrap.map(String.init) ?? "-", w.frontMatter.flavor.rawValue, String(w.frontMatter.includeBody),
            w.newsml.providerName, w.newsml.providerDomain, w.newsml.fallbackDate ?? "-",
        ]
        return SHA256.hex(Array(parts.joined(separator: "\u{1F}").utf8))
    }
}

/// Monotonic seconds since creation.
public struct Clock: Sendable {
    private let start = Clock.now()
    public init() {}
    public var seconds: Double { Clock.now() - start }
    public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

/// A one-way stop signal shared by workers (read before every article, so an atomic).
final class Flag: Sendable {
    private let value = Atomic<Bool>(false)
    var isSet: Bool { value.load(ordering: .relaxed) }
    func set() { value.store(true, ordering: .relaxed) }
}

/// Counts outcomes: each worker counts its own and adds them once, when it is done.
final class Tally: @unchecked Sendable {
    private var counts = BulkSummary()
    private let lock = Lock()
    func add(_ worker: BulkSummary) {
        lock.locked {
            counts.converted += worker.converted
            counts.unchanged += worker.unchanged
            counts.failed += worker.failed
        }
    }
    var summary: BulkSummary { lock.locked { counts } }
}

extension BulkSummary {
    mutating func count(_ status: FileOutcome.Status) {
        switch status {
        case .converted: converted += 1
        case .unchanged: unchanged += 1
        case .failed: failed += 1
        }
    }
}

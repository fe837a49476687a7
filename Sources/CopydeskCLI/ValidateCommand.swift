import ArgumentParser
import Copydesk
import NewsMLValidator

/// `copydesk validate FILE... | DIR | -`.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate NewsML-G2 documents against the IPTC XML Schema and copydesk's rules.",
        discussion: """
        Schema lookup: --schema, then $\(SchemaLocator.environmentVariable), then \
        <prefix>/share/copydesk/schemas/\(SchemaLocator.defaultRelativePath) beside the binary, \
        /usr/local/share/copydesk, /usr/share/copydesk.
        Rules beyond the schema (warnings; --strict makes them failures): \
        \(RuleCode.all.map { "\($0.code) \($0.rule)" }.joined(separator: "; ")).
        Exit codes: 0 all valid, 1 any invalid, 64 usage error, 66 missing input or schema, 74 schema unreadable.

        Examples:
          copydesk validate story.xml
          copydesk validate archive/ --format junit > newsml-junit.xml
          copydesk convert story.txt --to newsml | copydesk validate -
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, junit }

    @Argument(help: "Files, folders (searched for *.xml) or - for standard input.")
    var inputs: [String] = []

    @Option(name: .long, help: "Read the paths to validate from FILE (- for standard input), one per line or NUL-separated.")
    var filesFrom: String?

    @Option(name: .long, help: "The XML Schema to validate against (default: the NewsML-G2 2.35 + ODRL wrapper).")
    var schema: String?

    @Option(name: .long, help: "Report format: text, json or junit.")
    var format: Format = .text

    @Flag(name: .long, help: "Treat warnings as failures.")
    var strict = false

    @Option(name: [.short, .long], help: "Parallel jobs (default: all cores).")
    var jobs: Int = Cores.count

    func validate() throws {
        guard !inputs.isEmpty || filesFrom != nil else { throw ValidationError("give at least one file, folder or -, or --files-from") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        var files = try InputFiles.expand(inputs, extensions: ["xml"])
        if let filesFrom { files += try InputFiles.list(from: filesFrom) }
        let schemaPath = try SchemaLocator.locate(flag: schema)
        let clock = Clock()
        let run = try ValidationRun(schemaPath: schemaPath, jobs: jobs)
        let reports = run.validate(files)
        let output = ValidationReport.render(reports, format: ValidationReport.Format(rawValue: format.rawValue)!,
                                             strict: strict, seconds: clock.seconds)
        try FileIO.writeStandardOutput(Array(output.utf8))
        if reports.contains(where: { !$0.isValid(strict: strict) }) { throw ExitCode(1) }
    }
}

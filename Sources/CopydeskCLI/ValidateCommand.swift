import CommandOptions
import Copydesk
import NewsMLValidator

/// `copydesk validate FILE... | DIR | -`.
struct ValidateCommand {
    static let spec = CommandSpec(
        name: "validate",
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
        """,
        arguments: [ArgumentSpec("inputs", repeated: true, help: "Files, folders (searched for *.xml) or - for standard input.")],
        options: [
            OptionSpec("files-from", help: "Read the paths to validate from FILE (- for standard input), one per line or NUL-separated."),
            OptionSpec("schema", help: "The XML Schema to validate against (default: the NewsML-G2 2.35 + ODRL wrapper)."),
            OptionSpec("format", choices: ValidationReport.Format.allCases.map(\.rawValue), help: "Report format: text, json or junit."),
            OptionSpec("strict", .flag, help: "Treat warnings as failures."),
            Cores.option,
        ])

    var inputs: [String]
    var filesFrom: String?
    var schema: String?
    var format: ValidationReport.Format
    var strict: Bool
    var jobs: Int

    init(_ parsed: ParsedCommand) throws(UsageError) {
        inputs = parsed.positionals
        filesFrom = parsed.value("files-from")
        schema = parsed.value("schema")
        format = parsed.value("format").flatMap(ValidationReport.Format.init(rawValue:)) ?? .text
        strict = parsed.flag("strict")
        jobs = try Cores.given(parsed) ?? Cores.count
        guard !inputs.isEmpty || filesFrom != nil else { throw parsed.error("give at least one file, folder or -, or --files-from") }
    }

    func run() throws -> Int32 {
        var files = try InputFiles.expand(inputs, extensions: ["xml"])
        if let filesFrom { files += try InputFiles.list(from: filesFrom) }
        let schemaPath = try SchemaLocator.locate(flag: schema)
        let clock = Clock()
        let run = try ValidationRun(schemaPath: schemaPath, jobs: jobs)
        let reports = run.validate(files)
        let output = ValidationReport.render(reports, format: format, strict: strict, seconds: clock.seconds)
        try FileIO.writeStandardOutput(Array(output.utf8))
        return reports.contains(where: { !$0.isValid(strict: strict) }) ? 1 : 0
    }
}



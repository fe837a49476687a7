import Testing
import TestSupport
@testable import CommandOptions

/// The parser against the forms getopt users type, and the errors a wrong command line gets.
@Suite struct CommandOptionsTests {
    let convert = CommandSpec(
        name: "convert", abstract: "Convert articles.", discussion: "Examples:\n  copydesk convert a.txt",
        arguments: [ArgumentSpec("inputs", repeated: true, help: "Articles.")],
        options: [
            OptionSpec("to", help: "Formats."),
            OptionSpec("output", short: "o", help: "Output."),
            OptionSpec("jobs", short: "j", help: "Jobs."),
            OptionSpec("quiet", short: "q", .flag, help: "Quiet."),
            OptionSpec("standalone", short: "s", .flag, help: "Page."),
            OptionSpec("include", .repeatable, help: "Globs."),
            OptionSpec("format", choices: ["text", "json"], help: "Format."),
        ])
    let inspect = CommandSpec(name: "inspect", abstract: "Inspect.", arguments: [ArgumentSpec("input", help: "The article.")])
    var program: ProgramSpec { ProgramSpec(name: "copydesk", version: "1.2.3", abstract: "Convert.", commands: [convert, inspect]) }

    func parsed(_ arguments: [String]) throws -> ParsedCommand {
        guard case .run(let parsed) = try program.parse(arguments) else { throw UsageError("not a run") }
        return parsed
    }

    func failure(_ arguments: [String]) -> String? {
        do { _ = try program.parse(arguments); return nil } catch { return error.message }
    }

    @Test func readsEveryOptionForm() throws {
        let p = try parsed(["convert", "a.txt", "--to", "html", "-o", "-", "-j4", "--include=*.txt", "--include", "b/*", "-qs", "b.txt", "--format=json"])
        #expect(p.positionals == ["a.txt", "b.txt"])
        #expect(p.value("to") == "html")
        #expect(p.value("output") == "-", "a lone dash is a value (standard output)")
        #expect(try p.integer("jobs", atLeast: 1) == 4)
        #expect(p.values("include") == ["*.txt", "b/*"])
        #expect(p.flag("quiet") && p.flag("standalone"))
        #expect(p.value("format") == "json")
    }

    @Test func absentOptionsAndTheLastOfRepeatedValues() throws {
        let p = try parsed(["convert", "--to", "json", "--to", "html", "-"])
        #expect(p.value("to") == "html")
        #expect(p.positionals == ["-"])
        #expect(p.value("output") == nil && !p.flag("quiet") && p.values("include").isEmpty)
        #expect(try p.integer("jobs", atLeast: 1) == nil)
    }

    @Test func aDoubleDashEndsTheOptions() throws {
        let p = try parsed(["convert", "-q", "--", "--to", "-o"])
        #expect(p.positionals == ["--to", "-o"])
        #expect(p.value("to") == nil)
    }

    @Test func valuesMayStartWithADash() throws {
        #expect(try parsed(["convert", "x", "--to", "--quiet"]).value("to") == "--quiet")
        #expect(try parsed(["convert", "x", "-o", "-q"]).value("output") == "-q")
    }

    @Test func wrongCommandLinesSayWhatIsWrongInOneLine() throws {
        #expect(failure(["convert", "--foo"]) == "convert: unknown option '--foo' (see 'copydesk convert --help')")
        #expect(failure(["convert", "--inclde", "x"]) == "convert: unknown option '--inclde'; did you mean '--include'? (see 'copydesk convert --help')")
        #expect(failure(["convert", "--stand"]) == "convert: unknown option '--stand'; did you mean '--standalone'? (see 'copydesk convert --help')")
        #expect(failure(["convert", "-x"]) == "convert: unknown option '-x' (see 'copydesk convert --help')")
        #expect(failure(["convert", "-qx"]) == "convert: unknown option '-x' (see 'copydesk convert --help')")
        #expect(failure(["convert", "--to"]) == "convert: --to needs a value (see 'copydesk convert --help')")
        #expect(failure(["convert", "-j"]) == "convert: -j needs a value (see 'copydesk convert --help')")
        #expect(failure(["convert", "--quiet=yes"]) == "convert: --quiet takes no value (see 'copydesk convert --help')")
        #expect(failure(["convert", "--format", "yaml"]) == "convert: --format takes 'text' or 'json', not 'yaml' (see 'copydesk convert --help')")
        #expect(failure(["inspect"]) == "inspect: missing <input> (see 'copydesk inspect --help')")
        #expect(failure(["inspect", "a", "b"]) == "inspect: unexpected argument 'b' (see 'copydesk inspect --help')")
        #expect(failure(["conver"]) == "unknown command 'conver'; did you mean 'convert'? (see 'copydesk --help')")
        #expect(failure(["publish"]) == "unknown command 'publish'; commands: convert, inspect (see 'copydesk --help')")
        #expect(failure(["--verbose"]) == "unknown option '--verbose' (see 'copydesk --help')")
        for message in [failure(["convert", "--foo"]), failure(["publish"])] { #expect(message?.contains("\n") == false) }
    }

    @Test func wholeNumbersAreChecked() throws {
        for bad in ["0", "-2", "four", ""] {
            let p = try parsed(["convert", "x", "--jobs", bad])
            #expect(throws: UsageError.self) { try p.integer("jobs", atLeast: 1) }
        }
    }

    @Test func helpAndVersion() throws {
        for arguments in [[], ["--help"], ["-h"], ["help"]] {
            guard case .help(let text) = try program.parse(arguments) else { Issue.record("no help for \(arguments)"); continue }
            #expect(text.hasPrefix("OVERVIEW: Convert.\n\nUSAGE: copydesk <command>\n"))
            #expect(text.contains("\n  convert                 Convert articles.\n"))
        }
        for arguments in [["convert", "--help"], ["convert", "x", "-h", "--foo"], ["help", "convert"]] {
            guard case .help(let text) = try program.parse(arguments) else { Issue.record("no help for \(arguments)"); continue }
            #expect(text.hasPrefix("OVERVIEW: Convert articles.\n\nExamples:\n  copydesk convert a.txt\n\nUSAGE: copydesk convert [<options>] [<inputs> ...]\n"))
            #expect(text.contains("\n  -o, --output <output>   Output.\n"))
            #expect(text.contains("\n  -q, --quiet             Quiet.\n"))
            #expect(text.hasSuffix("  -h, --help              Show help information.\n"))
        }
        guard case .version(let version) = try program.parse(["--version"]) else { Issue.record("no version"); return }
        #expect(version == "1.2.3")
    }

    @Test func helpWrapsAtEightyColumnsAndKeepsIndentedLines() {
        let long = String(repeating: "word ", count: 40)
        let wrapped = HelpText.entry("--a-very-long-option-name <value>", long)
        let lines = wrapped.split(separator: "\n")
        #expect(lines[0] == "  --a-very-long-option-name <value>")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: 26) + "word") && $0.count <= 80 })
        let example = "  copydesk convert " + String(repeating: "x", count: 90)
        #expect(HelpText.wrap(example, indent: 0) == example, "examples are not broken")
    }

    /// Random command lines from the pieces users type: every one is read or refused with one
    /// line, and nothing traps.
    @Test func randomCommandLinesAreReadOrRefusedInOneLine() {
        let pieces = ["convert", "inspect", "help", "--to", "--to=", "--to=html", "-o", "-", "--", "-j", "-j4", "-qs", "-qj", "-x",
                      "--quiet", "--quiet=1", "--include", "--format", "json", "yaml", "--help", "-h", "--version", "a.txt", "", "-jq", "---", "--=x"]
        var random = RandomArticles.Random(state: 0xC0FFEE)
        for _ in 0..<5_000 {
            var arguments: [String] = []
            for _ in 0..<Int.random(in: 0...6, using: &random) {
                arguments.append(pieces[Int.random(in: 0..<pieces.count, using: &random)])
            }
            do {
                _ = try program.parse(arguments)
            } catch {
                #expect(!error.message.contains("\n") && !error.message.isEmpty, "\(arguments)")
            }
        }
    }

    @Test func editDistance() {
        #expect(EditDistance.between(Array("include".utf8), Array("inclde".utf8)) == 1)
        #expect(EditDistance.between(Array("".utf8), Array("abc".utf8)) == 3)
        #expect(EditDistance.between(Array("kitten".utf8), Array("sitting".utf8)) == 3)
    }
}

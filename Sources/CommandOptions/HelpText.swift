/// Help pages, wrapped to 80 columns: overview, usage, arguments, options (and commands).
public enum HelpText {
    static let width = 80
    /// Where the explanations of options and commands begin.
    static let column = 26

    public static func program(_ program: ProgramSpec) -> String {
        var text = overview(program.abstract, program.discussion)
        text += "USAGE: \(program.name) <command>\n\n"
        text += "OPTIONS:\n"
        text += entry("--version", "Show the version.")
        text += entry("-h, --help", "Show help information.")
        text += "\nCOMMANDS:\n"
        for command in program.commands { text += entry(command.name, command.abstract) }
        text += "\n  See '\(program.name) help <command>' for detailed help.\n"
        return text
    }

    public static func command(_ command: CommandSpec, program: String) -> String {
        var text = overview(command.abstract, command.discussion())
        let arguments = command.arguments.map(\.label).joined(separator: " ")
        text += "USAGE: \(program) \(command.name)\(command.options.isEmpty ? "" : " [<options>]")\(arguments.isEmpty ? "" : " " + arguments)\n\n"
        if !command.arguments.isEmpty {
            text += "ARGUMENTS:\n"
            for argument in command.arguments { text += entry("<\(argument.name)>", argument.help) }
            text += "\n"
        }
        text += "OPTIONS:\n"
        for option in command.options { text += entry(option.label, option.help) }
        text += entry("-h, --help", "Show help information.")
        return text
    }

    static func overview(_ abstract: String, _ discussion: String) -> String {
        var text = wrap("OVERVIEW: " + abstract, indent: 0) + "\n\n"
        if !discussion.isEmpty { text += wrap(discussion, indent: 0) + "\n\n" }
        return text
    }

    /// "  label   explanation", the explanation on the next line when the label is too long.
    static func entry(_ label: String, _ explanation: String) -> String {
        let head = "  " + label
        let body = wrap(explanation, indent: column)
        let start = body.dropFirst(column)
        if head.count + 2 <= column { return head + String(repeating: " ", count: column - head.count) + start + "\n" }
        return head + "\n" + body + "\n"
    }

    /// Wraps each line of `text` at spaces; continuation lines and (when `indent` > 0) the first
    /// line start `indent` columns in. Lines that already start with spaces (examples) are kept whole.
    static func wrap(_ text: String, indent: Int) -> String {
        let margin = String(repeating: " ", count: indent)
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.first == " " {
                out.append(margin + line)
                continue
            }
            var current = margin
            for word in line.split(separator: " ") {
                if current.count > indent && current.count + 1 + word.count > width {
                    out.append(current)
                    current = margin
                }
                current += (current.count > indent ? " " : "") + word
            }
            out.append(current)
        }
        return out.joined(separator: "\n")
    }
}

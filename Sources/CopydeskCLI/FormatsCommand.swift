import CommandOptions
import Copydesk

/// `copydesk formats`: what the registry knows.
struct FormatsCommand {
    static let spec = CommandSpec(name: "formats", abstract: "List the input and output formats.")

    func run() throws -> Int32 {
        let registry = FormatRegistry.standard
        var text = "Input formats:\n"
        for reader in registry.readers { text += "  \(pad(reader.name))  \(reader.summary)\n" }
        text += "Output formats (--to):\n"
        for writer in registry.writers { text += "  \(pad(writer.name))  .\(writer.fileExtension)  \(writer.summary)\n" }
        try FileIO.writeStandardOutput(Array(text.utf8))
        return 0
    }

    func pad(_ name: String) -> String { name + String(repeating: " ", count: max(0, 12 - name.count)) }
}

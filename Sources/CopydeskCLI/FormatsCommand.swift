import ArgumentParser
import Copydesk

/// `copydesk formats`: what the registry knows.
struct FormatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "formats", abstract: "List the input and output formats.")

    func run() throws {
        let registry = FormatRegistry.standard
        var text = "Input formats:\n"
        for reader in registry.readers { text += "  \(pad(reader.name))  \(reader.summary)\n" }
        text += "Output formats (--to):\n"
        for writer in registry.writers { text += "  \(pad(writer.name))  .\(writer.fileExtension)  \(writer.summary)\n" }
        try FileIO.writeStandardOutput(Array(text.utf8))
    }

    func pad(_ name: String) -> String { name + String(repeating: " ", count: max(0, 12 - name.count)) }
}

import ArgumentParser
import Copydesk

/// The options writers take, shared by every command that writes articles.
struct WriterFlags: ParsableArguments {
    @Flag(name: [.short, .long], help: "HTML: write a complete page through the page template.")
    var standalone = false

    @Option(name: .long, help: "HTML: a Mustache page template replacing the default (implies --standalone).")
    var template: String?

    @Option(name: .long, help: "Markdown: wrap paragraphs at N columns, or none (default).")
    var wrap: String = "none"

    func options() throws(CopydeskError) -> WriterOptions {
        var options = WriterOptions()
        options.html.standalone = standalone || template != nil
        if let template {
            let bytes = try FileIO.read(template)
            options.html.pageTemplate = String(decoding: bytes, as: UTF8.self)
        }
        if wrap != "none" {
            guard let width = Int(wrap), width >= 20 else {
                throw CopydeskError(.usage, "--wrap takes none or a number of columns of at least 20, not '\(wrap)'")
            }
            options.markdown.wrap = width
        }
        return options
    }
}

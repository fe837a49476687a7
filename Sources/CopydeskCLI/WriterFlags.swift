import CommandOptions
import Copydesk
import FrontMatterWriter
import NewsMLWriter
import ArticleModel
#if canImport(Glibc)
import Glibc
#endif

/// The options writers take, shared by every command that writes articles.
struct WriterFlags {
    static let options = [
        OptionSpec("standalone", short: "s", .flag, help: "HTML: write a complete page through the page template."),
        OptionSpec("template", help: "HTML: a Mustache page template replacing the default (implies --standalone)."),
        OptionSpec("wrap", help: "Markdown: wrap paragraphs at N columns, or none (default)."),
        OptionSpec("flavor", help: "Front matter: key names for hugo (default), jekyll, eleventy or pandoc."),
        OptionSpec("no-body", .flag, help: "Front matter: write the front matter alone, without the Markdown body."),
        OptionSpec("provider", help: "NewsML: the provider's name (default: Copydesk)."),
        OptionSpec("provider-domain", help: "NewsML: the provider's domain, used in provider URIs and guids (default: copydesk.example)."),
        OptionSpec("date", help: "NewsML: versionCreated when the article has no date (RFC 3339); default $SOURCE_DATE_EPOCH, else the file's time."),
    ]

    var standalone: Bool
    var template: String?
    var wrap: String?
    var flavor: String?
    var noBody: Bool
    var provider: String?
    var providerDomain: String?
    var date: String?

    init(_ parsed: ParsedCommand) {
        standalone = parsed.flag("standalone")
        template = parsed.value("template")
        wrap = parsed.value("wrap")
        flavor = parsed.value("flavor")
        noBody = parsed.flag("no-body")
        provider = parsed.value("provider")
        providerDomain = parsed.value("provider-domain")
        date = parsed.value("date")
    }

    /// The writers' options: these flags, then `copydesk.yml`, then the defaults.
    func options(config: ConfigFile? = nil) throws(CopydeskError) -> WriterOptions {
        var options = WriterOptions()
        let template = self.template ?? config?.template.map { config!.resolve($0) }
        let flavor = self.flavor ?? config?.flavor
        let provider = self.provider ?? config?.providerName
        let providerDomain = self.providerDomain ?? config?.providerDomain
        let date = self.date ?? config?.date
        let wrap = self.wrap ?? config?.wrap.map(String.init) ?? "none"
        let standalone = self.standalone || (config?.standalone ?? false)
        if let provider { options.newsml.providerName = provider }
        if let providerDomain {
            guard !providerDomain.isEmpty, !providerDomain.contains(where: { $0 == "/" || $0 == " " || $0 == ":" }) else {
                throw CopydeskError(.usage, "--provider-domain takes a domain name such as example.com, not '\(providerDomain)'")
            }
            options.newsml.providerDomain = providerDomain
        }
        if let date {
            guard let parsed = Timestamp.dateTime(date) else {
                throw CopydeskError(.usage, "--date takes an RFC 3339 date such as 2026-11-25T09:30:00Z, not '\(date)'")
            }
            options.newsml.fallbackDate = parsed.value
        } else if let epoch = getenv("SOURCE_DATE_EPOCH").flatMap({ Int64(String(cString: $0)) }) {
            options.newsml.fallbackDate = Timestamp.utc(secondsSince1970: epoch)
        }
        options.html.standalone = standalone || template != nil
        if let template {
            let bytes = try FileIO.read(template)
            options.html.pageTemplate = String(decoding: bytes, as: UTF8.self)
            do {
                try options.html.parsePageTemplate()
            } catch {
                throw CopydeskError(.usage, path: template, "the page template cannot be parsed: \(error)")
            }
        }
        if let flavor {
            guard let f = FrontMatterWriter.Flavor(rawValue: flavor.lowercased()) else {
                throw CopydeskError(.usage, "unknown --flavor '\(flavor)'; valid flavors: \(FrontMatterWriter.Flavor.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            options.frontMatter.flavor = f
        }
        options.frontMatter.includeBody = !noBody
        if wrap != "none" {
            guard let width = Int(wrap), width >= 20 else {
                throw CopydeskError(.usage, "--wrap takes none or a number of columns of at least 20, not '\(wrap)'")
            }
            options.markdown.wrap = width
        }
        return options
    }
}

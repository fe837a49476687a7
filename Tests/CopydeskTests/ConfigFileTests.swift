import Testing
@testable import Copydesk

@Suite struct ConfigFileTests {
    @Test func readsEverySetting() throws {
        let config = try ConfigFile.parse("""
            version: 1
            formats: [frontmatter, html]
            flavor: jekyll
            layout: jekyll
            bundles: false
            output: site
            provider: { name: Example News, domain: example.com }
            jobs: 2
            wrap: 72
            include: ["*.txt"]
            exclude: ["drafts/**"]
            """, path: "conf/copydesk.yml")
        #expect(config.formats == ["frontmatter", "html"])
        #expect(config.flavor == "jekyll" && config.layout == "jekyll" && config.output == "site")
        #expect(config.providerName == "Example News" && config.providerDomain == "example.com")
        #expect(config.jobs == 2 && config.wrap == 72)
        #expect(config.resolve("site") == "conf/site")
    }

    @Test func unknownKeysAreErrorsNamingTheKey() {
        #expect(throws: CopydeskError.self) { try ConfigFile.parse("version: 1\nflavour: hugo\n", path: "c.yml") }
        do {
            _ = try ConfigFile.parse("version: 1\nflavour: hugo\n", path: "c.yml")
        } catch {
            #expect(error.line.hasPrefix("c.yml: unknown setting 'flavour'"))
            #expect(error.exitCode == 64)
        }
        #expect(throws: CopydeskError.self) { try ConfigFile.parse("version: 1\nprovider: { nmae: x }\n", path: "c.yml") }
    }

    @Test func theVersionIsRequiredAndChecked() {
        #expect(throws: CopydeskError.self) { try ConfigFile.parse("flavor: hugo\n", path: "c.yml") }
        #expect(throws: CopydeskError.self) { try ConfigFile.parse("version: 2\n", path: "c.yml") }
    }

    @Test func wrongTypesAreErrors() {
        #expect(throws: CopydeskError.self) { try ConfigFile.parse("version: 1\njobs: many\n", path: "c.yml") }
        #expect(throws: CopydeskError.self) { try ConfigFile.parse("version: 1\nbundles: \"yes\"\n", path: "c.yml") }
    }
}

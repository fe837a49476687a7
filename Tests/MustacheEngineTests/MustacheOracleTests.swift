import Foundation
import Testing
import Mustache
@testable import MustacheEngine
@testable import HTMLWriter
import ArticleModel
import PlainTextReader
import TestSupport

/// The page-template engine is held to swift-mustache, which copydesk used before: every template
/// here must render byte for byte the same with both, or fail to parse with both.
struct MustacheOracleTests {
    /// Every kind of value, with markup and non-ASCII letters in the strings.
    static let data: TemplateValue = [
        "s": "Fish & <chips> \"quoted\" 'single'",
        "word": "hello wORLD o'neil école",
        "blank": "",
        "yes": true,
        "no": false,
        "three": 3,
        "zero": 0,
        "names": ["Zoë", "adam", "Bea"],
        "none": [],
        "one": ["k": "v&"],
        "people": [["name": "Ann", "role": "editor"], ["name": "Bo"], ["name": "Cy", "role": "<desk>"]],
        "nested": ["inner": ["k": "deep"], "k": "mid"],
        "k": "top",
        "lists": [["x", "y"], []],
    ]

    static let templates: [String] = [
        // Interpolation and escaping
        "", "plain text", "{{s}}", "{{{s}}}", "{{&s}}", "{{ s }}", "{{{ s }}}", "{{& s }}", "{{missing}}|",
        "{{yes}} {{no}} {{three}} {{names}} {{none}} {{one}}", "{{blank}}[{{blank}}]",
        "{{nested.inner.k}} {{nested.k}} {{nested.missing.k}} {{one.k}}", "{{#nested}}{{k}} {{inner.k}} {{.k}}{{/nested}}",
        "{{#nested}}{{#inner}}{{k}}/{{.k}}/{{three}}/{{.three}}{{/inner}}{{/nested}}",
        "a {{s}} b\n  {{s}}  \n{{s}}", "{{ nested.inner.k }}", "{{..}}", "{{#one}}{{..}}{{/one}}",
        // Sections
        "{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#missing}}M{{/missing}}{{#blank}}B{{/blank}}{{#zero}}Z{{/zero}}",
        "{{#names}}<{{.}}>{{/names}}", "{{#none}}never{{/none}}", "{{#people}}{{name}}:{{role}};{{/people}}",
        "{{#people}}{{name}}{{#role}} ({{.}}){{/role}}, {{/people}}", "{{#one}}{{k}}{{/one}}",
        "{{#three}}{{.}}{{/three}}", "{{#s}}{{.}}{{/s}}", "{{#lists}}[{{#.}}{{.}}{{/.}}]{{/lists}}",
        "{{#people}}{{#yes}}{{name}}{{/yes}}{{/people}}", "{{#names}}{{#names}}{{.}}{{/names}}|{{/names}}",
        // Inverted sections
        "{{^yes}}Y{{/yes}}{{^no}}N{{/no}}{{^missing}}M{{/missing}}{{^none}}E{{/none}}{{^names}}L{{/names}}{{^blank}}B{{/blank}}",
        "{{^none}}{{.}}{{/none}}", "{{^zero}}Z{{/zero}}",
        // Comments
        "a{{! a comment }}b", "a{{!\nmulti\nline\n}}b", "  {{! standalone }}\nnext", "x {{! inline }} \ny",
        // Standalone lines
        "begin\n{{#yes}}\ninside\n{{/yes}}\nend\n", "begin\n  {{#yes}}  \n  inside\n  {{/yes}}  \nend",
        "begin\r\n{{#yes}}\r\ninside\r\n{{/yes}}\r\nend", "{{#yes}}\nfirst line", "line\n{{^no}}\nnot\n{{/no}}",
        "| {{#yes}}\n{{/yes}} |", "x{{#yes}}\ny{{/yes}}\n", "{{#names}}\n{{.}}\n{{/names}}\n", "\t{{#yes}}\t\nT\n\t{{/yes}}\t\n",
        "a\n  ", "a\n  {{s}}", "{{#yes}}  ", "  {{#yes}}x{{/yes}}  \n", "a\r{{#yes}}\rb{{/yes}}",
        // Set delimiters
        "{{=<% %>=}}<% s %> {{s}}", "{{=<% %>=}}\n<%#yes%>\nY\n<%/yes%>\n<%={{ }}=%>{{s}}", "{{= | | =}}|s|",
        "{{#yes}}{{=[ ]=}}[s]{{/yes}}", "{{=<% %>=}}<%{s}%>", "{{=%% %%=}}%% s %%", "{{=a=}}", "{{=<% %> x=}}",
        // Pragmas
        "{{%CONTENT_TYPE:TEXT}}{{s}}", "{{s}}{{% CONTENT_TYPE: TEXT }}{{s}}{{%CONTENT_TYPE:HTML}}{{s}}",
        "{{#yes}}{{%CONTENT_TYPE:TEXT}}{{s}}{{/yes}}{{s}}", "{{%CONTENT_TYPE:JSON}}", "{{%OTHER:TEXT}}", "{{% broken }}",
        "  {{%CONTENT_TYPE:TEXT}}\n{{s}}",
        // Partials and parents (there is no library: they render nothing)
        "a{{>partial}}b", "  {{> partial }}\nnext", "{{>*dynamic}}", "{{<parent}}{{$b}}x{{/b}}{{/parent}}after",
        "  {{<parent}}\n  {{$b}}\n  x\n  {{/b}}\n{{/parent}}\nafter", "{{<parent}}{{s}}{{/parent}}",
        // Blocks outside a parent render their default
        "{{$b}}default {{s}}{{/b}}", "  {{$b}}\n  line one\n  {{s}}\n  {{/b}}\nafter", "x\n  {{$b}}one\ntwo\n{{/b}}",
        "{{$b}}{{#names}}\n{{.}}\n{{/names}}{{/b}}", "{{$b(x)}}{{/b(x)}}",
        // Transforms and list positions
        "{{uppercased(s)}} {{lowercased(word)}} {{capitalized(word)}} {{reversed(word)}} {{empty(blank)}} {{empty(s)}}",
        "{{count(names)}} {{first(names)}} {{last(names)}} {{empty(none)}} {{first(none)}}|",
        "{{#sorted(names)}}{{.}},{{/sorted(names)}} {{#reversed(names)}}{{.}},{{/reversed(names)}}",
        "{{plusone(three)}} {{minusone(three)}} {{even(three)}} {{odd(three)}} {{equalzero(zero)}} {{plusone(count(names))}}",
        "{{#names}}{{index()}}{{#first()}}F{{/first()}}{{#last()}}L{{/last()}}{{#even()}}e{{/even()}}{{^odd()}}!{{/odd()}} {{/names}}",
        "{{#names}}{{plusone(index())}}{{^last()}}, {{/last()}}{{/names}}", "{{first()}}{{index()}}|",
        "{{#people}}{{#one}}{{index()}}{{/one}}{{#yes}}{{index()}}{{/yes}}{{/people}}",
        "{{count(one)}} {{empty(one)}} {{#sorted(one)}}{{key}}={{value}}{{/sorted(one)}}", "{{uppercased(yes)}}|{{count(s)}}|",
        "{{#count(names)}}{{.}}{{/count(names)}}", "{{^empty(names)}}has names{{/empty(names)}}", "{{uppercased(first(names))}}",
        "{{#people}}{{uppercased(name)}}{{/people}}", "{{#uppercased(s)}}{{.}}{{/uppercased(s)}}",
        // Errors
        "{{#open}} never closed", "{{/close}}", "{{#a}}{{/b}}", "{{unclosed", "{{a b}}", "{{!never closed", "abc{",
        "{{{s}}", "{{f(}}", "{{f)}}", "{{f(x))}}", "{{f(g(x)}}", "{{#f(x)}}{{/g(x)}}", "{{$b(x)}}{{/b}}", "{{=<%=}}",
        "{{#yes}}{{/yes}}{{/yes}}", "{{<parent}}text{{#s}}{{/s}}{{/parent}}", "{{", "}}", "{{}}", "{{#}}{{/}}",
    ]

    @Test(arguments: templates)
    func rendersAsSwiftMustache(_ text: String) throws {
        try expectSameRendering(text, data: Self.data)
    }

    /// Templates stitched at random from tags, text and line breaks: the rules interact in ways
    /// a list of cases does not reach.
    @Test func randomTemplatesRenderAsSwiftMustache() throws {
        let leaves = ["{{s}}", "{{{s}}}", "{{&word}}", "{{three}}", "{{missing}}", "{{nested.inner.k}}", "{{.k}}", "{{k}}",
                      "{{.}}", "{{name}}", "{{index()}}", "{{uppercased(s)}}", "{{! note }}", "{{>p}}",
                      "{{%CONTENT_TYPE:TEXT}}", "{{=<% %>=}}<%s%><%={{ }}=%>", "text", " ", "  ", "\t", "\n", "\r\n", "\n",
                      "&", "<", "{", "}", "{{/yes}}"]
        let sections = ["#yes", "^no", "#names", "#people", "#nested", "#first()", "^last()", "$b", "#one", "^none", "#missing"]
        var random = RandomArticles.Random(state: 0xC0FF_EE00_D15E_A5E)
        func piece(_ depth: Int) -> String {
            guard depth < 3, random.chance(30) else { return leaves[random.below(leaves.count)] }
            let open = sections[random.below(sections.count)]
            var body = ""
            for _ in 0..<random.below(5) { body += piece(depth + 1) }
            let pad = [" ", "", "\n", "  \n"][random.below(4)]
            return "{{" + open + "}}" + pad + body + pad + "{{/" + open.dropFirst() + "}}"
        }
        var rendered = 0
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<(1 + random.below(8)) { text += piece(0) }
            if try expectSameRendering(text, data: Self.data) { rendered += 1 }
        }
        // Most of them are valid templates, so the renderings, not only the errors, are compared.
        #expect(rendered > 1000, "\(rendered) of 3000 random templates parsed")
    }

    /// The built-in page, and a template that uses every variable, for every sample article.
    @Test(arguments: Fixtures.sampleNames())
    func pagesRenderAsSwiftMustache(_ sample: String) throws {
        let article = try PlainTextReader().read(Fixtures.bytes(Fixtures.sample(sample + ".txt"))).article
        let context = HTMLPage.context(article, body: HTMLWriter.fragment(article))
        let everything = """
            {{title}}|{{lang}}|{{description}}|{{headline}}|{{deck}}|{{byline}}|{{date}}|{{datetime}}|{{copyright}}
            {{#dateline}}{{text}}/{{place}}/{{date}}/{{source}}{{/dateline}}
            {{#authors}}{{.}}{{^last()}}, {{/last()}}{{/authors}} {{#keywords}}<{{.}}>{{/keywords}}
            {{#blocks}}
            {{index()}} {{type}}{{#is_paragraph}} P {{text}}{{/is_paragraph}}{{#is_figure}} {{caption}} {{credit}}{{/is_figure}}
            {{#is_list}}{{ordered}}:{{#items}} - {{.}}{{/items}}{{/is_list}}
            {{/blocks}}
            {{#boilerplate}}{{.}}
            {{/boilerplate}}{{generator}}
            """
        try expectSameRendering(DefaultPageTemplate.text, data: context)
        try expectSameRendering(everything, data: context)
    }

    /// True when both parsed the template (and their renderings were compared).
    @discardableResult
    private func expectSameRendering(_ text: String, data: TemplateValue) throws -> Bool {
        let oracle = Result { try MustacheTemplate(string: text) }
        let ours = Result { () throws(TemplateError) -> Template in try Template(text) }
        switch (oracle, ours) {
        case (.success(let expected), .success(let template)):
            #expect(template.render(data) == expected.render(data.anyValue), "template: \(text.debugDescription)")
            return true
        case (.failure, .failure):
            break
        case (.success, .failure(let error)):
            Issue.record("swift-mustache parses \(text.debugDescription); ours fails: \(error)")
        case (.failure(let error), .success):
            Issue.record("ours parses \(text.debugDescription); swift-mustache fails: \(error)")
        }
        return false
    }
}

extension TemplateValue {
    /// The same data as swift-mustache takes it: lists of strings typed as such, so that its
    /// `sorted` applies to them as ours does.
    var anyValue: Any {
        switch self {
        case .string(let s): return s
        case .bool(let b): return b
        case .int(let i): return i
        case .list(let items):
            let strings = items.compactMap { if case .string(let s) = $0 { s } else { nil } }
            if strings.count == items.count { return strings }
            return items.map(\.anyValue)
        case .object(let fields): return OracleObject(fields: fields.mapValues(\.anyValue), text: text)
        case .pair(let key, let value): return (key: key, value: value.anyValue)
        }
    }
}

/// An object as swift-mustache sees it: a dictionary in all but its printed form. swift-mustache
/// prints a dictionary in the dictionary's own order, which changes from run to run; ours sorts
/// the keys, and this gives swift-mustache the same text so that the rest can be compared.
struct OracleObject: MustacheParent, MustacheCustomRenderable, MustacheTransformable, CustomDebugStringConvertible {
    let fields: [String: Any]
    let text: String
    func child(named name: String) -> Any? { fields[name] }
    var renderText: String { text }
    var isNull: Bool { false }
    var debugDescription: String { text }
    func transform(_ name: String) -> Any? {
        // `enumerated` lists entries in the dictionary's order; ours, by key (as `sorted`).
        fields.transform(name == "enumerated" ? "sorted" : name)
    }
}

/// What the engine does on its own, beyond matching swift-mustache.
struct TemplateEngineTests {
    @Test func errorsSayWhereInTheTemplate() {
        let cases = [
            ("<p>\n  {{#open}} x\n{{#closed}}{{/closed}}", "line 2, column 3: a section is not closed"),
            ("<p>\n  {{#a}}é{{/b}}", "line 2, column 10: a section closes with another name than it opened with"),
            ("{{#a}}\n{{#b}}\n{{/b}}\n{{^c}}", "line 4, column 1: a section is not closed"),
            ("x {{! never closed", "line 1, column 3: a comment is not closed"),
        ]
        for (text, expected) in cases {
            #expect(throws: TemplateError.self) { try Template(text) }
            do { _ = try Template(text) } catch { #expect(error.description == expected, "\(text.debugDescription)") }
        }
    }

    /// A template is input: nesting it deeply is an error, not a stack overflow.
    @Test func deepNestingIsAnErrorNotACrash() throws {
        let deep = String(repeating: "{{#yes}}", count: 100_000) + String(repeating: "{{/yes}}", count: 100_000)
        #expect(throws: TemplateError.self) { try Template(deep) }
        let fine = String(repeating: "{{#yes}}", count: 150) + "{{s}}" + String(repeating: "{{/yes}}", count: 150)
        #expect(try Template(fine).render(["yes": true, "s": "<b>"]) == "&lt;b&gt;")
    }

    @Test func aTemplateIsParsedOnceAndRenderedManyTimes() throws {
        let template = try Template("{{#names}}{{.}}{{^last()}}, {{/last()}}{{/names}}")
        #expect(template.render(["names": ["Ann", "Bo"]]) == "Ann, Bo")
        #expect(template.render(["names": []]) == "")
        #expect(template.render(["names": ["Cy"]]) == "Cy")
    }
}

extension TemplateEngineTests {
    /// Bytes at random, heavy in delimiters, line breaks and multi-byte characters: the engine
    /// parses or refuses every one, and never traps.
    @Test func randomTextNeverCrashes() {
        let pieces = ["{{", "}}", "{", "}", "#", "^", "/", "!", "=", ">", "<", "$", "%", "&", "(", ")", ".", " ", "\t", "\n",
                      "\r", "\r\n", "a", "yes", "names", "é", "\u{2028}", "\u{85}", "\u{A0}", "<%", "%>", ":", "CONTENT_TYPE", "TEXT"]
        var random = RandomArticles.Random(state: 0x5EED_F00D)
        var parsed = 0
        for _ in 0..<Self.fuzzRounds {
            var text = ""
            for _ in 0..<random.below(40) { text += pieces[random.below(pieces.count)] }
            if let template = try? Template(text) {
                parsed += 1
                _ = template.render(MustacheOracleTests.data)
            }
        }
        #expect(parsed > 0)
    }

    static let fuzzRounds = Int(getenv("COPYDESK_FUZZ_ROUNDS").flatMap { Int(String(cString: $0)) } ?? 5_000)
}

import Foundation
import Testing
import ArticleModel
import TestSupport
@testable import Copydesk
@testable import FrontMatterWriter
@testable import PlainTextReader

/// Every value written for every sample (the adversarial one included), in every flavor, reads
/// back identically with libyaml and with PyYAML.
@Suite struct FrontMatterReadBackTests {
    static func json(_ value: YAMLValue) -> Any {
        switch value {
        case .string(let s): return s
        case .int(let i): return i
        case .double(let d): return d
        case .bool(let b): return b
        case .null: return NSNull()
        case .list(let l): return l.map(json)
        case .map(let m): return Dictionary(uniqueKeysWithValues: m.map { ($0.0, json($0.1)) })
        }
    }

    static func meta(_ value: YAMLValue) -> MetaValue {
        switch value {
        case .string(let s): return .string(s)
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .bool(let b): return .bool(b)
        case .null: return .null
        case .list(let l): return .array(l.map(meta))
        case .map(let m): return .object(Dictionary(uniqueKeysWithValues: m.map { ($0.0, meta($0.1)) }))
        }
    }

    static func canonical(_ object: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
    }

    @Test func libyamlAndPyYAMLReadBackEveryValue() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var expected: [String: Any] = [:]
        for name in Fixtures.sampleNames() {
            let article = try PlainTextFormat().read(try Fixtures.bytes(Fixtures.sample("\(name).txt"))).article
            for flavor in FrontMatterWriter.Flavor.allCases {
                var options = FrontMatterWriter.Options()
                options.flavor = flavor
                options.guid = "tag:copydesk.example,2026:\(name)"
                options.fallbackDate = "2026-01-01T00:00:00Z"
                let fields = FrontMatterWriter.fields(article, options: options)
                let page = try FrontMatterWriter.format(article, options: options)
                #expect(page.starts(with: Array("---\n".utf8)), "no BOM, --- at byte 0")
                // libyaml
                let text = String(decoding: page, as: UTF8.self)
                let end = try #require(text.range(of: "\n---\n"))
                let yaml = String(text[text.index(text.startIndex, offsetBy: 4)...end.lowerBound])
                let parsed = try YAMLLoader.load(yaml)
                #expect(parsed == Self.meta(.map(fields)), "\(name) \(flavor): libyaml read back something else")
                // PyYAML, later in one run
                let file = folder.appendingPathComponent("\(name)-\(flavor).md")
                try Data(page).write(to: file)
                expected[file.path] = Self.json(.map(fields))
            }
        }
        guard ExternalTools.available(ExternalTools.hasPythonModule("yaml") ? "yes" : nil) else {
            print("FrontMatterReadBackTests: PyYAML is not installed (pip install PyYAML); its read-back was skipped")
            return
        }
        let script = Fixtures.repository.appendingPathComponent("Tests/Tools/yaml-front-matter.py").path
        let run = try ExternalTools.run(ExternalTools.python3 ?? "python3", [script] + expected.keys.sorted())
        #expect(run.status == 0, "\(run.output)")
        let read = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any] ?? [:]
        for (file, want) in expected {
            let got = try Self.canonical(read[file] ?? NSNull())
            #expect(got == (try Self.canonical(want)), "\(file): PyYAML read \(got)")
        }
    }
}

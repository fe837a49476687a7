import Foundation
import TestSupport
import NewsMLValidator

/// The schemas in ../shared, compiled once for the whole test run.
enum Schemas {
    static let folder = Fixtures.sharedFile("schemas/newsml-g2-2.35")
    static let wrapperPath = folder.appendingPathComponent("G2-multi-schema-2.35.xsd").path
    static let powerPath = folder.appendingPathComponent("NewsML-G2_2.35-spec-All-Power.xsd").path

    static let wrapper: NewsMLSchemaValidator? = try? NewsMLSchemaValidator(schemaPath: wrapperPath)
    static let power: NewsMLSchemaValidator? = try? NewsMLSchemaValidator(schemaPath: powerPath)
}

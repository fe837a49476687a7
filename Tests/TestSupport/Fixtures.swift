import Foundation

/// Paths the tests need: the repository, the shared folder beside it, the built binary.
public enum Fixtures {
    /// The repository root, found from this file's location.
    public static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared`, present on developer machines and in CI, absent in a user's clone.
    public static let shared: URL = repository.deletingLastPathComponent().appendingPathComponent("shared")

    /// True when `../shared` is there; tests that need it are disabled with a visible reason otherwise.
    public static let hasShared: Bool = FileManager.default.fileExists(atPath: shared.appendingPathComponent("seed").path)

    public static func sharedFile(_ relative: String) -> URL { shared.appendingPathComponent(relative) }

    public static func sample(_ name: String) -> URL { repository.appendingPathComponent("Samples").appendingPathComponent(name) }

    /// Every sample article in Samples/.
    public static func sampleNames() -> [String] {
        let folder = repository.appendingPathComponent("Samples").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted().map { String($0.dropLast(4)) }
    }

    public static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }
}

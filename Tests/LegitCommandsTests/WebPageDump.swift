import Foundation
import Testing

/// `legit dump` of an invented web page of three notes, checked as the web note tests check it.
enum WebPageDump {
    /// Writes `page` to a temporary file, runs `legit dump` on it and expects three notes, an *Id.*
    /// and a *supra* resolved to the work the first full citation names; returns the dump.
    static func dumpResolvingShortForms(_ page: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-webpage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("page.md")
        try page.write(to: file, atomically: true, encoding: .utf8)
        let result = try LegitBinary.run(["dump", file.path])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("  Footnote ") }.count == 3, "\(result.output)")
        let full = try #require(lines.first { $0.contains("Citation full") }, "\(result.output)")
        let work = try #require(full.components(separatedBy: "-> ").last)
        #expect(lines.contains { $0.contains("Citation id") && $0.hasSuffix("-> \(work)") }, "\(result.output)")
        #expect(lines.contains { $0.contains("Citation supra") && $0.hasSuffix("-> \(work)") }, "\(result.output)")
        return result.output
    }
}

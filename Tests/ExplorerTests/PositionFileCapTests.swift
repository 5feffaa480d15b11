import Explorer
import Foundation
import Testing

/// A reading place file is small: one that is huge, or not a file, is passed over, never read whole.
@Suite("Reading place files, capped")
struct PositionFileCapTests {
    @Test("a positions file over the cap is ignored, even when it holds a valid record; one under it loads")
    func capped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-cap-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = ReadingPositionStore(folder: folder)
        try store.save(ReadingAnchor(block: 7, offset: 2), for: "/a/essay.md")
        #expect(store.load(for: "/a/essay.md") == ReadingAnchor(block: 7, offset: 2))
        // The same record padded with spaces past the cap: valid JSON, but no file legit writes.
        let path = store.file(for: "/a/essay.md")
        let record = try String(contentsOfFile: path, encoding: .utf8)
        let padded = record + String(repeating: " ", count: ReadingPositionStore.maximumFileSize)
        try padded.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(store.load(for: "/a/essay.md") == nil)
        // A folder where the file should be is not read either.
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        #expect(store.load(for: "/a/essay.md") == nil)
    }
}

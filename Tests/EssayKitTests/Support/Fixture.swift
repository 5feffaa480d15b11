import EssayKit
import Foundation

/// Builds essays from small texts and finds the bundled one, for tests.
enum Fixture {
    /// Each marker of the body as `label<-word`, the word its text follows.
    static func marks(_ essay: Essay) -> [String] {
        essay.sections.flatMap(\.blocks).flatMap { block in
            block.content.markers.map { marker -> String in
                let before = block.content.text.utf8.prefix(marker.offset)
                let word = String(decoding: before, as: UTF8.self).split(separator: " ").last.map(String.init) ?? ""
                return "\(marker.label)<-\(word)"
            }
        }
    }

    /// The repository's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled essay's path.
    static let essayPath = root.appendingPathComponent("Corpus/kaye-2019-legitimacy.md").path

    /// The bundled essay, parsed once.
    static let kaye: Essay = {
        do {
            return try EssayParser().parse(contentsOf: essayPath)
        } catch {
            fatalError("the bundled essay does not parse: \(error)")
        }
    }()

    /// Parses `text` as if read from a file named `path`.
    static func essay(_ text: String, path: String = "fixture.md") throws -> Essay {
        try EssayParser().parse(SourceFile.decode(path: path, data: Array(text.utf8)))
    }

    /// Parses `pages` as pdftotext prints them, a form feed between pages, from a file named `path`.
    static func pagedEssay(_ pages: [String], path: String) throws -> Essay {
        try essay(pages.joined(separator: "\u{0C}"), path: path)
    }

    /// The body sentences' texts in reading order.
    static func sentences(_ essay: Essay) -> [String] {
        essay.bodySentences.map { String($0.sentence.text) }
    }

    /// The stored dump files beside the tests.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
}

import ArgumentGraph
import EssayKit
@testable import Explorer
import Synchronization
import Testing

/// Issue 16 item 5: a key never waits for work it does not need. Detail and overlays are made for
/// the rows on the screen, whatever the lists behind them hold.
@Suite("The explorer at scale")
struct ScaleTests {
    /// Counts how many entries a list made.
    final class Counter: Sendable {
        let made = Mutex(0)
    }

    @Test("a list of any length makes only the rows asked for")
    func listsAreMadeOnDemand() {
        let counter = Counter()
        let list = DetailList(count: 1_000_000) { index in
            counter.made.withLock { $0 += 1 }
            return DetailLine("  entry \(index)", role: .link, target: .subject(.footnote(String(index))))
        }
        let layout = DetailLayout(DetailDocument([.line(DetailLine("Title", role: .heading)), .list(list)]), width: 40)
        #expect(layout.rowCount == 1_000_001)
        #expect(layout.targetCount == 1_000_000)
        #expect(counter.made.withLock { $0 } == 0, "laying out makes no entry")
        let first = layout.firstRow(selected: 999_999, height: 20)
        for row in first..<(first + 20) { _ = layout.row(row) }
        #expect(counter.made.withLock { $0 } == 20)
        #expect(layout.target(999_999) == .subject(.footnote("999999")))
    }

    static let notes: ExplorerState = {
        let count = 5_000
        var text = "# Many Notes\n\nAnn Author\n\n"
        for number in 1...count { text += "Point \(number) is made.<sup>\(number)</sup>\n\n" }
        text += "---\n\n1. Jo Writer, *Councils*, 1 J. L. 2 (2000).\n\n"
        for number in 2...count { text += "\(number). *Id.* at \(number).\n\n" }
        let essay: Essay
        do { essay = try EssayParser().parse(SourceFile(path: "notes.md", bytes: Array(text.utf8))) } catch { fatalError("\(error)") }
        return ExplorerState(model: ExplorerModel(loaded: ArgumentLoader.load(essay: essay), path: "notes.md"), width: 120, height: 40)
    }()

    @Test("footnote 1 of thousands citing one work: the notes citing it are a list made as shown, found from the work, not by reading every note")
    func manyNotesCitingOneWork() throws {
        var state = ExplorerReducer.reduce(Self.notes, keys: ":fn 1<Enter>")
        let document = DetailContent.document(for: state.detail.subject, state: state)
        let lists = document.parts.compactMap { part -> Int? in if case .list(let list) = part { list.count } else { nil } }
        #expect(lists.contains(4_999), "every other note, as one list: \(lists)")
        #expect(document.parts.count < 20)
        state = ExplorerReducer.reduce(state, keys: "G")
        let layout = Navigation.detailLayout(state)
        #expect(layout.target(state.detail.cursor) == .subject(.footnote("5000")))
        #expect(ExplorerView.render(state).lines.contains { $0.contains("note 5000, at 5000") })
        state = ExplorerReducer.reduce(state, keys: "<Enter>")
        #expect(state.detail.subject == .footnote("5000"))
        #expect(state.selection == .marker(block: 5_001, label: "5000", offset: 19))
    }

    @Test("a claim thousands attack: the attackers are a list made as shown, found from an index, in the detail and in focus")
    func manyAttackers() throws {
        let count = 3_000
        var text = "# Attacked\n\nAnn Author\n\nThe target claim stands.\n\n"
        for number in 1...count { text += "Objection \(number) fails it.\n\n" }
        var yaml = "essay: attacked.md\nclaims:\n  - id: target\n    kind: thesis\n    quote: \"The target claim stands.\"\n"
        for number in 1...count {
            yaml += "  - id: objection-\(number)\n    kind: counterclaim\n    quote: \"Objection \(number) fails it.\"\n    attacks: [target]\n"
        }
        let essay = try EssayParser().parse(SourceFile(path: "attacked.md", bytes: Array(text.utf8)))
        let files = ArgumentFiles(essayPath: "attacked.md", annotations: AnnotationLoader.load(yaml: yaml, path: "a.yaml").file, framework: nil)
        let model = ExplorerModel(loaded: ArgumentLoader.load(essay: essay, files: files), path: "attacked.md")
        #expect(model.incoming(.attacks, to: "target").count == count)
        var state = ExplorerReducer.reduce(ExplorerState(model: model, width: 120, height: 40), keys: ":claim target<Enter>")
        let document = DetailContent.document(for: state.detail.subject, state: state)
        let lists = document.parts.compactMap { part -> Int? in if case .list(let list) = part { list.count } else { nil } }
        #expect(lists == [count])
        state = ExplorerReducer.reduce(state, keys: "<Tab>G")
        #expect(Navigation.detailLayout(state).target(state.detail.cursor) == .subject(.claim("objection-\(count)")))
        state = ExplorerReducer.reduce(state, keys: "f")
        let focus = OverlayLayout(try #require(state.overlays.top), state: state)
        #expect(focus.rows.targetCount == count)
    }
}

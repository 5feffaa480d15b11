import ArgumentGraph
import EssayKit
@testable import Explorer
import Foundation

/// The bundled essay opened in the explorer at a given size, for tests.
enum ExplorerFixture {
    static let essayPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpus/kaye-2019-legitimacy.md").path

    static let essay: Essay = {
        do { return try EssayParser().parse(contentsOf: essayPath) } catch { fatalError("\(error)") }
    }()

    /// The essay with its argument: claims, factors and the scorecard.
    static let fullModel = ExplorerModel(loaded: ArgumentLoader.load(essay: essay), path: essayPath)

    static func state(width: Int = 100, height: Int = 30, model: ExplorerModel? = nil) -> ExplorerState {
        ExplorerState(model: model ?? ExplorerModel(essay: essay, path: essayPath), width: width, height: height)
    }

    static func screen(_ state: ExplorerState) -> [String] {
        ExplorerView.render(state).lines
    }
}

/// A small essay with two claims, loaded through the real annotation and framework loaders, drawn
/// at fixed sizes so the screens can be read in the tests.
enum SmallEssay {
    static let text = """
        # A Small Essay

        Ann Author

        The council is not independent.<sup>1</sup> Its members judge themselves.

        ## I. REVIEW

        No court reviews it.<sup>2</sup> Some say review exists.

        ---

        1. Jo Writer & Al Other, *Councils*, 1 J. L. 2 (2000).

        2. *Id.* at 5.
        """

    static let framework = """
        id: small
        name: A small framework
        factors:
          - id: independence
            name: Independence
            badge: I
            summary: Independent of those governed.
            cues: [independent]
          - id: accountability
            name: Accountability
            badge: A
            summary: Held to account.
            cues: [accountable]
          - id: oversight
            name: Oversight
            badge: O
            summary: Reviewed by a court.
            cues: [review, court]
          - id: participation
            name: Participation
            badge: P
            summary: Those affected take part.
            cues: [participation]
        """

    static let annotations = """
        essay: small.md
        framework: small.yaml
        subjects:
          - id: council
            name: Council
        claims:
          - id: not-independent
            kind: claim
            quote: "The council is not independent."
            subject: council
            factors: [{factor: independence, stance: unmet}]
          - id: no-review
            kind: counterclaim
            quote: "No court reviews it."
            subject: council
            factors: [{factor: oversight, stance: unmet}]
            attacks: [not-independent]
        """

    static let essay: Essay = {
        do { return try EssayParser().parse(SourceFile.decode(path: "small.md", data: Array(text.utf8))) } catch { fatalError("\(error)") }
    }()

    static let model: ExplorerModel = {
        let files = ArgumentFiles(essayPath: "small.md", annotations: AnnotationLoader.load(yaml: annotations, path: "small.claims.yaml").file,
                                  framework: FrameworkLoader.load(yaml: framework, path: "small.yaml").framework)
        return ExplorerModel(loaded: ArgumentLoader.load(essay: essay, files: files), path: "small.md")
    }()

    static func state(width: Int = 80, height: Int = 24) -> ExplorerState {
        ExplorerState(model: model, width: width, height: height)
    }
}

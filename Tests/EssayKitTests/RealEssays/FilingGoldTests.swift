import EssayKit
import Foundation
import Testing

/// Court filings, docket-only cases and local rules scored against gold written as
/// `Fixtures/real/README.md` says: a filing is a `document` with its title and the case's docket
/// number, its place the pinpoint.
@Suite("Filings scored against gold")
struct FilingGoldTests {
    static let works: [String: GoldFile.Work] = [
        "pell-complaint": .init(id: "pell-complaint", kind: "document", authors: [], title: "Complaint", number: "4:22-cv-01234"),
        "pell-reply": .init(id: "pell-reply", kind: "document", authors: [], title: "Reply", number: "4:22-cv-01234"),
        "orr": .init(id: "orr", kind: "case", name: "Orr v. Quillsoft", authors: [], number: "1:21-cv-5555"),
        "local-7-1": .init(id: "local-7-1", kind: "statute", cite: "Local Rule 7.1", authors: []),
    ]

    static func note(_ label: String, _ work: String, _ pin: String?) -> GoldFile.Note {
        GoldFile.Note(label: label, cites: [GoldFile.Cited(work: work, pin: pin)])
    }

    @Test("every note of a filing, its short forms, a docket-only case and a local rule in prose is right")
    func filingsScoreRight() throws {
        let essay = try CitationFixture.essay([
            "Complaint at ¶ 18, Pell v. Gantry Labs, Inc., No. 4:22-cv-01234 (W.D. Wash. Mar. 2, 2022).",
            "Complaint at 24, Pell v. Gantry Labs, Inc., No. 4:22-cv-01234 (Mar. 2, 2022).",
            "Reply at 7-9, Pell v. Gantry Labs, Inc., No. 4:22-cv-01234.",
            "Id.",
            "Pell Complaint ¶ 30.",
            "E.g., Orr v. Quillsoft, No. 1:21-cv-5555 (D. Or.).",
            "Local Rule 7.1(c) of the District Court for the District of Elsewhere.",
        ])
        let gold = GoldFile(essay: "fixture.md", works: Self.works, notes: [
            Self.note("1", "pell-complaint", "¶ 18"), Self.note("2", "pell-complaint", "24"), Self.note("3", "pell-reply", "7-9"),
            Self.note("4", "pell-reply", "7-9"), Self.note("5", "pell-complaint", "¶ 30"), Self.note("6", "orr", nil),
            Self.note("7", "local-7-1", "(c)"),
        ])
        let score = EssayScore(name: "fixture", essay: essay, gold: gold)
        #expect(score.right == 7, "\(score.results.map { "\($0.label): \($0.outcome)" })")
        #expect(score.splitWorks.isEmpty)
    }

    @Test("the development corpus's filings and docket cases are right against their gold")
    func corpusFilings() throws {
        let checks: [(essay: String, labels: [String])] = [
            // Complaints, motions, judgments and a verdict form by their case's docket.
            ("crs-2026-event-tickets-web", ["47", "50", "51", "56", "58", "59", "65"]),
            // Cases by docket number with a database cite.
            ("crs-2026-defi-web", ["121"]), ("arbel-2024-judicial-economy-ai-txt", ["111"]),
        ]
        for check in checks {
            let folder = RealEssayFolder.fixtures
            let gold = try GoldFile.load(RealEssayFolder.goldURL(check.essay, in: folder))
            let essay = try EssayParser().parse(contentsOf: folder.appendingPathComponent("\(check.essay).md").path)
            let score = EssayScore(name: check.essay, essay: essay, gold: gold)
            for label in check.labels {
                let result = score.results.first { $0.label == label }
                #expect(result?.outcome == .right, "\(check.essay) note \(label): \(String(describing: result?.outcome))")
            }
        }
    }
}

import Testing
@testable import EssayKit

/// A case named in the running text, its note holding only its reporter cite, then cited by short
/// forms, slip-opinion pages and blank pages (`SlipOpinion`, `CaseForm`, `NamedShortForm`).
@Suite("Slip opinions and cases named in the text")
struct SlipOpinionTests {
    /// The same body and notes, as author Markdown (`[^N]`) and as a plain text edition.
    static let body = "The Court decided *United States v. Roe*,MARK1 and later *Poe v. Lane*.MARK2 Both were applied.MARK3 "
        + "Again.MARK4 And again.MARK5 Once more.MARK6 Still.MARK7 Last.MARK8"
    static let notes = [
        "602 U.S. 680 (2024).",
        "603 U.S. ___ (2024).",
        "*Roe*, 602 U.S. at 699-700.",
        "*Id.* at 692.",
        "*Poe*, 603 U.S. ___ (2024) (slip op., at 5).",
        "*Id.* (slip op., at 12).",
        "*Poe*, slip op., at 14.",
        "Roe, 602 U.S., at 2.",
    ]

    static func markdown() throws -> Essay {
        var text = "# Fixture\n\n## I. Cases\n\n" + body
        for index in 1...notes.count { text = text.replacingOccurrences(of: "MARK\(index)", with: "[^\(index)]") }
        text += "\n\n" + notes.enumerated().map { "[^\($0.offset + 1)]: \($0.element)" }.joined(separator: "\n") + "\n"
        return try Fixture.essay(text)
    }

    static func plain() throws -> Essay {
        var text = "# Fixture\n\n" + body
        for index in 1...notes.count { text = text.replacingOccurrences(of: "MARK\(index)", with: "<sup>\(index)</sup>") }
        text += "\n\n---\n\n" + notes.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n\n") + "\n"
        return try Fixture.essay(text)
    }

    @Test("the name comes from the text; short forms, Id. and slip-opinion pages resolve to the one case", arguments: [0, 1])
    func resolves(edition: Int) throws {
        let essay = try edition == 0 ? Self.markdown() : Self.plain()
        let citation = { (label: String) in essay.footnote(label)?.citations.first }
        let roe = try #require(citation("1")?.authorityID)
        let poe = try #require(citation("2")?.authorityID)
        #expect(essay.authority(roe)?.title == "United States v. Roe")
        #expect(essay.authority(poe)?.title == "Poe v. Lane")
        #expect(citation("3")?.authorityID == roe)
        #expect(citation("3")?.pinpoint?.text == "699-700")
        #expect(citation("4")?.authorityID == roe)
        #expect(citation("5")?.authorityID == poe)
        #expect(citation("5")?.pinpoint?.text == "slip op. at 5")
        #expect(citation("6")?.authorityID == poe)
        #expect(citation("6")?.pinpoint?.text == "slip op. at 12")
        #expect(citation("7")?.authorityID == poe)
        #expect(citation("7")?.pinpoint?.text == "slip op. at 14")
        #expect(essay.authorities.count == 2)
        // A page the case's pages cannot hold names no work, and check says why.
        #expect(citation("8")?.authorityID == nil)
        #expect(essay.diagnostics.contains { $0.severity == .error && $0.message.contains("cannot lie in") })
    }

    @Test("a blank pinpoint written in the reporter stays the pinpoint; the slip opinion's page is one only where none is")
    func blankPinpointStays() throws {
        let essay = try CitationFixture.essay([
            "603 U.S. ___ (2024).",
            "Poe, 603 U.S. ___, ___ (2024) (slip op., at 5).",
            "Id. (slip op., at 7).",
        ])
        let poe = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == poe.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "___")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "slip op. at 7")
        #expect(essay.authorities.count == 1)
    }

    @Test("slip-opinion pages as written", arguments: [
        ("slip op., at 12", "slip op. at 12"),
        ("slip op. at 4-5", "slip op. at 4-5"),
        ("slip op. 12", nil),
    ] as [(String, String?)])
    func page(written: String, expected: String?) {
        let text = CitationText(RichText(text: written))
        #expect(SlipOpinion.page(text, at: 0, end: text.count)?.pinpoint.text == expected)
    }
}

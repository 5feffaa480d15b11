import EssayKit
import Testing

/// Notes' author-year citations resolved against the paper's reference list: the one entry with
/// those surnames and year, or none with the reason in `legit check` (invented papers).
@Suite("Author-year citations against a reference list")
struct AuthorYearCitationTests {
    static func paper(_ notes: [String], references: [String]) -> String {
        var text = "# Hiding Widgets\n\n"
        text += notes.indices.map { "Claim number \($0 + 1) is made here.[^\($0 + 1)]" }.joined(separator: " ") + "\n\n"
        text += "## References\n\n" + references.joined(separator: "\n\n") + "\n\n"
        text += notes.enumerated().map { "[^\($0.offset + 1)]: \($0.element)" }.joined(separator: "\n\n") + "\n"
        return text
    }

    static let references = [
        "Plum, Ada, and Ben Quince. 2010. “Borrowers Who Hide.” Journal of Odd Studies 12 (3): 3–40.",
        "Roe, Jan. 2012a. “Widgets.” Law Quarterly 3: 1–9.",
        "Roe, Jan. 2012b. “More Widgets.” Law Quarterly 4: 1–9.",
        "Vale, Tom, Una Wren, and Dee Yew. 2008. The Widget Problem. Riverton: Valley Press.",
    ]

    private func cited(_ essay: Essay, _ label: String) -> [String] {
        (essay.footnote(label)?.citations ?? []).map { citation in
            let work = citation.authorityID.flatMap { essay.authority($0) }
            return (work.map { "\($0.authors.first ?? "") \($0.year.map(String.init) ?? "")" } ?? "unresolved")
                + (citation.pinpoint.map { " @\($0.text)" } ?? "")
        }
    }

    @Test("surnames and year name one entry; the pinpoint is kept")
    func resolves() throws {
        let essay = try Fixture.essay(Self.paper([
            "See Plum and Quince (2010, 45).",
            "(Vale et al. 2008, p. 12; Roe 2012a: 3)",
            "As Plum and Quince 2010 at 7 show.",
        ], references: Self.references))
        #expect(cited(essay, "1") == ["Plum 2010 @45"])
        #expect(cited(essay, "2") == ["Vale 2008 @12", "Roe 2012 @3"])
        #expect(cited(essay, "3") == ["Plum 2010 @7"])
        let plum = try #require(essay.authorities.first { $0.authors.first == "Plum" })
        #expect(plum.footnotes == ["1", "3"])
    }

    @Test("two entries fit, or none: unresolved, and `legit check` says why")
    func ambiguousOrNone() throws {
        let essay = try Fixture.essay(Self.paper([
            "(Roe 2012)",
            "(Plum and Quince 2011)",
        ], references: Self.references))
        #expect(cited(essay, "1") == ["unresolved"])
        #expect(cited(essay, "2") == ["unresolved"])
        let messages = essay.diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("`Roe 2012` fits 2 entries") && $0.contains("roe-2012a") && $0.contains("roe-2012b") })
        #expect(messages.contains { $0.contains("`Plum and Quince 2011` names no entry") && $0.contains("Plum and Quince 2010") })
    }

    @Test("`Id.` and `Ibid.` after an author-year citation mean its work")
    func idFollows() throws {
        let essay = try Fixture.essay(Self.paper([
            "Plum and Quince (2010, 45).",
            "Id. at 50.",
            "Ibid.",
        ], references: Self.references))
        #expect(cited(essay, "2") == ["Plum 2010 @50"])
        #expect(cited(essay, "3") == ["Plum 2010 @50"])
    }

    @Test("a body cited by the initials its entry gives in brackets; a surname with a particle opens an entry")
    func initialsAndParticles() throws {
        let essay = try Fixture.essay(Self.paper(["(WCG 2013; Oak 2009)"], references: [
            "Widget Consulting Group (WCG). 2013. “Survey of Widgets.”\nOak, van der Bram, and Cy Pine. 2009. “Widget Rules.” Law Quarterly 2: 1–5.",
        ]))
        #expect(cited(essay, "1") == ["Widget Consulting Group (WCG) 2013", "unresolved"])
        let oak = try #require(essay.authorities.first { $0.authors.first == "Oak" })
        #expect(oak.authors == ["Oak", "Pine"])
    }

    @Test("a name the list does not hold, written as prose, is no citation")
    func proseStaysProse() throws {
        let essay = try Fixture.essay(Self.paper(["The Widget Board met Smith 2011 in the spring."], references: Self.references))
        #expect(cited(essay, "1") == [])
    }

    @Test("a bracketed citation of a name the list lacks is a work of its own, one for each name and year")
    func unlistedName() throws {
        let essay = try Fixture.essay(Self.paper([
            "Collectors keep a fifth of what they recover (Okafor 2016).",
            "Trustees must report every suspicion (Trustee Manual 2014)",
            "As Okafor (2016, 12) finds, fees vary.",
            "In 2016 the fees rose; Lending 2016 was a bad year.",
            "(Plum and Quince 2011)",
        ], references: Self.references))
        #expect(cited(essay, "1") == ["Okafor 2016"])
        #expect(cited(essay, "2") == ["Trustee Manual 2014"])
        #expect(cited(essay, "3") == ["Okafor 2016 @12"])
        let okafor = try #require(essay.authorities.first { $0.authors == ["Okafor"] })
        #expect(okafor.footnotes == ["1", "3"])
        // A name and year in the author's sentence, and a year none of a listed author's entries has, make no work.
        #expect(cited(essay, "4") == ["unresolved"])
        #expect(cited(essay, "5") == ["unresolved"])
    }
}

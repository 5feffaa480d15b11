import Testing
@testable import EssayKit

@Suite("A list of cases ending in and: every case is cited")
struct CaseListAndTests {
    @Test("three English cases, the last after `and, in the Court of Appeal, in`")
    func courtOfAppeal() throws {
        let essay = try CitationFixture.essay([
            "Ash v Birch [1980] AC 300, Cole v Dale [1985] AC 400 and, in the Court of Appeal, in R (Hale) v Secretary of State for Justice [2012] 2 WLR 551.",
        ])
        let titles = CitationFixture.citations(essay, "1").compactMap { citation in
            essay.authorities.first { $0.id == citation.authorityID }?.title
        }
        #expect(titles == ["Ash v Birch", "Cole v Dale", "R (Hale) v Secretary of State for Justice"])
    }

    @Test("two cases joined by a bare and")
    func bareAnd() throws {
        let essay = try CitationFixture.essay(["Ash v Birch [1980] AC 300 and Cole v Dale [1985] AC 400."])
        #expect(CitationFixture.citations(essay, "1").compactMap(\.authorityID).count == 2)
    }

    @Test("a case and the author's words after and stay one citation")
    func andProse() throws {
        let essay = try CitationFixture.essay(["Ash v Birch [1980] AC 300 and the cases cited there."])
        #expect(CitationFixture.citations(essay, "1").count == 1)
    }
}

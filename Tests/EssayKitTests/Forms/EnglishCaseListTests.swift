import Testing
@testable import EssayKit

/// English cases as inquiry reports cite them: listed with commas, a neutral citation's division
/// printed bare, an unreported decision by its court's case number.
@Suite("English case lists and variants")
struct EnglishCaseListTests {
    @Test("cases listed with commas after their bracketed reports are each read")
    func commaList() throws {
        let essay = try CitationFixture.essay(["Abel v. Brook [1990] AC 12, Crane v Dale [2001] 2 WLR 45 were both applied."])
        let titles = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0)?.title } }
        #expect(titles == ["Abel v. Brook", "Crane v Dale"])
    }

    @Test("a comma after a US case's page inside a name's citation parts nothing")
    func usCaseUnchanged() throws {
        let essay = try CitationFixture.essay(["Roe v. Doe, 12 F.3d 100, 104 (9th Cir. 1990)."])
        #expect(CitationFixture.citations(essay, "1").count == 1)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "104")
    }

    @Test("a neutral citation whose division is printed bare is read, the division no commentary")
    func bareDivision() throws {
        let essay = try CitationFixture.essay(["[2011] EWHC 3120 Ch; Lane J held that the toll was due."])
        let citation = try #require(CitationFixture.citations(essay, "1").first)
        let work = try #require(citation.authorityID.flatMap { essay.authority($0) })
        #expect(work.kind == .case)
        #expect(work.firstPage == "3120")
    }

    @Test("an unreported decision by its parties and bracketed case number is a case")
    func caseNumber() throws {
        let essay = try CitationFixture.essay(["Tell v London Borough of Ash [Case 04XYZ 567], May 2005."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .case)
        #expect(work.title == "Tell v London Borough of Ash")
        #expect(work.documentNumber == "04XYZ 567")
    }
}

/// The place a judge's words are at, after an English case's citation.
@Suite("A judge's place in the judgment")
struct JudgesPlaceTests {
    @Test("`see per X J (at para. N)` after the cite is its pinpoint")
    func seePer() throws {
        let essay = try CitationFixture.essay([
            "Moss v Reed [2013] EWHC 1502 see per Vale J (at para. 31) who found for the owner.",
            "Tarn v Ure [2014] EWCA Civ 77 per Lord Aske at [12].",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "Moss v Reed")
        #expect(CitationFixture.citations(essay, "1").first?.pinpoint?.text == "para. 31")
        #expect(CitationFixture.citations(essay, "2").first?.pinpoint.map { GoldPin.normalize($0.text) } == "12")
    }
}

/// A pinpoint as printed, brackets and spaces left out, for comparing `[12]` with `12`.
private enum GoldPin {
    static func normalize(_ text: String) -> String { text.filter { $0.isNumber } }
}

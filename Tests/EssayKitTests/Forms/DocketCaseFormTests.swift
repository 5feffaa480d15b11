import Testing
@testable import EssayKit

/// A case cited by docket number and date, before a reporter prints it (`DocketCaseForm`).
@Suite("A case by docket number and date")
struct DocketCaseFormTests {
    @Test("the parties name the case, the docket and date identify it; a party's name and a slip-opinion page cite it again")
    func docketAndShortForm() throws {
        let essay = try CitationFixture.essay([
            "*Doe v. Widget Corp.*, No. 22-915 (U.S. June 21, 2024).",
            "*Doe*, No. 22-915, slip op. at 4.",
            "*Id.* (slip op., at 9).",
            "In re Gadget Co., No. 1:20-cv-01234, slip op. at 7 (D. Del. Mar. 2, 2021).",
        ])
        let doe = try #require(CitationFixture.authority(essay, "1"))
        #expect(doe.kind == .case)
        #expect(doe.title == "Doe v. Widget Corp.")
        #expect(doe.year == 2024)
        #expect(CitationFixture.authority(essay, "2")?.id == doe.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "slip op. at 4")
        #expect(CitationFixture.authority(essay, "3")?.id == doe.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "slip op. at 9")
        let gadget = try #require(CitationFixture.authority(essay, "4"))
        #expect(gadget.title == "In re Gadget Co.")
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "slip op. at 7")
    }

    @Test("a Chicago note's multidistrict docket, `In Re`, and the page after the date; `Ibid., N` pages of it")
    func chicagoDocket() throws {
        let essay = try CitationFixture.essay([
            "In Re Gadget Co., Customer Data Litigation, MDL No. 8:19-md-1234-ABC (D. Md. Jul. 24, 2020), 18.",
            "Ibid., 140.",
        ])
        let gadget = try #require(CitationFixture.authority(essay, "1"))
        #expect(gadget.kind == .case)
        #expect(gadget.documentNumber == "MDL No. 8:19-md-1234-ABC")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "18")
        #expect(CitationFixture.authority(essay, "2")?.id == gadget.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "140")
    }

    @Test("a number with no parties' `v.`, or neither a court's shape nor a court and date, is no case of this form")
    func notACase() throws {
        let essay = try CitationFixture.essay([
            "Widget Report, No. 12-3 (2020).",
            "Doe v. Roe, No. 22915.",
        ])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.authorityID.flatMap { essay.authority($0) }?.kind != .case })
        #expect(CitationFixture.citations(essay, "2").allSatisfy { $0.authorityID.flatMap { essay.authority($0) }?.title != "Doe v. Roe" })
    }
}

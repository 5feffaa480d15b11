import Testing
@testable import EssayKit

@Suite("A case by its name, court and year, with no reporter")
struct CourtYearCaseFormTests {
    @Test("`State v. Example (Minn. Ct. App. 2019)`: a case with its court and year")
    func courtAndYear() throws {
        let essay = try CitationFixture.essay([
            "State v. Example (Minn. Ct. App. 2019).",
            "See In re Marriage of Lark (Minn. Ct. App. Mar. 4, 2018) (unpublished).",
        ])
        let state = try #require(CitationFixture.authority(essay, "1"))
        #expect(state.kind == .case)
        #expect(state.title == "State v. Example")
        #expect(state.year == 2019)
        #expect(state.courtName != nil)
        let lark = try #require(CitationFixture.authority(essay, "2"))
        #expect(lark.kind == .case)
        #expect(lark.year == 2018)
        #expect(essay.footnote("2")?.segments.allSatisfy { $0.kind == .citation } == true)
    }

    @Test("cases by docket number or database number are cases too")
    func docketAndDatabase() throws {
        let essay = try CitationFixture.essay([
            "United States v. Example, No. 19-1234 (8th Cir. 2020).",
            "Doe v. Roe, 2021 WL 123456 (D. Minn. Jan. 5, 2021).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.kind == .case)
        #expect(CitationFixture.authority(essay, "2")?.kind == .case)
        #expect(CitationFixture.authority(essay, "2")?.year == 2021)
    }

    @Test("a book whose title names a case, with its publisher and year, is no case; nor is a name with no `v.`")
    func notCases() {
        for note in ["Roe v. Wade (Harbor Press 2019)", "Ann Roe, Ferry Dues (Minn. Ct. App. 2019)", "The rule in State v. Poe (Minn. Ct. App. 2019)"] {
            let text = CitationText(RichText(text: note))
            #expect(CourtYearCaseForm.read(text, 0..<text.bytes.count) == nil, "\(note)")
        }
    }
}

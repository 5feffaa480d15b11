import Testing
@testable import EssayKit

@Suite("Quoting parentheticals inside explanatory ones")
struct NestedParentheticalTests {
    @Test("a case quoted inside an explanatory parenthetical is cited, and Id. still means the case around it")
    func quotingInsideExplanation() throws {
        let essay = try CitationFixture.essay([
            "See Alder v. Birch, 301 U.S. 10, 14 (1950) (holding that “a rule binds” (quoting Cedar v. Dogwood, 120 U.S. 5, 9 (1890))).",
            "*Id.* at 15.",
        ])
        let cited = CitationFixture.citations(essay, "1").compactMap(\.authorityID)
        #expect(cited == ["alder-v-birch-1950", "cedar-v-dogwood-1890"])
        #expect(CitationFixture.only(essay, "2")?.authorityID == "alder-v-birch-1950")
    }

    @Test("an explanatory parenthesis never closed leaves its quoted source cited and the next citation read")
    func unclosedExplanation() throws {
        let essay = try CitationFixture.essay([
            "See Elm v. Fir, 410 U.S. 20, 25 (1970) (stating that “no law stands” (quoting Gum v. Hazel, 200 U.S. 40, 44 (1905)); see also Jane Roe, Law and Trees, 12 Yale L.J. 100, 104 (2001).",
        ])
        let cited = CitationFixture.citations(essay, "1").compactMap(\.authorityID)
        #expect(cited.count == 3)
        #expect(cited.first == "elm-v-fir-1970")
        #expect(cited.dropFirst().first == "gum-v-hazel-1905")
    }

    @Test("a parenthetical that only explains names no work")
    func explanationAlone() throws {
        let essay = try CitationFixture.essay(["See Elm v. Fir, 410 U.S. 20, 25 (1970) (holding that a rule (the first one) binds)."])
        #expect(CitationFixture.citations(essay, "1").count == 1)
    }
}

@Suite("Quotation marks never closed")
struct UnclosedQuotationTests {
    @Test("a double quotation opened inside another that never closed leaves the semicolons after it splitting the string")
    func quotationNeverClosed() throws {
        let essay = try CitationFixture.essay([
            "See Elm v. Fir, 144 F.4th 9, 31 (1st Cir. 2025) (regarding a “foreign entity, observing that “issues of law are questions of reading”); Gum v. Hazel, 200 U.S. 40, 44 (1905).",
        ])
        #expect(CitationFixture.citations(essay, "1").compactMap(\.authorityID) == ["elm-v-fir-2025", "gum-v-hazel-1905"])
    }
}

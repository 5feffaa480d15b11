import Testing
@testable import EssayKit

@Suite("Cases a citation says it overrules")
struct OverrulingTests {
    @Test("`, overruling X`, `, and partially overruling Y`, `, effectively overruling in part Z` each cite the case")
    func overruled() throws {
        let essay = try CitationFixture.essay([
            "See, e.g., Alder v. Birch, 576 U. S. 644 (2015) (a right), overruling Cedar v. Dogwood, 409 U. S. 810 (1972); Elm v. Fir, 558 U. S. 310 (2010), overruling Gum v. Hazel, 494 U. S. 652 (1990), and partially overruling Ivy v. Juniper, 540 U. S. 93 (2003); Kale v. Lime, 369 U. S. 186 (1962), effectively overruling in part Cedar, 409 U. S. 810.",
            "*Id.* at 190.",
        ])
        let cited = CitationFixture.citations(essay, "1").compactMap(\.authorityID)
        #expect(cited == ["alder-v-birch-2015", "cedar-v-dogwood-1972", "elm-v-fir-2010", "gum-v-hazel-1990", "ivy-v-juniper-2003",
                          "kale-v-lime-1962", "cedar-v-dogwood-1972"])
    }

    @Test("subsequent history is no overruling: `, overruled by` stays the case's history")
    func overruledBy() throws {
        let essay = try CitationFixture.essay(["Alder v. Birch, 310 U. S. 586 (1940), overruled by Cedar v. Dogwood, 319 U. S. 624 (1943)."])
        #expect(CitationFixture.citations(essay, "1").first?.authorityID == "alder-v-birch-1940")
    }
}

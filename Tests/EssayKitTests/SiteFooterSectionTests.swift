@testable import EssayKit
import Testing

/// A web page's footer and sidebar headed as sections under the article are furniture; an essay's
/// own short last section stays. Invented pages.
@Suite("Site footers under a web essay")
struct SiteFooterSectionTests {
    @Test("Sidebar and footer sections after the article leave the outline, the publisher's name too")
    func dropsFooter() throws {
        let essay = try Fixture.essay("""
            # Ferries and the Public Trust

            The harbor belongs to the public.[^1]

            ## Conclusion

            Ferries may land.

            ### Recent Posts

            [Another essay](https://example.org/another)

            ### Online

            www.harborpress.example

            ### Mail, Telephone, Fax, E-mail

            PO Box 12, Harbor Town HT1 2AB

            ### Harbor Press

            © Harbor Press 2031. All rights reserved.

            [^1]: *Roe v. Pell*, 1 U.S. 2 (1801).
            """)
        #expect(essay.sections.compactMap(\.title) == ["Conclusion"])
        #expect(essay.footnotes.count == 1)
    }

    @Test("A short last section of the essay's own, or one marking a note, stays")
    func keepsEssaySections() throws {
        let essay = try Fixture.essay("""
            # Ferries and the Public Trust

            The harbor belongs to the public.

            ## Contact

            Contact with the harbor is a public right.[^1]

            ## Coda

            Ferries may land.

            [^1]: *Roe v. Pell*, 1 U.S. 2 (1801).
            """)
        #expect(essay.sections.compactMap(\.title) == ["Contact", "Coda"])
    }
}

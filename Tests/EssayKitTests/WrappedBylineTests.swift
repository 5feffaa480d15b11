import EssayKit
import Testing

/// A byline that a web page's conversion wrapped over two or three lines under the title, its
/// names as links broken inside, ended by a hard line break and followed by the work's record.
/// It is the essay's author, never an untitled section. The texts are invented.
@Suite("A byline wrapped over lines under the title")
struct WrappedBylineTests {
    @Test("names as links broken over lines, a hard break of two spaces, then the volume and the PDF's link (gfm)")
    func linkedNamesThenRecordGfm() throws {
        let essay = try Fixture.essay("""
            # The Ledger and the Law

            [Jane
            Roe](https://law.example.edu/profile/roe/)\\* & [John
            Doe](https://law.example.edu/profile/doe/)\\*\\*  
            12 Example L. Rev. Online 34 (2031)  
            [PDF](/files/ledger.pdf)

            ## Introduction

            Grant boards keep ledgers that no one reads, and this Essay reads them closely.
            """)
        #expect(essay.author == "Jane Roe & John Doe")
        #expect(essay.sections.map(\.displayTitle) == ["Introduction"])
        #expect(!essay.sections.flatMap(\.blocks).contains { $0.content.text.contains("Online 34") })
    }

    @Test("a hard break written as a backslash (pandoc markdown), the record in bold spans")
    func backslashBreak() throws {
        let essay = try Fixture.essay("""
            # The Ledger and the Law

            [Jane Roe
            Smith](https://law.example.edu/profile/smith/)\\*\\
            **12 Example L. Rev. Online 34 (2031) \\|
            [PDF](https://journal.example.org/files/smith.pdf)**

            Grant boards keep ledgers that no one reads, and this Essay reads them closely.

            ## I. The Boards

            The boards decide most grants before they meet.
            """)
        #expect(essay.author == "Jane Roe Smith")
        #expect(essay.sections.first?.blocks.first?.content.text.hasPrefix("Grant boards keep") == true)
        #expect(!essay.sections.flatMap(\.blocks).contains { $0.content.text.contains("PDF") })
    }

    @Test("two lines of prose under the title are text, not a byline")
    func proseStays() throws {
        let essay = try Fixture.essay("""
            # The Ledger and the Law

            Grant boards keep ledgers that no one reads,
            and this Essay reads them closely.

            ## I. The Boards

            The boards decide most grants before they meet.
            """)
        #expect(essay.author == nil || essay.author?.isEmpty == true)
        #expect(essay.sections.flatMap(\.blocks).contains { $0.content.text.hasPrefix("Grant boards keep") })
    }
}

import EssayKit
import Testing

/// A contents list of links under its `Contents` heading is the page's furniture: never an
/// untitled section before the essay's own introduction. The texts are invented.
@Suite("A contents list of links")
struct ContentsLinkListTests {
    @Test("a nested list of links to the parts, one link wrapped over two lines, under `## Contents`")
    func linkListGoes() throws {
        let essay = try Fixture.essay("""
            # The Ledger and the Law

            ## Contents

            -   [Introduction](#introduction)
            -   [I. The Boards and the Ledgers They Keep in Their
                Offices](#i-the-boards)
                -   [A. Entries](#a-entries)
            -   [II. The Remedy](#ii-the-remedy)

            ## Introduction

            Grant boards keep ledgers that no one reads.

            ## I. The Boards and the Ledgers They Keep in Their Offices

            The boards decide most grants before they meet.

            ## II. The Remedy

            The remedy is to read them.
            """)
        #expect(essay.sections.map(\.displayTitle) == ["Introduction", "I. The Boards and the Ledgers They Keep in Their Offices", "II. The Remedy"])
        #expect(!essay.sections.flatMap(\.blocks).contains { $0.kind == .list })
    }

    @Test("a list with text beside its links after the contents is the essay's")
    func textListStays() throws {
        let essay = try Fixture.essay("""
            # The Ledger and the Law

            ## Contents

            -   [Introduction](#introduction)

            -   The boards keep [ledgers](https://example.org/ledgers) that no one reads.

            ## Introduction

            Grant boards keep ledgers.
            """)
        #expect(essay.sections.flatMap(\.blocks).contains { $0.kind == .list })
    }
}

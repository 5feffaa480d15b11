@testable import EssayKit
import Testing

/// An essay's front matter (abstract, keywords, classification codes) read by form from plain text,
/// PDF conversions and Markdown into `Essay.frontMatter`, out of the body. The texts are invented.
@Suite("Front matter: abstract, keywords and codes")
struct FrontPartTests {
    static func body(_ essay: Essay) -> String {
        essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " ")
    }

    static let wide = "Grant boards keep ledgers that no one reads, and this Article reads them for the first time"

    @Test("a PDF conversion's first page with no blank lines: the abstract's paragraphs part at a short line, keywords and codes as lists")
    func pdfFirstPage() throws {
        let essay = try Fixture.essay("THE QUIET LEDGER\nJane Q. Roe*\nABSTRACT\n\(Self.wide)\nacross forty boards and ten years of minutes, and finds that the grants are decided before\n"
            + "the boards meet.\n\(Self.wide)\nagain, and asks what the law should make of it.\n"
            + "Keywords: grant boards; ledgers;\npublic law\nJEL Classification: K23, H83\n\nI. INTRODUCTION\n\nBoards meet in small rooms.\n",
                                      path: "paper.md")
        #expect(essay.frontMatter.abstract.count == 2)
        #expect(essay.frontMatter.abstract.first?.hasPrefix("Grant boards keep ledgers") == true)
        #expect(essay.frontMatter.abstract.first?.hasSuffix("before the boards meet.") == true)
        #expect(essay.frontMatter.keywords == ["grant boards", "ledgers", "public law"])
        #expect(essay.frontMatter.classification == ["K23", "H83"])
        #expect(essay.frontMatter.abstractRange?.start.line == 3)
        #expect(Self.body(essay) == "Boards meet in small rooms.")
        #expect(essay.sections.first?.title == "INTRODUCTION")
    }

    @Test("an abstract ends at the author's note; the note is left to the notes' rules")
    func abstractEndsAtTheAuthorsNote() throws {
        let essay = try Fixture.essay("THE QUIET LEDGER\n\nJane Q. Roe*\n\nAbstract: Grant boards keep ledgers that no one reads.\n"
            + "* Professor of Law, Example University.\n\nBoards meet in small rooms.\n", path: "paper.md")
        #expect(essay.frontMatter.abstract == ["Grant boards keep ledgers that no one reads."])
        #expect(!Self.body(essay).contains("Grant boards keep"))
    }

    @Test("the author's note under the abstract, with the thanks after it, is the byline's note 0, not body text")
    func authorsNoteUnderTheAbstract() throws {
        let essay = try Fixture.essay("THE QUIET LEDGER\nJANE Q. ROE*\nABSTRACT\nGrant boards keep ledgers that no one reads.\n"
            + "* Professor of Law, Example University.\nThanks to the many readers.\n\nI. INTRODUCTION\n\nBoards meet in small rooms.\n", path: "paper.md")
        #expect(essay.authorNoteLabel == "*")
        #expect(essay.footnote("*")?.number == 0)
        #expect(essay.footnote("*")?.content.text == "Professor of Law, Example University. Thanks to the many readers.")
        #expect(Self.body(essay) == "Boards meet in small rooms.")
    }

    @Test("a draft's invitation under the abstract (`Draft comments welcome at ...` and its short line after) is the cover's, not the abstract's or the body's")
    func draftInvitationUnderTheAbstract() throws {
        let essay = try Fixture.essay("THE QUIET LEDGER\nJANE Q. ROE*\nABSTRACT\nGrant boards keep ledgers that no one reads.\n"
            + "Draft comments welcome at roe@example.edu\nOr through the form online.\n* Professor of Law, Example University.\n\nI. INTRODUCTION\n\nBoards meet in small rooms.\n",
                                      path: "paper.md")
        #expect(essay.frontMatter.abstract == ["Grant boards keep ledgers that no one reads."])
        #expect(essay.footnote("*")?.content.text == "Professor of Law, Example University.")
        #expect(Self.body(essay) == "Boards meet in small rooms.")
    }

    @Test("a draft's invitation by form; a sentence about drafts is none")
    func draftInvitationLines() {
        for line in ["Draft comments welcome at roe@example.edu", "Comments welcome!", "Northvale Working Paper, Comments welcome"] {
            #expect(PlainTitle.isDraftCoverLine(Array(line.utf8)[...]), "\(line)")
        }
        for line in ["Draft committees met in small rooms and kept no minutes", "Comments on the board were welcome, the minutes say, but none came."] {
            #expect(!PlainTitle.isDraftCoverLine(Array(line.utf8)[...]), "\(line)")
        }
    }

    @Test("with no byline read, the note mark under an abstract is still the author's note")
    func authorsNoteWithNoByline() throws {
        let essay = try Fixture.essay("THE QUIET LEDGER\nBy\nJane Q. Roe\nABSTRACT\nGrant boards keep ledgers that no one reads.\n"
            + "* Professor of Law, Example University.\n\nI. INTRODUCTION\n\nBoards meet in small rooms.\n", path: "paper.md")
        #expect(essay.footnote("*")?.content.text == "Professor of Law, Example University.")
        #expect(!Self.body(essay).contains("Professor of Law"))
    }

    @Test("Markdown: an Abstract heading and its paragraphs up to the next heading are no section")
    func markdownHeading() throws {
        let essay = try Fixture.essay("# The Quiet Ledger\n\n## Abstract\n\nGrant boards keep ledgers.\n\nNo one reads them.\n\n"
            + "**Keywords:** grant boards, ledgers\n\n## Introduction\n\nBoards meet in small rooms.\n")
        #expect(essay.frontMatter.abstract == ["Grant boards keep ledgers.", "No one reads them."])
        #expect(essay.frontMatter.keywords == ["grant boards", "ledgers"])
        #expect(essay.sections.map(\.displayTitle) == ["Introduction"])
    }

    @Test("with nothing ending it in the next units, an abstract is its first unit, and the body stays body")
    func unendedAbstractTakesOneUnit() throws {
        let essay = try Fixture.essay("# The Quiet Ledger\n\nAbstract\n\nGrant boards keep ledgers.\n\nBoards meet in small rooms.\n\n"
            + "They keep minutes.\n\nNo one reads them.\n\nThe law says little.\n\nIt should say more.\n")
        #expect(essay.frontMatter.abstract == ["Grant boards keep ledgers."])
        #expect(Self.body(essay).hasPrefix("Boards meet in small rooms."))
    }

    @Test("a label in capitals may run on into its text; a sentence opening with the word in mixed case is body text")
    func labelsByForm() throws {
        #expect(FrontPartLine.read(Array("ABSTRACT This Article reads ledgers.".utf8)[...])?.kind == .abstract)
        #expect(FrontPartLine.read(Array("Abstract thinking is hard.".utf8)[...]) == nil)
        #expect(FrontPartLine.read(Array("Abstracts of title are kept.".utf8)[...]) == nil)
        #expect(FrontPartLine.read(Array("Key words—boards".utf8)[...])?.kind == .keywords)
        #expect(FrontPartLine.read(Array("Jelly is sweet.".utf8)[...]) == nil)
        let essay = try Fixture.essay("# The Quiet Ledger\n\nAbstract thinking is hard. Boards meet in small rooms.\n")
        #expect(essay.frontMatter.isEmpty)
        #expect(Self.body(essay).hasPrefix("Abstract thinking"))
    }

    @Test("YAML front matter: an abstract scalar, keywords as a list or a scalar, JEL codes")
    func yamlKeys() throws {
        let essay = try Fixture.essay("---\ntitle: The Quiet Ledger\nabstract: >\n  Grant boards keep ledgers\n  that no one reads.\n"
            + "keywords: [grant boards, ledgers]\njel: K23, H83\n---\n\n# Introduction\n\nBoards meet.\n")
        #expect(essay.frontMatter.abstract == ["Grant boards keep ledgers that no one reads."])
        #expect(essay.frontMatter.keywords == ["grant boards", "ledgers"])
        #expect(essay.frontMatter.classification == ["K23", "H83"])
    }

    @Test("the dump and the JSON document show the front matter")
    func dumpAndJSON() throws {
        let essay = try Fixture.essay("# The Quiet Ledger\n\nAbstract: Grant boards keep ledgers.\n\nKeywords: boards, ledgers\n\n## Introduction\n\nBoards meet.\n")
        let dump = EssayDumper().dump(essay)
        #expect(dump.contains("  Abstract @3:1-3:37\n    \"Grant boards keep ledgers.\"\n  Keywords \"boards\" \"ledgers\"\n"))
        let document = EssayJSON.Document(essay)
        #expect(document.abstract == ["Grant boards keep ledgers."] && document.keywords == ["boards", "ledgers"])
    }
}

import EssayKit
import Testing

/// An abstract printed with no label: the paragraphs between the byline and the introduction's
/// heading are the essay's abstract, not an untitled section before the introduction. The texts
/// are invented.
@Suite("An abstract with no label")
struct UnlabelledAbstractTests {
    static let abstract = """
        This Article argues that the ledgers of grant boards, which no one reads, decide most grants \
        before the boards meet. It reads the ledgers of forty boards over ten years and finds that the \
        order of entries predicts the outcome of a grant better than the merits of the proposal. It then \
        asks what the law of public grants should make of that finding, and proposes three reforms.
        """

    @Test("a plain conversion: title, byline, one paragraph, then INTRODUCTION")
    func plainBeforeIntroduction() throws {
        let essay = try Fixture.essay("""
            THE LEDGER AND THE LAW

            Jane Roe

            \(Self.abstract)

            I. INTRODUCTION

            Grant boards keep ledgers.1 The ledgers decide.

            II. THE BOARDS

            The boards decide most grants before they meet.
            """)
        #expect(essay.frontMatter.abstract.first?.hasPrefix("This Article argues") == true)
        #expect(essay.sections.map(\.displayTitle).first == "I. INTRODUCTION")
    }

    @Test("Markdown: the paragraphs before `## Introduction` are the abstract")
    func markdownBeforeIntroduction() throws {
        let essay = try Fixture.essay("""
            # The Ledger and the Law

            \(Self.abstract)

            ## Introduction

            Grant boards keep ledgers.[^1]

            [^1]: Jane Roe, Ledgers, 1 Example L. Rev. 2 (2030).
            """)
        #expect(essay.frontMatter.abstract.count == 1)
        #expect(essay.sections.map(\.displayTitle) == ["Introduction"])
    }

    @Test("an abstract set in italics over two paragraphs, a line of a non-breaking space, then `**Introduction**`")
    func italicsBeforeIntroduction() throws {
        let essay = try Fixture.essay("""
            # The Ledger and the Law

            *\(Self.abstract)*

            *\(Self.abstract)*

            \u{00A0}

            **Introduction**

            Grant boards keep ledgers.
            """)
        #expect(essay.frontMatter.abstract.count == 2)
        #expect(essay.sections.map(\.displayTitle) == ["Introduction"])
    }

    @Test("text with a note's mark before the introduction, or a short epigraph, or text before another heading, stays in the body")
    func bodyStays() throws {
        let marked = try Fixture.essay("""
            # The Ledger and the Law

            \(Self.abstract) The boards say otherwise.[^1]

            ## Introduction

            Grant boards keep ledgers.

            [^1]: Jane Roe, Ledgers, 1 Example L. Rev. 2 (2030).
            """)
        #expect(marked.frontMatter.abstract.isEmpty)
        let short = try Fixture.essay("""
            # The Ledger and the Law

            Count the entries, not the merits.

            ## Introduction

            Grant boards keep ledgers.
            """)
        #expect(short.frontMatter.abstract.isEmpty)
        let other = try Fixture.essay("""
            # The Ledger and the Law

            \(Self.abstract)

            ## I. The Boards

            Grant boards keep ledgers.
            """)
        #expect(other.frontMatter.abstract.isEmpty)
    }
}

import Testing
@testable import EssayKit

@Suite("A case named in the sentence marking its note")
struct MarkedSentenceCaseNameTests {
    @Test("a note citing a case by its reporter alone takes the case's name from the sentence marking it")
    func nameFromMarkingSentence() throws {
        let text = """
        # Fixture

        In Alpha v. Beta Legal Committee, the plaintiffs sued.<sup>1</sup> The court agreed.<sup>2</sup> Then Gamma v. Delta and Eta v. Theta both said so.<sup>3</sup>

        ---

        1. 531 U.S. 341, 343 (2001).

        2. *Id.* at 344.

        3. 532 U.S. 10 (2001).
        """
        let essay = try Fixture.essay(text)
        let first = try #require(essay.footnote("1")?.citations.first?.authorityID.flatMap { essay.authority($0) })
        #expect(first.title == "Alpha v. Beta Legal Committee")
        #expect(essay.footnote("2")?.citations.first?.authorityID == first.id)
        // Two names in the sentence: none is taken, and the case is shown by its report.
        let third = try #require(essay.footnote("3")?.citations.first?.authorityID.flatMap { essay.authority($0) })
        #expect(third.title == "532 U.S. 10")
    }

    @Test("a sentence naming as many cases as it marks notes gives each note the name in its mark's place")
    func namesPairedWithMarks() throws {
        let text = """
        # Fixture

        ## I. Cases

        The Court decided *United States v. Roe*,[^1] and later *Poe v. Lane*.[^2] In Alpha v. Beta and Gamma v. Delta it agreed.[^3]

        [^1]: 602 U.S. 680 (2024).
        [^2]: 603 U.S. 10 (2024).
        [^3]: 604 U.S. 20 (2025).
        """
        let essay = try Fixture.essay(text)
        let title = { (label: String) in essay.footnote(label)?.citations.first?.authorityID.flatMap { essay.authority($0) }?.title }
        #expect(title("1") == "United States v. Roe")
        #expect(title("2") == "Poe v. Lane")
        // Two names, one mark: none is taken; the report names it.
        #expect(title("3") == "604 U.S. 20")
    }

    @Test("a case cited by its reports alone, marked by a sentence naming no case, is named by its first report")
    func reportAsName() throws {
        let essay = try CitationFixture.essay(["549 U.S. 991, 127 S. Ct. 468 (2006)."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .case)
        #expect(work.title == "549 U.S. 991")
    }

    @Test("a British case named `v` without a stop, a party in brackets, names a note citing its neutral citation alone")
    func britishNameFromMarkingSentence() throws {
        let text = """
        # Fixture

        In R (Alder) v Secretary of State for Harbours the court quashed the order.[^1]

        [^1]: [2031] UKSC 12.
        """
        let essay = try Fixture.essay(text)
        let work = try #require(essay.footnote("1")?.citations.first?.authorityID.flatMap { essay.authority($0) })
        #expect(work.title == "R (Alder) v Secretary of State for Harbours")
    }

    @Test("case names in a sentence", arguments: [
        ("In Alpha v. Beta Legal Committee, plaintiffs sued.", ["Alpha v. Beta Legal Committee"]),
        ("See Gamma Co. v. United States of America.", ["Gamma Co. v. United States of America"]),
        ("The rule of Alpha v. Beta and of Gamma v. Delta.", ["Alpha v. Beta", "Gamma v. Delta"]),
        ("The rule of Alpha v. Widget Corp.", ["Alpha v. Widget Corp."]),
        ("No case here at all.", []),
        // A party named with its institution after a comma; a comma before other words ends it.
        ("In A.B.C. v. Warden, Lake County Detention Center, the court ruled.", ["A.B.C. v. Warden, Lake County Detention Center"]),
        ("In Alpha v. Beta, Gamma wrote for the court.", ["Alpha v. Beta"]),
    ])
    func names(sentence: String, expected: [String]) {
        #expect(MarkedSentenceCaseNames.caseNames(in: sentence[...]) == expected)
    }
}

@Suite("A case named in a web page's running text, its note the reporter alone")
struct RunningTextCaseNameWebTests {
    @Test("a page's note with the reporter alone takes the whole name the marking sentence gives, commas and all")
    func webPageNote() throws {
        let essay = try Fixture.essay("""
            # Detention in the Pandemic

            Courts split on release. In *A.B.C. v*. *Warden, Lake County Detention Center*,^[1](#fn1){.footnote-ref}^ a
            federal court denied relief.

            ::: {.footnotes}
            1.  ::: {#fn1}
                467 F. Supp. 3d 1341 (M.D. Ga. 2020).
                :::
            :::
            """)
        let work = try #require(essay.footnote("1")?.citations.first?.authorityID.flatMap { essay.authority($0) })
        #expect(work.title == "A.B.C. v. Warden, Lake County Detention Center")
    }

    @Test("a case named with `Det.` (Detention) after a statute in a note keeps its whole name, not `Ctr.`")
    func detentionAbbreviation() throws {
        let essay = try CitationFixture.essay(["See Petition for Writ of Habeas Corpus Under 28 U.S.C. § 2241 and Complaint for Relief at 16, 24, "
            + "A.B.C. v. Warden, Lake Cnty. Det. Ctr., 467 F. Supp. 3d 1341 (M.D. Ga. 2020) (No. 20-CV-62)."])
        let titles = essay.authorities.filter { $0.kind == .case }.map(\.title)
        #expect(titles.count == 1)
        #expect(titles.first?.hasSuffix("A.B.C. v. Warden, Lake Cnty. Det. Ctr.") == true)
    }

    @Test("a note citing a case by its report alone takes the name its own words give before it, nearest first")
    func nameFromTheNotesProse() throws {
        let essay = try CitationFixture.essay([
            "As we held in Pine v. United States, the rule reaches further than its words. 605 U. S. ___, ___ (2025) (slip op., at 9).",
            "As we held in Oak v. Elm and again in Birch v. Ash, the rule reaches further than its words. 606 U.S. 12, 15 (2026).",
            "The Court cited Fir v. Yew. Fir v. Yew, 601 U.S. 5 (2024); 607 U.S. 30 (2026).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "Pine v. United States")
        #expect(CitationFixture.authority(essay, "2")?.title == "Birch v. Ash")
        // The nearest name is a case the note cites in full by name: not taken for another report.
        let nameless = essay.authorities.first { $0.volume == "607" }
        #expect(nameless?.title == "607 U.S. 30")
    }

    @Test("a case name in the marking sentence stops at the note's marker")
    func nameStopsAtMarker() throws {
        let text = """
        # Fixture

        In Hart v Lane Ltd<sup>1</sup> Sir Ann Doe MR said more.

        ---

        1. [2009] EWHC 2222 (QB).
        """
        let essay = try Fixture.essay(text)
        let work = try #require(essay.footnote("1")?.citations.first?.authorityID.flatMap { essay.authority($0) })
        #expect(work.title == "Hart v Lane Ltd")
    }
}

@Suite("A short form naming a case cited by reporter alone")
struct NamelessCaseShortFormTests {
    @Test("the short form goes to the one nameless case of its volume whose pages hold the pinpoint")
    func shortFormFindsNamelessCase() throws {
        let essay = try CitationFixture.essay([
            "531 U.S. 341, 343 (2001).",
            "Alpha, 531 U.S. at 350.",
            "Beta, 531 U.S. at 900.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == first.id)
        #expect(CitationFixture.authority(essay, "3")?.id != first.id)
    }
}

@testable import EssayKit
import Testing

@Suite("Sentence splitting")
struct SentenceSplitterTests {
    func split(_ text: String) throws -> [String] {
        let essay = try Fixture.essay("# T\n\n\(text)\n")
        return Fixture.sentences(essay)
    }

    @Test("Legal abbreviations do not end a sentence", arguments: [
        "George H.W. Bush spoke. Then he left.",
        "The U.S. Government agreed. Others did not.",
        "The U.N. Secretary-General wrote, i.e., he wrote. Then came more.",
        "See, e.g., the report. It is long.",
        "The resolution, G.A. Res. 57/238, welcomed it. Then more.",
        "See U.N. Doc. A/HRC/35/22 at 3. Then more.",
        "Item No. 5 is here. Then more.",
        "Smith et al. agree. Then more.",
        "Adopted Dec.16, 2015 by all. Then more.",
        "Under art. 19(2) of the Covenant. Then more.",
        "See 87 AM. J. INT'L L. 552 (1993). Then more.",
        "Thomas M. Franck wrote it. Then more.",
    ])
    func abbreviations(_ text: String) throws {
        let sentences = try split(text)
        #expect(sentences.count == 2, "\(sentences)")
        #expect(sentences.last == "Then more." || sentences.last == "Then he left." || sentences.last == "Others did not."
            || sentences.last == "It is long." || sentences.last == "Then came more.")
    }

    @Test("A state's abbreviation in a case citation does not end a note's sentence", arguments: [
        "Doe v. Roe, 12 S.E.2d 4 (Va. 1990). Then more.",
        "Roe v. Pa. Dep't of Water, 5 A.3d 6 (Pa. Commw. Ct. 2001). Then more.",
        "Vale v. Cal. Coastal Comm'n, 7 Cal. App. 5th 8 (2019). Then more.",
        "See Pa. Super. Ct. R. 4; Cal. Code Civ. Proc. § 5. Then more.",
    ])
    func stateAbbreviationsInCitations(_ text: String) throws {
        let essay = try Fixture.essay("# T\n\nText.<sup>1</sup>\n\n---\n\n1. \(text)\n")
        let sentences = essay.footnote("1")?.sentences.map(\.text) ?? []
        #expect(sentences.count == 2, "\(sentences)")
        #expect(sentences.last == "Then more.")
    }

    @Test("A state's abbreviation at a sentence's end still ends it")
    func stateAbbreviationAtTheEnd() throws {
        #expect(try split("The firm moved to Richmond, Va. The court agreed.") == ["The firm moved to Richmond, Va.", "The court agreed."])
    }

    @Test("a sentence may open with a capital of two, three or four bytes; a small letter opens none")
    func nonASCIICapitals() throws {
        #expect(try split("It ended. Élan came next.") == ["It ended.", "Élan came next."])
        #expect(try split("It ended. Ωmega came next.") == ["It ended.", "Ωmega came next."])
        #expect(try split("It ended. Ḃeta came next.") == ["It ended.", "Ḃeta came next."])
        #expect(try split("It ended. 𝐀lpha came next.") == ["It ended.", "𝐀lpha came next."])
        #expect(try split("It ended. élan came next.") == ["It ended. élan came next."])
        #expect(try split("It ended. ḃeta came next.") == ["It ended. ḃeta came next."])
    }

    @Test func quotationsAndQuestions() throws {
        #expect(try split("“What is it?” he asked. “Nothing.” It ended.") == ["“What is it?” he asked.", "“Nothing.”", "It ended."])
        #expect(try split("He said “it ends here.” The next began.") == ["He said “it ends here.”", "The next began."])
    }

    @Test func bracketsInsideAndAtTheEnd() throws {
        #expect(try split("It was decentralized [sic] private action. Then more.").count == 2)
        #expect(try split("They “encourage[d]” it. Then more.").count == 2)
        #expect(try split("to ensure information security[.]\" This is a model.") == ["to ensure information security[.]\"", "This is a model."])
    }

    @Test func idAtTheStartOfAFootnoteSentence() throws {
        let essay = try Fixture.essay("# T\n\nText.<sup>1</sup>\n\n---\n\n1. *Id.* This reflection is quintessential. *Id.* at 5.\n")
        #expect(essay.footnote("1")?.sentences.map(\.text) == ["Id.", "This reflection is quintessential.", "Id. at 5."])
    }

    @Test func markersStayWithTheSentenceTheyClose() throws {
        let essay = try Fixture.essay("# T\n\nOne ends.<sup>1</sup> Two has<sup>2</sup> a mark inside. Three.\n\n---\n\n1. A.\n\n2. B.\n")
        let sentences = essay.bodySentences.map(\.sentence)
        #expect(sentences.map(\.footnotes) == [["1"], ["2"], []])
        #expect(sentences.map(\.text) == ["One ends.", "Two has a mark inside.", "Three."])
    }

    @Test("the abbreviation list is searched as the lower-cased words a string set would match")
    func listedAbbreviations() {
        for entry in SentenceSplitter.abbreviations {
            #expect(SentenceSplitter.isListedAbbreviation(Array(entry.utf8)), "\(entry)")
            #expect(SentenceSplitter.isListedAbbreviation(Array(entry.uppercased().utf8)), "\(entry) in capitals")
        }
        for word in ["INT’L", "Int'l", "Nos", "GOV’T", "Vols"] {
            #expect(SentenceSplitter.isListedAbbreviation(Array(word.utf8)), "\(word)")
        }
        for word in ["", "x", "intl’", "supra", "Legitimacy", "arts1", "\u{212A}", "ﬁg", "approxi"] {
            #expect(!SentenceSplitter.isListedAbbreviation(Array(word.utf8)), "\(word)")
            #expect(SentenceSplitter.abbreviations.contains(word.lowercased()) == SentenceSplitter.isListedAbbreviation(Array(word.utf8)))
        }
    }
}

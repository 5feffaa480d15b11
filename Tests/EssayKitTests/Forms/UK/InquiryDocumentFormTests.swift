import Testing
@testable import EssayKit

@Suite("Inquiry evidence cited by place, witness and file: p10, lines 2-11, Ann Roe, [file.pdf](...)")
struct InquiryDocumentFormTests {
    private static let transcript = "[Transcript-of-Morning-Hearing-3-May-2012.pdf](http://www.example.org/uploads/2012/05/Transcript-of-Morning-Hearing-3-May-2012.pdf)"

    @Test("the file of the witness's evidence is the work, the place its pinpoint")
    func transcript() throws {
        let essay = try CitationFixture.essay(["p10, lines 2-11, Ann Roe, \(Self.transcript)"])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .document)
        #expect(work.authors == ["Ann Roe"])
        #expect(work.title == "Transcript of Morning Hearing 3 May 2012")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "p10, lines 2-11")
    }

    @Test("ibid after a place, with the witness or without, is the work before at that place",
          arguments: [("pp54-55, lines 12-7, Ann Roe, *ibid*", "pp54-55, lines 12-7"), ("para 66, ibid", "para 66")])
    func ibid(note: String, pin: String) throws {
        let essay = try CitationFixture.essay(["p10, lines 2-11, Ann Roe, \(Self.transcript)", note])
        let citation = try #require(CitationFixture.only(essay, "2"))
        #expect(citation.authorityID == CitationFixture.authority(essay, "1")?.id)
        #expect(citation.pinpoint?.text == pin)
    }

    @Test("a statement cited by pages and paragraphs with no witness named")
    func statement() throws {
        let essay = try CitationFixture.essay([
            "p8, para 33 and pp12-13, paras 52-54, [Witness-Statement-of-Bo-Lee.pdf](http://www.example.org/uploads/Witness-Statement-of-Bo-Lee.pdf)",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "Witness Statement of Bo Lee")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "p8, para 33 and pp12-13, paras 52-54")
    }

    @Test("a conversion's forms: no space after the comma, a capital place word, a wrapped link text")
    func converted() throws {
        let essay = try CitationFixture.essay([
            "p12,lines 3-9, Ann Roe, [Transcript-of-Morning- Hearing-3-May-2012.pdf](http://www.example.org/uploads/Transcript-of-Morning-Hearing-3-May-2012.pdf)",
            "Para 147, *ibid*",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "Transcript of Morning Hearing 3 May 2012")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "p12,lines 3-9")
        #expect(CitationFixture.only(essay, "2")?.authorityID == work.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "Para 147")
    }

    @Test("a place before prose is not read so")
    func prose() throws {
        let text = CitationText(RichText(text: "p10, lines 2-11, the witness said so"))
        #expect(InquiryDocumentForm.read(text, 0..<text.count) == nil)
    }
}

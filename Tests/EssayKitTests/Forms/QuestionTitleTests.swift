import Testing
@testable import EssayKit

@Suite("Titles ending in a question mark")
struct QuestionTitleTests {
    @Test("a title ending in a quoted question is not a sentence end: the newspaper and date after it are the same citation")
    func quotedQuestion() throws {
        let essay = try CitationFixture.essay([
            "See B. Ash, Is the Town One of Three Places That “Allow Late Bells?” Daily Herald (Oct. 8, 2017), www.example.com/bells; Cedar Inst., Bells Compared 6–7 (2014).",
        ])
        let works = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) } }
        #expect(works.count == 2)
        #expect(works.first?.title.contains("Is the Town One of Three Places") == true)
        #expect(works.first?.authors.first?.contains("Ash") == true)
    }

    @Test("a question in the author's prose still ends the sentence")
    func proseQuestion() throws {
        let essay = try CitationFixture.essay(["Why would anyone think so? See Alder v. Birch, 1 U.S. 1, 5 (1800)."])
        #expect(CitationFixture.citations(essay, "1").compactMap(\.authorityID) == ["alder-v-birch-1800"])
    }

    @Test("the author's words lead into a work whose title asks a question, and go on after its date: one work, its author and whole title")
    func proseBeforeAndAfterQuestionTitle() throws {
        let essay = try CitationFixture.essay([
            "A useful model is the study conducted by Ward Roe, Do Neighbors Bargain After Judgment? A Look Inside the Court, 66 U. CHI. L. REV. 373 (1999), in which he interviewed lawyers involved in nuisance litigation and asked about later renegotiations.",
            "Roe, supra note 1, at 380.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.authors == ["Ward Roe"])
        #expect(work.title == "Do Neighbors Bargain After Judgment? A Look Inside the Court")
        #expect(CitationFixture.citations(essay, "1").count == 1)
        #expect(CitationFixture.only(essay, "2")?.authorityID == work.id)
    }
}

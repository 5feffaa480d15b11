import Testing
@testable import EssayKit

@Suite("Briefs")
struct BriefFormTests {
    @Test("a brief is a work named by its party, its page the pinpoint; a later short form naming the party is that brief")
    func briefsByParty() throws {
        let essay = try CitationFixture.essay([
            "Brief for Respondents 27.",
            "See Brief for Learned Society et al. as Amici Curiae 27, and n. 14.",
            "Brief for 547 Deans et al. as Amici Curiae 6–7.",
            "Brief for 547 Deans 9–10.",
            "*Id.* at 11.",
            "Brief for Some Federation, Inc. as Amicus Curiae in Alpha v. Beta, O. T. 1964, No. 496, p. 27.",
            "Reply Brief for Petitioners 5.",
        ])
        let respondents = try #require(CitationFixture.authority(essay, "1"))
        #expect(respondents.kind == .brief)
        #expect(respondents.title == "Brief for Respondents")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "27")
        let society = try #require(CitationFixture.authority(essay, "2"))
        #expect(society.kind == .brief)
        #expect(society.title == "Brief for Learned Society et al. as Amici Curiae")
        #expect(society.authors == ["Learned Society"])
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "27")
        let deans = try #require(CitationFixture.authority(essay, "3"))
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "6–7")
        #expect(CitationFixture.authority(essay, "4")?.id == deans.id)
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "9–10")
        #expect(CitationFixture.authority(essay, "5")?.id == deans.id)
        let other = try #require(CitationFixture.authority(essay, "6"))
        #expect(other.kind == .brief)
        #expect(other.container == "Alpha v. Beta, O. T. 1964, No. 496")
        #expect(CitationFixture.only(essay, "6")?.pinpoint?.text == "27")
        let reply = try #require(CitationFixture.authority(essay, "7"))
        #expect(reply.title == "Reply Brief for Petitioners")
        #expect(Set([respondents.id, society.id, deans.id, other.id, reply.id]).count == 5)
    }

    @Test("a state court's brief by its party's role in lower case is one work however often cited, its page the pinpoint")
    func briefsByRole() throws {
        let essay = try CitationFixture.essay([
            "Brief for appellant at 53.",
            "Brief for appellee at 38.",
            "Reply brief for appellant at 7.",
            "Brief for Appellant at 12.",
            "Brief of Amicus Curiae ACLU at 4.",
            "Brief for appellee at 40.",
            "Brief for the most part at 3.",
        ])
        let appellant = try #require(CitationFixture.authority(essay, "1"))
        #expect(appellant.kind == .brief)
        #expect(appellant.title == "Brief for appellant")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "53")
        let appellee = try #require(CitationFixture.authority(essay, "2"))
        #expect(appellee.id != appellant.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "38")
        let reply = try #require(CitationFixture.authority(essay, "3"))
        #expect(reply.kind == .brief)
        #expect(![appellant.id, appellee.id].contains(reply.id))
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "7")
        #expect(CitationFixture.authority(essay, "4")?.id == appellant.id, "the role's case does not make another brief")
        #expect(CitationFixture.authority(essay, "5")?.kind == .brief)
        #expect(CitationFixture.authority(essay, "6")?.id == appellee.id)
        #expect(CitationFixture.only(essay, "6")?.pinpoint?.text == "40")
        #expect(CitationFixture.authority(essay, "7")?.kind != .brief, "lower-case words that name no role are the author's")
    }
}

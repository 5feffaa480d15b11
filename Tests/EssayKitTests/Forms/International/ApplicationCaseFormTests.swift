import Testing
@testable import EssayKit

@Suite("European Court of Human Rights cases by their application number")
struct ApplicationCaseFormTests {
    @Test("the parties, the application number, the judgment's date and the paragraph")
    func applicationNumber() throws {
        let essay = try CitationFixture.essay([
            "Roe v. Ruritania, Application No. 12345/06, Judgment of 12 October 2006, para 45.",
            "Doe v Freedonia App no 23456/07 (ECtHR, 5 May 2010) para 78.",
            "Poe v. Arcadia [GC], no. 34567/09, § 216, ECHR 2011.",
        ])
        let roe = try #require(CitationFixture.authority(essay, "1"))
        #expect(roe.kind == .case)
        #expect(roe.title == "Roe v. Ruritania")
        #expect(roe.documentNumber == "Application No. 12345/06")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "para 45")
        let doe = try #require(CitationFixture.authority(essay, "2"))
        #expect(doe.title == "Doe v Freedonia")
        #expect(doe.documentNumber == "App no 23456/07")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "para 78")
        #expect(CitationFixture.authority(essay, "3")?.title == "Poe v. Arcadia")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "§ 216")
    }

    @Test("the same application cited again under another spelling of its name is one case")
    func sameApplication() throws {
        let essay = try CitationFixture.essay([
            "Roe v. Ruritania, Application No. 12345/06, Judgment of 12 October 2006.",
            "Roe v Ruritania App no 12345/06 (ECtHR, 12 October 2006) para 50.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == first.id)
    }

    @Test("the court named before the parties; the application word alone in a bracket")
    func courtLead() throws {
        let essay = try CitationFixture.essay([
            "ECtHR, Dorn and Pell v. Malta, Application No. 45123/09, Judgment, 4 Feb. 2011.",
            "See Harbor Group v. United Kingdom (Application 51120/07).",
        ])
        let dorn = try #require(CitationFixture.authority(essay, "1"))
        #expect(dorn.kind == .case)
        #expect(dorn.title == "Dorn and Pell v. Malta")
        #expect(dorn.documentNumber == "Application No. 45123/09")
        #expect(CitationFixture.authority(essay, "2")?.documentNumber == "Application 51120/07")
    }

    @Test("a long clause with no slash in reach ends the search (it once looped for ever)")
    func longClause() throws {
        let long = "Roe v. Ruritania was argued " + String(repeating: "at great length before the chamber ", count: 10) + "and decided 12/06 of the Registry."
        let essay = try CitationFixture.essay([long])
        #expect(CitationFixture.authority(essay, "1")?.kind != .case || CitationFixture.authority(essay, "1")?.documentNumber != "12/06")
    }

    @Test("a number with a slash and no application's words is no case")
    func notApplication() throws {
        let essay = try CitationFixture.essay([
            "Roe v. Ruritania, 12/06 of the Registry.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.documentNumber != "12/06")
    }

    @Test("a US court's index number with a capital No. is no application")
    func courtIndexNumber() throws {
        let essay = try CitationFixture.essay([
            "Harbour Bank v. Roe, No. 412233/11, 2012 WL 7654321, at *3 (N.Y. Civ. Ct. Mar. 2, 2012).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.documentNumber != "412233/11")
    }

    @Test("the court and the number before the parties; joined applications; a date after the paragraph")
    func numberBeforeParties() throws {
        let essay = try CitationFixture.essay([
            "European Court of Human Rights, App. No. 4321/81, The Morning Star v The Kingdom of Arcadia, 14 June 1984, para 27.",
            "Nowak and Others v. Ruritania, application nos. 31111/07 and 32222/07, December 1st 2010, § 61.",
            "ECtHR, Vella v. Malta, no. 7788/10, § 14, 6 May 2013.",
            "Zorin v. Freedonia [GC], Application no. 23456/08 of March 4th 2012, § 90.",
        ])
        let star = try #require(CitationFixture.authority(essay, "1"))
        #expect(star.title == "The Morning Star v The Kingdom of Arcadia")
        #expect(star.documentNumber == "App. No. 4321/81")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "para 27")
        let nowak = try #require(CitationFixture.authority(essay, "2"))
        #expect(nowak.title == "Nowak and Others v. Ruritania")
        #expect(nowak.documentNumber == "application nos. 31111/07 and 32222/07")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "§ 61")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "§ 14")
        #expect(CitationFixture.authority(essay, "4")?.title == "Zorin v. Freedonia")
        #expect(CitationFixture.authority(essay, "4")?.documentNumber == "Application no. 23456/08")
    }

    @Test("a case cited again by its name and a paragraph sign is the case")
    func nameAndParagraphSign() throws {
        let essay = try CitationFixture.essay([
            "Zorin v. Freedonia [GC], Application no. 23456/08 of March 4th 2012, § 90.",
            "Zorin v. Freedonia, § 95.",
            "Zorin, para. 3.",
            "Ibid., § 96.",
        ])
        let zorin = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == zorin.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "§ 95")
        #expect(CitationFixture.authority(essay, "3")?.id == zorin.id)
        #expect(CitationFixture.authority(essay, "4")?.id == zorin.id)
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "§ 96")
    }
}

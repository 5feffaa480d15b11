import Testing
@testable import EssayKit

@Suite("Reports and circulars by number")
struct ReportNumberShortFormTests {
    @Test("a report's number printed in its full citation is its short form")
    func reportNumber() throws {
        let essay = try CitationFixture.essay([
            "U.S. Gov't Accountability Office, Widget Reform: Loans Need Better Estimates, GAO-04-221 (Washington, D.C.: Mar. 2004).",
            "GAO-04-221, at 12.",
            "GAO-04-999, at 3.",
        ])
        let report = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == report.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "12")
        #expect(CitationFixture.authority(essay, "3") == nil, "a number no full citation printed names nothing")
    }

    @Test("a circular cited in full under the office's Bluebook name, then by the short name")
    func circular() throws {
        let essay = try CitationFixture.essay([
            "Office of Mgmt. & Budget, Circular No. A-19, Legislative Coordination and Clearance (1979).",
            "OMB Cir. No. A-19, § 7(b).",
        ])
        let circular = try #require(CitationFixture.authority(essay, "1"))
        #expect(circular.documentNumber == "Circular A-19")
        #expect(CitationFixture.authority(essay, "2")?.id == circular.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "§ 7(b)")
    }

    @Test("the shape of a report number")
    func shape() {
        #expect(AuthorityCatalog.isReportNumber("GAO-04-221"))
        #expect(AuthorityCatalog.isReportNumber("RL31234"))
        #expect(AuthorityCatalog.isReportNumber("GAO/HRD-90-4"))
        #expect(!AuthorityCatalog.isReportNumber("Roe"))
        #expect(!AuthorityCatalog.isReportNumber("A-11"))
        #expect(!AuthorityCatalog.isReportNumber("Roe 2004"))
    }
}

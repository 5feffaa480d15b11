import Testing
@testable import EssayKit

@Suite("A court's number keys its case whatever words designate it")
struct CaseNumberKeyTests {
    @Test("designations and joined numbers fall away; a German docket keeps its chamber")
    func bare() {
        #expect(CaseNumberKey.bare("Application no. 12345/06") == "12345/06")
        #expect(CaseNumberKey.bare("application nos. 11111/05 and 22222/05") == "11111/05")
        #expect(CaseNumberKey.bare("Nos 11223/12 and 44556/13") == "11223/12")
        #expect(CaseNumberKey.bare("12345/06") == "12345/06")
        #expect(CaseNumberKey.bare("III ZR 179/20") == "III ZR 179/20")
        #expect(CaseNumberKey.bare("C-1/10") == "C-1/10")
        #expect(CaseNumberKey.bare("Bull. crim. 2001, n° 50") == "Bull. crim. 2001, n° 50")
    }

    @Test("a pinpoint's number list stops before a date")
    func dayAndMonth() {
        #expect(DateWords.opensDayAndMonth(Array("4 May 2012".utf8)[...]))
        #expect(DateWords.opensDayAndMonth(Array("12 March".utf8)[...]))
        #expect(!DateWords.opensDayAndMonth(Array("14, 16".utf8)[...]))
        #expect(!DateWords.opensDayAndMonth(Array("4 and 5".utf8)[...]))
    }
}

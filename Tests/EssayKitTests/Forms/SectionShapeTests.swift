import Testing
@testable import EssayKit

@Suite("The shape of a code's section numbers")
struct SectionShapeTests {
    @Test("the mark after a section's leading digits gives its shape")
    func shapes() {
        #expect(SectionShape("29-2523") == .hyphen)
        #expect(SectionShape("28-105.01(2)") == .hyphen)
        #expect(SectionShape("5/12-3") == .slash)
        #expect(SectionShape("105.9") == .decimal)
        #expect(SectionShape("9:1131.2") == .colon)
        #expect(SectionShape("5104") == .plain)
        #expect(SectionShape("300gg-11") == .plain)
        #expect(SectionShape("1983(a)") == .plain)
        #expect(SectionShape("342–343") == .plain)
        #expect(SectionShape("5–61–404") == .hyphen)
        #expect(SectionShape("(a)") == nil)
    }
}

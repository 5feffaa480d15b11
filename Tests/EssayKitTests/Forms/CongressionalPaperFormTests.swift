import Testing
@testable import EssayKit

/// A committee's report, hearing or document: Congress and the committee its author, the title up
/// to the paper's kind, the paper's number its identity, never the bill it accompanies.
@Suite("Committee reports, hearings and documents of Congress")
struct CongressionalPaperFormTests {
    @Test("a report to accompany a bill is the report, by its number; a later note by the number alone is the same report")
    func reportByNumber() throws {
        let essay = try CitationFixture.essay([
            "U.S. Congress, House Appropriations Committee, Departments of Widgets Appropriations Bill, 2026, report to accompany H.R. 5304, 119th Cong., 1st sess., H.Rept. 119-271, September 11, 2025, p. 91.",
            "H.Rept. 119-271, p. 40.",
            "H.R. 5304.",
        ])
        let report = try #require(CitationFixture.authority(essay, "1"))
        #expect(report.kind == .report)
        #expect(report.id == "hrept-119-271")
        #expect(report.authors == ["U.S. Congress, House Appropriations Committee"])
        #expect(report.title.hasPrefix("Departments of Widgets Appropriations Bill"))
        #expect(!report.title.contains("Cong."))
        #expect(report.year == 2025)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "p. 91")
        #expect(CitationFixture.authority(essay, "2")?.id == report.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "p. 40")
        let bill = try #require(CitationFixture.authority(essay, "3"))
        #expect(bill.id != report.id)
    }

    @Test("a bill and its report cited together are two works, the report a report")
    func billAndReport() throws {
        let essay = try CitationFixture.essay(["H.R. 5342; H.Rept. 119-272.", "S. 2354; S.Rept. 119-44.", "H.Doc. 119-31."])
        for (label, bill, report) in [("1", "H.R. 5342", "hrept-119-272"), ("2", "S. 2354", "srept-119-44")] {
            let works = CitationFixture.citations(essay, label).compactMap { $0.authorityID.flatMap { essay.authority($0) } }
            #expect(works.map(\.id).last == report, "note \(label)")
            #expect(works.first?.title == bill, "note \(label)")
            #expect(works.last?.kind == .report, "note \(label)")
        }
        #expect(CitationFixture.authority(essay, "3")?.kind == .document)
    }

    @Test("a hearing is by its title and number, spelled with the chamber spaced off or not")
    func hearing() throws {
        let essay = try CitationFixture.essay([
            "U.S. Congress, Senate Committee on Widgets, Widget Safety Oversight, hearing, 118th Cong., 2nd sess., May 3, 2024, S. Hrg. 118-301, p. 12.",
            "S.Hrg. 118-301, p. 40.",
            "U.S. Congress, House Gadget Committee, Gadget Subcommittee, Gadgets, Widgets, and the Future, hearing, 119th Cong., 1st sess., April 7, 2025.",
        ])
        let hearing = try #require(CitationFixture.authority(essay, "1"))
        #expect(hearing.id == "shrg-118-301")
        #expect(hearing.title == "Widget Safety Oversight")
        #expect(hearing.authors == ["U.S. Congress, Senate Committee on Widgets"])
        #expect(CitationFixture.authority(essay, "2")?.id == hearing.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "p. 40")
        let unnumbered = try #require(CitationFixture.authority(essay, "3"))
        #expect(unnumbered.title == "Gadgets, Widgets, and the Future")
        #expect(unnumbered.authors == ["U.S. Congress, House Gadget Committee, Gadget Subcommittee"])
        #expect(unnumbered.year == 2025)
    }

    @Test("a report's title naming the bill it accompanies, with no report number, never makes the bill its identity")
    func accompanyingBillIsNoIdentity() throws {
        let essay = try CitationFixture.essay([
            "U.S. Congress, House Committee on Gadgets, Gadget Safety Act of 2025, report to accompany H.R. 5305, 119th Cong., 1st sess., September 12, 2025, p. 12.",
            "H.R. 5305.",
        ])
        let report = try #require(CitationFixture.authority(essay, "1"))
        #expect(report.title == "Gadget Safety Act of 2025")
        #expect(report.kind == .report)
        #expect(CitationFixture.authority(essay, "2")?.id != report.id)
    }

    @Test("a committee's name that commas part runs to the `and` closing its list; a title's list after the committee stays the title's")
    func committeeNameWithCommas() throws {
        let essay = try CitationFixture.essay([
            "U.S. Congress, Senate Committee on Widgets, Housing, and Urban Gadgets, The Semiannual Widget Policy Report to the Congress, hearings, 118th Cong., 1st sess., March 7, 2023, S.Hrg. 118-205.",
            "U.S. Congress, House Committee on Appropriations, Departments of Widgets, Gadgets and Sprockets, and Gears, and Related Agencies Appropriations Bill, 2026, report to accompany H.R. 5306, 119th Cong., 1st sess., H.Rept. 119-275, September 11, 2025, p. 91.",
            "U.S. Congress, Senate Committee on Widgets, Gadgets, and Gears, hearing, 118th Cong., 1st sess., March 8, 2023.",
        ])
        let hearing = try #require(CitationFixture.authority(essay, "1"))
        #expect(hearing.authors == ["U.S. Congress, Senate Committee on Widgets, Housing, and Urban Gadgets"])
        #expect(hearing.title == "The Semiannual Widget Policy Report to the Congress")
        let report = try #require(CitationFixture.authority(essay, "2"))
        #expect(report.authors == ["U.S. Congress, House Committee on Appropriations"])
        #expect(report.title.hasPrefix("Departments of Widgets, Gadgets and Sprockets, and Gears, and Related Agencies Appropriations Bill"))
        let listTitle = try #require(CitationFixture.authority(essay, "3"))
        #expect(listTitle.title == "Gadgets, and Gears")
    }

    @Test("the Bluebook's report and document numbers are the same papers as CRS's: H.R. Rep. No. 94-1476 is H.Rept. 94-1476")
    func bluebookNumbers() throws {
        let essay = try CitationFixture.essay([
            "H.R. Rep. No. 94-1476, at 62 (1976).",
            "H.Rept. 94-1476.",
            "S. Rep. No. 118-198, at 4 (2024).",
            "S.Rept. 118-198.",
            "H.R. Conf. Rep. No. 105-825, at 3 (1998).",
            "H.Rept. 105-825.",
        ])
        let house = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "62")
        #expect(CitationFixture.authority(essay, "2")?.id == house.id)
        #expect(CitationFixture.authority(essay, "4")?.id == CitationFixture.authority(essay, "3")?.id)
        #expect(CitationFixture.authority(essay, "6")?.id == CitationFixture.authority(essay, "5")?.id)
        #expect(CitationFixture.authority(essay, "3")?.id != house.id)
    }
}

import Testing
@testable import EssayKit

@Suite("Surnames with particles, accents and apostrophes")
struct SurnameParticleTests {
    @Test("a surname with a lower-case particle is the author's, and its short forms find the work")
    func particles() throws {
        let essay = try CitationFixture.essay([
            "Barbara van Dalen, Widgets and the Law (Gadget Press, 2010), p. 3.",
            "van Dalen, Widgets and the Law, p. 5.",
            "van Dalen, supra note 1, at 9.",
            "van Dalen 45.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.authors == ["Barbara van Dalen"])
        #expect(work.title == "Widgets and the Law")
        for label in ["2", "3", "4"] { #expect(CitationFixture.authority(essay, label)?.id == work.id) }
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "45")
    }

    @Test("a surname and a page find the work by an author whose surname is accented or has an apostrophe")
    func surnameAndPage() throws {
        let essay = try CitationFixture.essay([
            "Ann O'Neil, Gadget Markets (Widget Press, 2012), p. 4.",
            "O'Neil 8.",
            "José Pérez, Gizmo Rules (Widget Press, 2014), p. 4.",
            "Pérez 6.",
        ])
        let oneil = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == oneil.id)
        let perez = try #require(CitationFixture.authority(essay, "3"))
        #expect(CitationFixture.authority(essay, "4")?.id == perez.id)
    }

    @Test("the surname test takes names, not words of a sentence")
    func surnameTest() {
        #expect(SurnameParticle.isSurname("Roe"))
        #expect(SurnameParticle.isSurname("O'Neil"))
        #expect(SurnameParticle.isSurname("van Dalen"))
        #expect(SurnameParticle.isSurname("de la Cruz"))
        #expect(!SurnameParticle.isSurname("GAO"))
        #expect(!SurnameParticle.isSurname("the Court"))
        #expect(!SurnameParticle.isSurname("van"))
    }
}

/// The one list of particles, and the readers that ask it.
@Suite("The particles of surnames, one list for every reader")
struct SurnameParticleListTests {
    @Test("a particle is a whole lower-case word of the list, as a string, a substring or bytes")
    func particleTest() {
        for word in ["van", "von", "vom", "de", "der", "den", "del", "della", "da", "das", "dos", "di", "du", "la", "le", "ten", "ter",
                     "zu", "bin", "ibn", "al"] {
            #expect(SurnameParticle.isParticle(word), "\(word)")
            #expect(SurnameParticle.isParticle(ArraySlice(word.utf8)), "\(word)")
        }
        for word in ["Van", "van,", "vans", "vanish", "d", "the", "of", "and", "", "dellas", "al.", "é"] {
            #expect(!SurnameParticle.isParticle(word), "\(word)")
        }
        #expect(SurnameParticle.isParticle("Anna ter Horst".split(separator: " ")[1]))
    }

    @Test("a byline holds any particle, not only the commonest")
    func byline() {
        #expect(EssayBuilder.looksLikeByline("Anna ter Horst and Jan ten Brink"))
        #expect(EssayBuilder.looksLikeByline("Karl vom Stein"))
        #expect(!EssayBuilder.looksLikeByline("Anna went to Horst"))
    }

    @Test("a case name read back from its reporter holds any particle")
    func caseName() throws {
        let essay = try CitationFixture.essay(["As the Court held in Roe v. ter Horst, 1 U.S. 1 (1990), widgets are goods."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .case)
        #expect(work.title == "Roe v. ter Horst")
    }
}

extension AuthorityCatalog {
    /// The one work cited before that a Chicago note printed like a full citation repeats, or nil.
    ///
    /// Chicago writers repeat a work with its details cut down rather than with *supra*: the
    /// surname alone (`Orloff, "Borrowed Tunes," Music Law Quarterly 9 (2002): 120` after `Tamsin
    /// Orloff, "Borrowed Tunes," ... 9 (2002): 101`), or the title's opening words with no date
    /// (`Tamsin Orloff, Borrowed Tunes, 14--19` after `Borrowed Tunes: Music and the Commons (New
    /// York: ..., 2001)`). The repeat names the earlier work when exactly one work has the first
    /// author's surname (and full name, when printed), the title (or, undated, its opening words up
    /// to a word's end), and no other volume or year; a page printed where the first page goes is then
    /// the page cited. None or several, and it stays a work of its own as before.
    mutating func repeatedWork(_ work: WorkDraft, keys: WorkKeys? = nil) -> Int? {
        // The gate, cheapest test first: a secondary work with an author and a title, whose keys
        // name no work cited before (`keys`, when the reading made them already).
        switch work.kind {
        case .article, .book, .other: break
        default: return nil
        }
        guard work.documentNumber == nil, work.url == nil, !work.title.isEmpty,
              let author = work.authors.first, let person = Self.firstAuthorPart(author) else { return nil }
        // A part is a slug, in ASCII: its spaces are bytes.
        let named = person.utf8.contains(UInt8(ascii: " "))
        // A first full citation names its author in full and dates the work: never a repeat.
        guard !named || work.year == nil, registered(work, keys: keys) == nil,
              let surname = person.split(separator: " ").last.map({ Self.normalized(String($0)) }), !surname.isEmpty else { return nil }
        let title = Self.normalized(work.title)
        let fullName = named ? Self.normalized(person) : nil
        let undated = work.year == nil && work.volume == nil
        let volumeKey = work.kind == .article ? Self.articleVolumeKey(work) : nil
        let found = works(byFirstAuthorSurname: surname).filter { index in
            let cited = authorities[index]
            guard [.article, .book, .other].contains(cited.kind), cited.documentNumber == nil else { return false }
            if let fullName, let first = cited.authors.first, Self.normalized(first) != fullName { return false }
            if let year = work.year, let citedYear = cited.year, year != citedYear { return false }
            if let volume = work.volume, let citedVolume = cited.volume, volume != citedVolume { return false }
            if let volumeKey, cited.kind == .article, let citedVolumeKey = Self.citedVolumeKey(cited), volumeKey != citedVolumeKey { return false }
            let citedTitle = Self.normalized(cited.title)
            return citedTitle == title || undated && citedTitle.hasPrefix(title + " ")
        }
        return found.count == 1 ? found.first : nil
    }

    /// `articleVolumeKey` of a work cited before.
    private static func citedVolumeKey(_ cited: Authority) -> String? {
        guard let volume = cited.volume, let journal = cited.container else { return nil }
        return journalVolumeKey(volume: volume, journal: journal)
    }
}

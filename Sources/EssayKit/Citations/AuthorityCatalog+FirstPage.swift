extension AuthorityCatalog {
    /// The cases of `volumeKey`'s reporter that begin at the page its volume names: for a short
    /// form that writes the first page where the volume goes (`Lark, 212 U.S. at 219` after
    /// `Dove v. Lark, 455 U.S. 212`). Walks every work, so it is asked only when a short form
    /// names no case of its volume.
    func cases(startingAtVolumeOf volumeKey: String) -> [Int] {
        guard let space = volumeKey.utf8.firstIndex(of: UInt8(ascii: " ")) else { return [] }
        let page = volumeKey[..<space]
        let reporter = volumeKey[volumeKey.utf8.index(after: space)...]
        return authorities.indices.filter { index in
            let work = authorities[index]
            return work.kind == .case && work.firstPage.map { $0 == page } == true && work.container.map { $0 == reporter } == true
        }
    }
}

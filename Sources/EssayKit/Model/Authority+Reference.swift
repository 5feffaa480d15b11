extension Authority {
    /// The work in one line, as a table of authorities lists it: authors, title, where it
    /// appears, and the year; a case with its reporters and court.
    ///
    /// `David Caron, The Legitimacy of ..., 87 AM. J. INT'L L. 552 (1993)`,
    /// `N.Y. Times Co. v. Sullivan, 376 U.S. 254, 84 S. Ct. 710 (1964), Supreme Court of the United States`,
    /// `G.A. Res. 56/183 (2001)`. Nothing is written twice: a treaty's series is its document
    /// number, and a resolution's body opens its title.
    public var reference: String {
        var parts: [String] = []
        if !authors.isEmpty { parts.append(authors.joined(separator: " & ")) }
        if !title.isEmpty { parts.append(title) }
        var placed: String?
        if let container, !title.contains(container) {
            let place = [volume, container, firstPage ?? (kind == .case ? "___" : nil)].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            parts.append(place)
            placed = place
        }
        parts.append(contentsOf: parallelCitations)
        if let number = documentNumber, !title.contains(number), number != placed { parts.append(number) }
        var line = parts.joined(separator: ", ")
        if let year { line += " (\(year))" }
        if let courtName { line += ", \(courtName)" }
        return line
    }
}

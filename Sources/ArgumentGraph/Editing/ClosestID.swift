/// The known id nearest to a mistyped one, for "did you mean" in the editor's errors.
enum ClosestID {
    /// The id among `known` a small edit away from `id`, if any. Ids much longer or shorter than
    /// `id` are not compared, and `id` is cut to 64 characters, so a huge file or a huge id costs
    /// no more than a short one.
    static func find(_ id: String, among known: [String]) -> String? {
        let wanted = String(id.prefix(64))
        let length = wanted.count
        let limit = max(2, (length + 2) / 3)
        var best: (id: String, distance: Int)?
        for candidate in known where abs(candidate.count - length) <= limit {
            let distance = EditDistance.between(wanted, candidate)
            guard distance <= limit else { continue }
            if best.map({ distance < $0.distance || (distance == $0.distance && candidate < $0.id) }) ?? true { best = (candidate, distance) }
        }
        return best?.id
    }
}

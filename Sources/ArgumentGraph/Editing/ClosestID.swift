/// The known id nearest to a mistyped one, for "did you mean" in the editor's errors.
enum ClosestID {
    /// The id among `known` a small edit away from `id`, if any: `IDSuggester`'s bounded look, so
    /// a huge file or a huge id costs no more than a short one.
    static func find(_ id: String, among known: [String]) -> String? {
        IDSuggester(known).nearest(to: id)
    }
}

/// A JSON record with the essay it comes from added as an `essay` field beside its own fields.
///
/// With several essays every `--json` output is one array of these: a command that prints one
/// object for an essay prints one object per essay, and a command that prints an array prints the
/// arrays of all essays one after another; either way each record gains `essay` (the path) and
/// keeps every field it has for one essay.
struct EssayTagged<Record: Encodable>: Encodable {
    var essay: String
    var record: Record

    private enum Key: String, CodingKey { case essay }

    func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(essay, forKey: .essay)
    }
}

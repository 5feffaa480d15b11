import EssayKit

/// How commands print several essays: each essay's report under a heading, blank lines between.
enum EssayGroups {
    /// The heading above an essay's report: `==> path <==`, as `head` prints files.
    static func heading(_ path: String) -> String {
        "==> \(path) <=="
    }

    /// The reports one after another, each under its essay's heading; a single report as it is.
    static func text(_ reports: [(path: String, text: String)], many: Bool) -> String {
        guard many else { return reports.map(\.text).joined() }
        return reports.enumerated().map { index, report in
            (index == 0 ? "" : "\n") + heading(report.path) + "\n" + report.text
        }.joined()
    }

    /// The JSON of one record per essay: the record alone for one essay, else an array of records
    /// with `essay` fields.
    static func json<Record: Encodable>(_ records: [(path: String, record: Record)], many: Bool) throws -> String {
        guard many else { return try JSONOutput.string(records.first?.record) }
        return try JSONOutput.string(records.map { EssayTagged(essay: $0.path, record: $0.record) })
    }

    /// The JSON of an array per essay: the array alone for one essay, else every essay's elements in
    /// one array, each with an `essay` field.
    static func jsonArrays<Record: Encodable>(_ arrays: [(path: String, records: [Record])], many: Bool) throws -> String {
        guard many else { return try JSONOutput.string(arrays.first?.records ?? []) }
        return try JSONOutput.string(arrays.flatMap { entry in entry.records.map { EssayTagged(essay: entry.path, record: $0) } })
    }
}

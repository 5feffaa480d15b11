/// Where text goes a piece at a time: a file `AtomicFile` writes whole, or standard output.
///
/// Exporters and reports that may be large write to a sink as they go, so their output is never
/// held whole in memory.
public protocol TextSink: AnyObject {
    /// Appends `text`; throws when it cannot be written.
    func write(_ text: String) throws
}

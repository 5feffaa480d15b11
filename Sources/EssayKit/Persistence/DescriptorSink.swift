/// Writes text to an open file descriptor through a 64 KB buffer, every write checked.
///
/// It does not own the descriptor: whoever opened it closes it. After a failure nothing more is
/// written, and `failure` says why.
public final class DescriptorSink: TextSink {
    /// Why a write failed: the system's `errno`.
    public struct Failure: Error, Sendable, Equatable {
        public var code: Int32

        public init(code: Int32) {
            self.code = code
        }

        /// The system's reason, in lower case (`no space left on device`).
        public var reason: String {
            AtomicFile.describe(code)
        }
    }

    /// The descriptor written to.
    public let descriptor: Int32
    /// The first failure, once a write has failed.
    public private(set) var failure: Failure?
    private var buffer: [UInt8] = []
    private let capacity: Int

    /// A sink for `descriptor` that writes whenever `capacity` bytes are waiting, and on `flush`.
    public init(descriptor: Int32, capacity: Int = 65_536) {
        self.descriptor = descriptor
        self.capacity = max(1, capacity)
        buffer.reserveCapacity(self.capacity)
    }

    /// Writes all of `text` to `descriptor` at once, unbuffered.
    public static func write(_ text: String, to descriptor: Int32) throws(Failure) {
        if let code = AtomicFile.writeAll(descriptor, Array(text.utf8)) { throw Failure(code: code) }
    }

    /// Appends `text`, writing the buffer out when it is full.
    public func write(_ text: String) throws(Failure) {
        if let failure { throw failure }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { try flush() }
    }

    /// Appends `bytes`, writing the buffer out when it is full.
    public func write(bytes: some Sequence<UInt8>) throws(Failure) {
        if let failure { throw failure }
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes out whatever is waiting.
    public func flush() throws(Failure) {
        if let failure { throw failure }
        guard !buffer.isEmpty else { return }
        let code = AtomicFile.writeAll(descriptor, buffer)
        buffer.removeAll(keepingCapacity: buffer.count <= capacity * 2)
        if let code {
            let failure = Failure(code: code)
            self.failure = failure
            throw failure
        }
    }
}

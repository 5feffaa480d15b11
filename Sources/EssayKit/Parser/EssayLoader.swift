#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads essay files from disk with errors a reader can act on, and finds the bundled essay.
public enum EssayLoader {
    /// The largest file legit reads, so a wrong path cannot exhaust memory.
    public static let maximumSize = 256 * 1024 * 1024

    /// Reads the file at `path` and checks that it is UTF-8 text.
    public static func load(path: String) throws(EssayError) -> SourceFile {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            throw EssayError(file: path, message: "cannot open the file (\(reason.lowercased()))",
                             hint: "check the path, or run legit without a path to use the bundled essay")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw EssayError(file: path, message: "this is a folder, not an essay file", hint: "give the path of a .md file")
        }
        guard Int(info.st_size) <= maximumSize else {
            throw EssayError(file: path, message: "the file is \(info.st_size) bytes, more than legit reads (\(maximumSize))",
                             hint: "split the essay or check that this is the right file")
        }
        guard let handle = fopen(path, "rb") else {
            let reason = String(cString: strerror(errno))
            throw EssayError(file: path, message: "cannot read the file (\(reason.lowercased()))", hint: "check its permissions")
        }
        defer { fclose(handle) }
        // Read straight into the file's array, one byte more than its size so that a file grown
        // since `stat` shows it; a zeroed buffer copied over cost more than the reading.
        let expected = Int(info.st_size)
        var data = [UInt8](unsafeUninitializedCapacity: expected + 1) { bytes, count in
            guard let base = bytes.baseAddress else { return }
            count = fread(base, 1, bytes.count, handle)
        }
        if data.count <= expected {
            if ferror(handle) != 0 {
                throw EssayError(file: path, message: "reading the file failed", hint: "check that it is a regular, readable file")
            }
            return try SourceFile.decode(path: path, data: data)
        }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
            if count > 0 { data.append(contentsOf: buffer[0..<count]) }
            if count < buffer.count {
                if ferror(handle) != 0 {
                    throw EssayError(file: path, message: "reading the file failed", hint: "check that it is a regular, readable file")
                }
                break
            }
            if data.count > maximumSize {
                throw EssayError(file: path, message: "the file is larger than legit reads (\(maximumSize) bytes)")
            }
        }
        return try SourceFile.decode(path: path, data: data)
    }
}

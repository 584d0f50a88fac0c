#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `open FILE` and `save FILE`: JSON or CSV, chosen by the file name's extension.
public enum DataFile {
  /// The formats a data file can have.
  public enum Format: Sendable {
    case json
    case csv
  }

  /// The format named by `path`'s extension (case-insensitive), or nil for any other name.
  public static func format(of path: String) -> Format? {
    let lowered = path.lowercased()
    if lowered.hasSuffix(".json") { return .json }
    if lowered.hasSuffix(".csv") { return .csv }
    return nil
  }

  /// Reads and parses the file at `path` (relative to the working directory; `~/` is home).
  public static func open(_ path: String) throws(DataFormatError) -> Value {
    guard let format = format(of: path) else { throw .unknownFileType(path, .open) }
    let text = try FileBytes.contents(of: expandingHome(in: path), shownAs: path)
    do {
      switch format {
      case .json: return try Value(jsonText: text)
      case .csv: return try Value(csvText: text)
      }
    } catch {
      throw .malformedFile(path, error)
    }
  }

  /// Renders `value` as JSON or CSV, by `path`'s extension, and writes it with a final newline.
  public static func save(_ value: Value, to path: String) throws(DataFormatError) {
    guard let format = format(of: path) else { throw .unknownFileType(path, .save) }
    let text =
      switch format {
      case .json: value.jsonText()
      case .csv: value.csvText
      }
    let content = text.isEmpty ? "" : text + "\n"
    try FileBytes.store(content, at: expandingHome(in: path), shownAs: path)
  }

  /// `~/x` as the path under the home directory, as a shell would read it.
  static func expandingHome(in path: String) -> String {
    guard path == "~" || path.hasPrefix("~/"), let home = getenv("HOME") else { return path }
    return String(cString: home) + path.dropFirst()
  }
}

/// Whole-file reads and writes with the system's reason on failure, worded for a user.
enum FileBytes {
  static func contents(of path: String, shownAs shown: String) throws(DataFormatError) -> String {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(errno, shown, .open) }
    defer { close(descriptor) }
    var status = stat()
    if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
      throw .fileSystem(shown, .open, reason: "it is a directory")
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw failure(errno, shown, .open) }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    let text = String(decoding: bytes, as: UTF8.self)
    // Decoding replaces bad bytes with U+FFFD; data silently changed that way is worse than an error.
    guard text.utf8.elementsEqual(bytes) else {
      throw .fileSystem(shown, .open, reason: "the file is not UTF-8 text")
    }
    return text
  }

  static func store(_ text: String, at path: String, shownAs shown: String) throws(DataFormatError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw failure(errno, shown, .save) }
    defer { close(descriptor) }
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { throw failure(errno, shown, .save) }
      bytes = bytes.dropFirst(count)
    }
  }

  /// The error for a failed system call, in the words of LANGUAGE.md rather than of libc.
  private static func failure(_ code: Int32, _ path: String, _ operation: FileOperation) -> DataFormatError {
    switch code {
    case ENOENT where operation == .open: return .noSuchFile(path)
    case ENOENT: return .fileSystem(path, operation, reason: "no such directory")
    case EACCES, EPERM: return .fileSystem(path, operation, reason: "permission denied")
    case EISDIR: return .fileSystem(path, operation, reason: "it is a directory")
    default:
      let reason = strerror(code).map { String(cString: $0) } ?? "error \(code)"
      return .fileSystem(path, operation, reason: reason.prefix(1).lowercased() + reason.dropFirst())
    }
  }
}

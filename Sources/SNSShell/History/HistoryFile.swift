import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why the history file cannot be used; the shell then keeps history in memory only.
public struct HistoryFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, naming the path.
  public var description: String
}

/// The file under the history: private to its owner (0600, directories 0700) and written so a
/// crash loses nothing already entered (each entry is appended and synced on its own).
struct HistoryFile {
  let path: String

  /// Creates missing directories (0700) and the file (0600), and tightens an existing file that
  /// others could read: history holds what was typed, which may name customers' numbers.
  func prepare() throws(HistoryFileError) {
    try createDirectories((path as NSString).deletingLastPathComponent)
    let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw failure("cannot open") }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw failure("cannot inspect") }
    if status.st_mode & 0o777 != 0o600, fchmod(descriptor, 0o600) != 0 {
      throw failure("cannot make private (chmod 600)")
    }
  }

  /// The file's text; empty when it does not exist.
  func read() -> String {
    guard let data = FileManager.default.contents(atPath: path) else { return "" }
    return String(decoding: data, as: UTF8.self)
  }

  /// Appends one line and waits until it is on disk.
  func append(_ line: String) throws(HistoryFileError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw failure("cannot open") }
    defer { close(descriptor) }
    try writeAll(line + "\n", to: descriptor)
    _ = fsync(descriptor)
  }

  /// Replaces the contents with `lines`: written to a private temporary file, synced, then
  /// renamed over the old one, so a crash leaves either the old file or the new one.
  func replace(with lines: [String]) throws(HistoryFileError) {
    let temporary = path + ".tmp-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw failure("cannot write") }
    do {
      try writeAll(lines.map { $0 + "\n" }.joined(), to: descriptor)
      _ = fchmod(descriptor, 0o600)
      _ = fsync(descriptor)
      close(descriptor)
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    guard rename(temporary, path) == 0 else {
      unlink(temporary)
      throw failure("cannot replace")
    }
  }

  private func writeAll(_ text: String, to descriptor: Int32) throws(HistoryFileError) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { throw failure("cannot write") }
      bytes = bytes.dropFirst(written)
    }
  }

  /// Creates each missing directory of `directory` with mode 0700.
  private func createDirectories(_ directory: String) throws(HistoryFileError) {
    var isDirectory: ObjCBool = false
    if directory.isEmpty || FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
      guard directory.isEmpty || isDirectory.boolValue else {
        throw HistoryFileError(description: "\(directory) is not a directory")
      }
      return
    }
    try createDirectories((directory as NSString).deletingLastPathComponent)
    if mkdir(directory, 0o700) != 0, errno != EEXIST {
      throw HistoryFileError(
        description: "cannot create directory \(directory): \(String(cString: strerror(errno)))")
    }
  }

  private func failure(_ what: String) -> HistoryFileError {
    HistoryFileError(description: "\(what) history file \(path): \(String(cString: strerror(errno)))")
  }
}

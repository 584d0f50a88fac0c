import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Saves a profile's settings into the config file (`login`), keeping everything else in it:
/// other profiles, comments, and the profile's other keys such as `numbers_url`.
enum ConfigFileWriter {
  /// `text` with `values` set in section `[profile]`: existing keys are replaced in place, new
  /// ones go at the end of the section, and a missing section is added at the end.
  static func updating(_ text: String, profile: String, with values: [(key: String, value: String)]) -> String
  {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    let header = lines.firstIndex { sectionName(of: $0) == profile }
    guard let header else {
      if let last = lines.last, !last.trimmingCharacters(in: .whitespaces).isEmpty { lines.append("") }
      lines.append("[\(profile)]")
      lines += values.map { "\($0.key) = \($0.value)" }
      return lines.joined(separator: "\n") + "\n"
    }
    var end = lines[(header + 1)...].firstIndex { sectionName(of: $0) != nil } ?? lines.count
    // New keys go after the section's last setting, not after the blank lines that end it.
    var insertion = end
    while insertion > header + 1, lines[insertion - 1].trimmingCharacters(in: .whitespaces).isEmpty {
      insertion -= 1
    }
    for (key, value) in values {
      let line = "\(key) = \(value)"
      if let existing = lines[(header + 1)..<end].firstIndex(where: { self.key(of: $0) == key }) {
        lines[existing] = line
      } else {
        lines.insert(line, at: insertion)
        insertion += 1
        end += 1
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Writes `text` to `path` with mode 0600: into a private temporary file beside it, then
  /// renamed over it, so no moment exists where the secret is readable by others or half
  /// written. Missing folders are created with mode 0700.
  static func save(_ text: String, to path: String) throws(ConfigError) {
    let folder = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw ConfigError.unreadable(path: folder, "cannot create the folder: \(error.localizedDescription)")
    }
    let temporary = path + ".tmp-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw failure(path) }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    let synced = fsync(descriptor) == 0
    close(descriptor)
    guard written == bytes.count, synced, rename(temporary, path) == 0 else {
      let error = failure(path)
      unlink(temporary)
      throw error
    }
  }

  private static func failure(_ path: String) -> ConfigError {
    .unreadable(path: path, "cannot write it: \(String(cString: strerror(errno)))")
  }

  /// The name of the section `line` opens, or nil.
  private static func sectionName(of line: String) -> String? {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("["), trimmed.hasSuffix("]"), trimmed.count > 2 else { return nil }
    return trimmed.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
  }

  /// The key `line` sets, or nil for a comment, blank or section line.
  private static func key(of line: String) -> String? {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard !trimmed.hasPrefix("#"), !trimmed.hasPrefix(";"), !trimmed.hasPrefix("["),
      let equals = trimmed.firstIndex(of: "=")
    else { return nil }
    return trimmed[..<equals].trimmingCharacters(in: .whitespaces)
  }
}

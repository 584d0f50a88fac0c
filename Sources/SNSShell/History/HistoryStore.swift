import Foundation

/// The shell's command history: the last `capacity` statements, oldest first, without
/// consecutive duplicates, kept in a private file that survives crashes (see
/// `HistoryFileFormat`). Statements that carry a `secret=` argument are never kept.
public final class HistoryStore {
  /// How many entries a session keeps by default (DESIGN.md §5).
  public static let defaultCapacity = 1000

  /// The file, or nil for a history that lives in memory only.
  public let path: String?
  /// The most entries kept.
  public let capacity: Int
  /// Every entry, oldest first.
  public private(set) var entries: [String] = []
  /// The last failure to write the file, for the shell to mention once; nil while all is well.
  public private(set) var writeFailure: HistoryFileError?

  /// Lines in the file, which grows past `capacity` between rewrites.
  private var linesInFile = 0

  /// Opens (creating it if needed) the history file at `path`, or a memory-only history when
  /// `path` is nil; throws when the file or its directories cannot be created or read.
  public init(path: String?, capacity: Int = HistoryStore.defaultCapacity) throws(HistoryFileError) {
    self.path = path
    self.capacity = max(capacity, 1)
    guard let file = file else { return }
    try file.prepare()
    let loaded = HistoryFileFormat.entries(in: file.read())
    linesInFile = loaded.count
    for entry in loaded where entry != entries.last { entries.append(entry) }
    if entries.count > self.capacity { entries.removeFirst(entries.count - self.capacity) }
    if linesInFile > self.capacity { compact(file) }
  }

  /// `$XDG_STATE_HOME/sns/history`, else `~/.local/state/sns/history`; nil without a home.
  public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String?
  {
    // The XDG spec says relative values are invalid and must be ignored.
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/sns/history"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.local/state/sns/history"
  }

  /// Whether `entry` may be kept at all: not blank, and no `secret=` anywhere in it (a quoted
  /// `"secret="` is refused too: better one line too few in the history than a leaked secret).
  public static func mayRemember(_ entry: String) -> Bool {
    !entry.allSatisfy(\.isWhitespace) && !entry.contains("secret=")
  }

  /// Adds a statement as typed, less trailing blanks (a multi-line statement is one entry) and appends it to the file
  /// at once; false when it is not kept (blank, a secret, or the same as the previous entry).
  @discardableResult
  public func record(_ statement: String) -> Bool {
    var entry = statement
    // Trailing blanks (often left by Tab completion) would defeat the duplicate check.
    while entry.last?.isWhitespace == true { entry.removeLast() }
    guard Self.mayRemember(entry), entry != entries.last else { return false }
    entries.append(entry)
    if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
    guard let file else { return true }
    do {
      try file.append(HistoryFileFormat.encode(entry))
      linesInFile += 1
      writeFailure = nil
    } catch {
      writeFailure = error
    }
    if linesInFile >= 2 * capacity { compact(file) }
    return true
  }

  /// The last `count` entries, oldest first; every entry when `count` is nil (`history [N]`).
  public func entries(last count: Int?) -> [String] {
    guard let count else { return entries }
    return Array(entries.suffix(max(count, 0)))
  }

  private var file: HistoryFile? { path.map(HistoryFile.init) }

  /// Rewrites the file with the entries kept, so it never grows without bound.
  private func compact(_ file: HistoryFile) {
    do {
      try file.replace(with: entries.map(HistoryFileFormat.encode))
      linesInFile = entries.count
    } catch {
      writeFailure = error
    }
  }
}

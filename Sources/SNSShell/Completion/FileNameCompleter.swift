import Foundation

/// Completes file names after `source`, `open` and `save`, relative to the working directory.
public struct FileNameCompleter {
  /// The directory relative names are resolved against.
  public var currentDirectory: () -> String
  /// What `~` stands for; nil leaves `~` alone.
  public var homeDirectory: () -> String?

  /// Creates a completer; the defaults read the process's working directory and `$HOME`.
  public init(
    currentDirectory: @escaping () -> String = { FileManager.default.currentDirectoryPath },
    homeDirectory: @escaping () -> String? = { ProcessInfo.processInfo.environment["HOME"] }
  ) {
    self.currentDirectory = currentDirectory
    self.homeDirectory = homeDirectory
  }

  /// The names in the directory part of `typed` that start with its last component, directories
  /// with a trailing `/`, and how many scalars of `typed` (its directory part) they do not replace.
  func complete(_ typed: String) -> (keptPrefix: Int, names: [String]) {
    if typed == "~" { return (0, homeDirectory() == nil ? [] : ["~/"]) }
    let slash = typed.lastIndex(of: "/")
    let directoryPart = slash.map { String(typed[...$0]) } ?? ""
    let namePrefix = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
    guard let directory = resolve(directoryPart) else { return (0, []) }
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    let names = entries.filter { name in
      // Hidden files only when asked for, as shells do.
      name.hasPrefix(namePrefix) && (namePrefix.hasPrefix(".") || !name.hasPrefix("."))
    }.map { name in
      isDirectory((directory as NSString).appendingPathComponent(name)) ? name + "/" : name
    }
    return (directoryPart.unicodeScalars.count, names.sorted())
  }

  /// The directory `part` (as typed, ending in `/` or empty) names on disk.
  private func resolve(_ part: String) -> String? {
    var path = part
    if path.hasPrefix("~/") {
      guard let home = homeDirectory() else { return nil }
      path = home + path.dropFirst()
    }
    if path.isEmpty { return currentDirectory() }
    if path.hasPrefix("/") { return path }
    return (currentDirectory() as NSString).appendingPathComponent(path)
  }

  private func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }
}

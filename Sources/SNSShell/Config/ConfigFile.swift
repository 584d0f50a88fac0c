import Foundation

/// The profiles of `~/.config/sns/config`: one INI section per profile.
public struct ConfigFile: Equatable, Sendable {
  /// One profile's settings.
  public struct Profile: Equatable, Sendable {
    public var name: String
    public var values: [String: String]

    public var project: String? { values["project"] }
    public var keyId: String? { values["key_id"] }
    public var keySecret: String? { values["key_secret"] }
    public var numbersURL: String? { values["numbers_url"] }
    public var authURL: String? { values["auth_url"] }
    public var auth: String? { values["auth"] }
  }

  /// Profiles in file order.
  public var profiles: [Profile]

  public init(profiles: [Profile] = []) { self.profiles = profiles }

  /// The profile called `name`.
  public func profile(_ name: String) -> Profile? { profiles.first { $0.name == name } }

  /// Parses INI text; `path` names the file in errors.
  public static func parse(_ text: String, path: String) throws(ConfigError) -> ConfigFile {
    var profiles: [Profile] = []
    for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      let number = offset + 1
      if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
      if line.hasPrefix("[") {
        guard line.hasSuffix("]"), line.count > 2 else {
          throw ConfigError.malformed(path: path, line: number, "a section is written [name]")
        }
        let name = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
        profiles.append(Profile(name: name, values: [:]))
        continue
      }
      guard let equals = line.firstIndex(of: "=") else {
        throw ConfigError.malformed(path: path, line: number, "expected key = value")
      }
      guard !profiles.isEmpty else {
        throw ConfigError.malformed(path: path, line: number, "a setting before any [profile]")
      }
      let key = line[..<equals].trimmingCharacters(in: .whitespaces)
      var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      if value.count >= 2, value.first == "\"", value.last == "\"" {
        value = String(value.dropFirst().dropLast())
      }
      profiles[profiles.count - 1].values[key] = value
    }
    return ConfigFile(profiles: profiles)
  }

  /// Reads the file at `path`, refusing one that others can read; nil when there is none.
  public static func load(path: String) throws(ConfigError) -> ConfigFile? {
    var info = stat()
    guard stat(path, &info) == 0 else {
      if errno == ENOENT { return nil }
      throw ConfigError.unreadable(path: path, String(cString: strerror(errno)))
    }
    if info.st_mode & S_IFMT == S_IFDIR {
      throw ConfigError.unreadable(path: path, "it is a directory")
    }
    if info.st_mode & 0o077 != 0 {
      throw ConfigError.tooOpen(path: path, mode: Int(info.st_mode & 0o777))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ConfigError.unreadable(path: path, "permission denied")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ConfigError.malformed(path: path, line: 1, "the file is not UTF-8 text")
    }
    return try parse(text, path: path)
  }

  /// `$XDG_CONFIG_HOME/sns/config`, else `~/.config/sns/config`.
  public static func defaultPath(environment: [String: String]) -> String {
    if let base = environment["XDG_CONFIG_HOME"], !base.isEmpty { return base + "/sns/config" }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.config/sns/config"
  }
}

/// Why the config file cannot be used.
public enum ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
  case tooOpen(path: String, mode: Int)
  case unreadable(path: String, String)
  case malformed(path: String, line: Int, String)
  case unknownProfile(String, path: String)
  case incompleteProfile(String, missing: [String])
  case badValue(String)

  public var description: String {
    switch self {
    case .tooOpen(let path, let mode):
      "config file \(path) can be read by other users (mode \(String(mode, radix: 8))); "
        + "it holds secrets: run `chmod 600 \(path)`"
    case .unreadable(let path, let reason): "cannot read config file \(path): \(reason)"
    case .malformed(let path, let line, let reason): "\(path):\(line): \(reason)"
    case .unknownProfile(let name, let path):
      "no profile '\(name)' in \(path) (add a [\(name)] section, or run `login \(name)`)"
    case .incompleteProfile(let name, let missing):
      "profile '\(name)' lacks \(missing.joined(separator: ", "))"
    case .badValue(let message): message
    }
  }
}

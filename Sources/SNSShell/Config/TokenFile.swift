import Foundation
import SinchNumbers

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// OAuth tokens kept between runs in `$XDG_CACHE_HOME/sns/tokens` (else `~/.cache/sns/tokens`),
/// one per token endpoint and key id, so `sns -c 'ls'` run twice buys one token. The file is
/// private like the config (0600 in a 0700 folder, written by rename); one that others could
/// read, or that does not parse, is ignored and replaced. Never the key secret: only the token,
/// which expires on its own (an hour, live).
struct TokenFile: TokenStorage {
  let path: String
  /// `TOKEN_URL KEY_ID`: which key the token belongs to.
  let scope: String

  init(environment: [String: String], tokenURL: URL, keyId: String) {
    let base =
      environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.cache"
    path = base + "/sns/tokens"
    scope = "\(tokenURL.absoluteString) \(keyId)"
  }

  private struct Contents: Codable {
    var tokens: [String: StoredToken] = [:]
  }

  func load() -> StoredToken? { read().tokens[scope] }

  func save(_ token: StoredToken) {
    update { $0.tokens[scope] = token }
  }

  func forget() {
    update { $0.tokens[scope] = nil }
  }

  /// Changes the file, dropping expired tokens of every key on the way. Failing to write only
  /// costs the next run a token request, so errors are not reported.
  private func update(_ change: (inout Contents) -> Void) {
    var contents = read()
    change(&contents)
    let now = Date()
    contents.tokens = contents.tokens.filter { $0.value.expiresAt > now }
    guard let data = try? JSONEncoder().encode(contents) else { return }
    try? ConfigFileWriter.save(String(decoding: data, as: UTF8.self), to: path)
  }

  /// What the file holds, or nothing when it is missing, open to others, or not ours.
  private func read() -> Contents {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_mode & 0o077 == 0,
      info.st_uid == getuid(), let data = FileManager.default.contents(atPath: path),
      let contents = try? JSONDecoder().decode(Contents.self, from: data)
    else { return Contents() }
    return contents
  }
}

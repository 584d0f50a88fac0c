import Foundation

/// Keeps an access token between runs, so a one-shot command makes one request instead of two.
/// The client never learns where; the shell stores it in a private file (`TokenFile`).
public protocol TokenStorage: Sendable {
  /// The token saved earlier, if any (expired ones included; the cache checks).
  func load() -> StoredToken?
  /// Saves `token`, replacing any other.
  func save(_ token: StoredToken)
  /// Forgets the saved token (the server refused it).
  func forget()
}

/// A token as storage keeps it.
public struct StoredToken: Codable, Sendable, Hashable {
  public var value: String
  public var expiresAt: Date
  /// How long it was valid when bought; sets how early it is renewed.
  public var lifetime: TimeInterval

  public init(value: String, expiresAt: Date, lifetime: TimeInterval) {
    self.value = value
    self.expiresAt = expiresAt
    self.lifetime = lifetime
  }
}

import Foundation

/// A bearer token and when it stops being valid.
public struct AccessToken: Sendable, Hashable {
  public let value: String
  public let expiresAt: Date

  public init(value: String, expiresAt: Date) {
    self.value = value
    self.expiresAt = expiresAt
  }
}

/// Holds one OAuth2 token for a whole process: refreshes it shortly before it expires, and
/// makes concurrent callers share a single refresh instead of each buying a token. With a
/// `TokenStorage`, a token bought by an earlier run is used until it is due for renewal.
public actor TokenCache {
  /// Fetches a new token; called at most once at a time.
  public typealias Fetch = @Sendable () async throws -> (token: String, lifetime: TimeInterval)

  private let fetch: Fetch
  private let storage: (any TokenStorage)?
  private var loadedFromStorage = false
  private let now: @Sendable () -> Date
  private var current: (token: AccessToken, lifetime: TimeInterval)?
  private var refresh: Task<AccessToken, Error>?
  /// How many tokens have been fetched (for tests and traces).
  public private(set) var fetchCount = 0

  public init(
    storage: (any TokenStorage)? = nil, now: @escaping @Sendable () -> Date = Date.init,
    fetch: @escaping Fetch
  ) {
    self.fetch = fetch
    self.storage = storage
    self.now = now
  }

  /// A token valid for at least a little while, fetching one only when needed.
  public func token() async throws -> AccessToken {
    if current == nil, !loadedFromStorage, let stored = storage?.load() {
      loadedFromStorage = true
      current = (AccessToken(value: stored.value, expiresAt: stored.expiresAt), stored.lifetime)
    }
    if let current, now() < current.token.expiresAt.addingTimeInterval(-margin(current.lifetime)) {
      return current.token
    }
    return try await refreshed()
  }

  /// Forgets `token` after the server called it expired; the next call fetches another,
  /// unless a concurrent caller already replaced it.
  public func invalidate(_ token: AccessToken) {
    if current?.token == token {
      current = nil
      storage?.forget()
    }
  }

  private func refreshed() async throws -> AccessToken {
    if let refresh { return try await refresh.value }
    let fetch = self.fetch
    let now = self.now
    let task = Task { () throws -> (AccessToken, TimeInterval) in
      let started = now()
      let (value, lifetime) = try await fetch()
      return (AccessToken(value: value, expiresAt: started.addingTimeInterval(lifetime)), lifetime)
    }
    refresh = Task { try await task.value.0 }
    defer { refresh = nil }
    do {
      let (token, lifetime) = try await task.value
      current = (token, lifetime)
      fetchCount += 1
      storage?.save(StoredToken(value: token.value, expiresAt: token.expiresAt, lifetime: lifetime))
      return token
    } catch {
      current = nil
      throw error
    }
  }

  /// Refresh a minute early for long-lived tokens, a tenth of the lifetime for short ones.
  private func margin(_ lifetime: TimeInterval) -> TimeInterval {
    min(60, lifetime / 10)
  }
}

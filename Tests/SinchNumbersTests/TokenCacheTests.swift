import Foundation
import SinchNumbers
import Testing

/// `TokenCache` with a `TokenStorage`: a token from an earlier run is used while it is good.
@Suite("Token cache and storage")
struct TokenCacheTests {
  final class MemoryStorage: TokenStorage, @unchecked Sendable {
    private let lock = NSLock()
    private var token: StoredToken?
    init(_ token: StoredToken? = nil) { self.token = token }
    var saved: StoredToken? { lock.withLock { token } }
    func load() -> StoredToken? { lock.withLock { token } }
    func save(_ token: StoredToken) { lock.withLock { self.token = token } }
    func forget() { lock.withLock { token = nil } }
  }

  @Test func aStoredTokenStillGoodIsUsedWithoutBuyingOne() async throws {
    let storage = MemoryStorage(StoredToken(value: "old", expiresAt: Date() + 3000, lifetime: 3600))
    let cache = TokenCache(storage: storage) { ("new", 3600) }
    #expect(try await cache.token().value == "old")
    #expect(await cache.fetchCount == 0)
  }

  @Test func aStoredTokenDueForRenewalIsReplacedAndTheNewOneSaved() async throws {
    // 30 s left of 3600: inside the one-minute renewal margin.
    let storage = MemoryStorage(StoredToken(value: "old", expiresAt: Date() + 30, lifetime: 3600))
    let cache = TokenCache(storage: storage) { ("new", 3600) }
    #expect(try await cache.token().value == "new")
    #expect(await cache.fetchCount == 1)
    #expect(storage.saved?.value == "new")
    #expect(storage.saved?.lifetime == 3600)
  }

  @Test func aRefusedTokenIsForgottenByTheStorageToo() async throws {
    let storage = MemoryStorage(StoredToken(value: "old", expiresAt: Date() + 3000, lifetime: 3600))
    let cache = TokenCache(storage: storage) { ("new", 3600) }
    let token = try await cache.token()
    await cache.invalidate(token)
    #expect(storage.saved == nil)
    #expect(try await cache.token().value == "new")
    #expect(storage.saved?.value == "new")
  }
}

import Foundation
import NumbersEmulator
import SinchNumbers
import Testing

/// The client under the conditions the live service produces: expiring tokens, rate limits,
/// server errors, long lists and many requests at once.
@Suite("HTTP client resilience")
struct ClientResilienceTests {
  @Test("a token that expires mid-run is renewed and no request fails")
  func tokenExpiresMidRun() async throws {
    let emulator = try RunningEmulator.start { $0.tokenLifetime = 1 }
    defer { Task { await emulator.stop() } }
    let client = try emulator.client()
    let number = try PhoneNumber("+12086390939")
    // 30 updates 100 ms apart span at least three 1-second token lifetimes, however slow the
    // machine; every one must succeed.
    for request in 0..<30 {
      let updated = try await client.updateActiveNumber(
        number, ActiveNumberUpdate(displayName: "n\(request)"))
      #expect(updated.displayName == "n\(request)")
      try await Task.sleep(nanoseconds: 100_000_000)
    }
    #expect(await client.tokensFetched >= 3)
  }

  @Test("a token the server calls expired is replaced once and the request repeated")
  func expiredTokenAnswerIsRenewed() async throws {
    // The client thinks its 1-second token is good for ~0.9 s; the emulator's clock is the
    // judge. Sleeping past the lifetime forces the server-side 401 path at least sometimes;
    // either way every call must succeed.
    let emulator = try RunningEmulator.start { $0.tokenLifetime = 1 }
    defer { Task { await emulator.stop() } }
    let client = try emulator.client()
    for _ in 0..<3 {
      _ = try await client.listActiveNumbers(ActiveNumberQuery(pageSize: 1))
      try await Task.sleep(nanoseconds: 1_050_000_000)
    }
    #expect(emulator.server.statistics.responsesByStatus[500, default: 0] == 0)
  }

  @Test("reads and updates survive 30% injected 429 and 503 answers")
  func retriesUnderInjectedFailures() async throws {
    let emulator = try RunningEmulator.start {
      $0.failureRate = 0.3
      $0.failureStatuses = [429, 503]
    }
    defer { Task { await emulator.stop() } }
    let log = TraceLog()
    let client = try emulator.client(trace: log.hook)
    let numbers = try await client.listActiveNumbers(ActiveNumberQuery()).activeNumbers
    for (index, record) in numbers.enumerated() {
      let number = try PhoneNumber(try #require(record.phoneNumber))
      let updated = try await client.updateActiveNumber(number, .init(displayName: "R\(index)"))
      #expect(updated.displayName == "R\(index)")
    }
    #expect(emulator.server.statistics.failuresInjected > 0)
    #expect(log.events.contains { $0.attempt > 1 })
    #expect(emulator.server.statistics.mutations(.updateActiveNumber) == numbers.count)
  }

  @Test("a release answered with 503 is verified by a read and applied exactly once")
  func releaseIsNeverBlindlyRepeated() async throws {
    let emulator = try RunningEmulator.start {
      $0.failureRate = 0.5
      $0.failureStatuses = [503]
    }
    defer { Task { await emulator.stop() } }
    let client = try emulator.client(retryPolicy: RetryPolicy(maxAttempts: 12, baseDelay: 0.001))
    let numbers = ["+12086390939", "+12092224786"]
    for text in numbers {
      let released = try await client.releaseNumber(try PhoneNumber(text))
      #expect(released.phoneNumber == text)
    }
    let statistics = emulator.server.statistics
    #expect(statistics.mutations(.releaseNumber) == numbers.count)
    #expect(statistics.calls(.getActiveNumber) > 0, "a 503 on release must be checked by a read")
  }

  @Test("paging walks 2,500 numbers lazily, one page per request")
  func pagingOverThousands() async throws {
    let emulator = try RunningEmulator.start(syntheticNumbers: 2_500)
    defer { Task { await emulator.stop() } }
    let client = try emulator.client()
    let total = try await client.listActiveNumbers(ActiveNumberQuery(pageSize: 1)).totalSize ?? 0
    #expect(total >= 2_500)

    var seen = Set<String>()
    var previous = ""
    for try await number in ActiveNumberSequence(api: client, query: ActiveNumberQuery(pageSize: 200)) {
      let text = number.phoneNumber ?? ""
      #expect(text > previous, "ordered by phone number")
      previous = text
      seen.insert(text)
    }
    #expect(seen.count == total)

    let before = emulator.server.statistics.calls(.listActiveNumbers)
    var iterator = ActiveNumberSequence(api: client, query: ActiveNumberQuery(pageSize: 100))
      .makeAsyncIterator()
    for _ in 0..<3 { _ = try await iterator.next() }
    #expect(emulator.server.statistics.calls(.listActiveNumbers) == before + 1)
  }

  @Test("16 requests at once share kept-alive connections and all succeed")
  func sixteenConcurrentRequests() async throws {
    let emulator = try RunningEmulator.start { $0.latencyMilliseconds = 5 }
    defer { Task { await emulator.stop() } }
    let client = try emulator.client()
    _ = try await client.listActiveNumbers(ActiveNumberQuery(pageSize: 1))
    let results = try await withThrowingTaskGroup(of: Int.self) { group in
      for _ in 0..<16 {
        group.addTask {
          var served = 0
          for _ in 0..<10 {
            served += try await client.listActiveNumbers(ActiveNumberQuery(pageSize: 2)).activeNumbers.count
          }
          return served
        }
      }
      return try await group.reduce(into: [Int]()) { $0.append($1) }
    }
    #expect(results.count == 16 && results.allSatisfy { $0 == 20 })
    let statistics = emulator.server.statistics
    // libcurl inside URLSession recycles some connections under load; 161 requests over far
    // fewer connections still shows they are kept alive and reused.
    #expect(statistics.connectionsAccepted <= 48, "connections are kept alive and reused")
  }
}

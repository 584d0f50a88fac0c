import Foundation
import NumbersEmulator
import SinchNumbers
import Testing

/// `--fail-rate`: injected failures come before any state is touched, in the live error format,
/// and the same seed fails the same requests.
@Suite("Fault injection")
struct FaultInjectionTests {
  /// The statuses of `count` sequential requests on one connection to a fresh server.
  private func statuses(seed: UInt64, count: Int = 40) async throws -> (
    [Int], EmulatorStatistics, [RawHTTPResponse]
  ) {
    var result: ([Int], EmulatorStatistics, [RawHTTPResponse]) = ([], EmulatorStatistics(), [])
    try await withServer {
      $0.failureRate = 0.5
      $0.failureStatuses = [429, 500, 503]
      $0.seed = seed
    } _: { server, port in
      let responses = try await onThread {
        let connection = try RawHTTPConnection(port: port)
        return (0..<count).compactMap { _ in
          connection.exchange(request("GET", "\(projectPath)/callbackConfiguration"))
        }
      }
      result = (responses.map(\.status), server.statistics, responses)
    }
    return result
  }

  @Test func failsTheSameRequestsForTheSameSeed() async throws {
    let (first, statistics, responses) = try await statuses(seed: 7)
    let (second, _, _) = try await statuses(seed: 7)
    let (other, _, _) = try await statuses(seed: 8)
    #expect(first.count == 40)
    #expect(first == second)
    #expect(first != other)
    let failures = first.filter { $0 != 200 }
    #expect(!failures.isEmpty && failures.count < 40)
    #expect(Set(failures).isSubset(of: [429, 500, 503]))
    #expect(statistics.failuresInjected == failures.count)
    #expect(statistics.calls(.getCallbackConfiguration) == 40 - failures.count)
    for response in responses where response.status != 200 {
      let expected = [429: "RESOURCE_EXHAUSTED", 500: "INTERNAL", 503: "UNAVAILABLE"][response.status]
      #expect(response.errorStatus == expected)
      #expect(response.errorCode == response.status)
      if response.status == 429 { #expect(response.headers["retry-after"] == "0") }
    }
  }

  @Test func injectsFailuresBeforeTouchingState() async throws {
    let sandbox = try Sandbox()
    try await withServer(sandbox: sandbox) {
      $0.failureRate = 0.5
      $0.seed = 3
    } _: { server, port in
      let statuses = try await onThread {
        let connection = try RawHTTPConnection(port: port)
        return (0..<30).compactMap { index in
          connection.exchange(
            request(
              "PATCH", "\(projectPath)/activeNumbers/+12086390939", body: "{\"displayName\":\"n\(index)\"}")
          )?.status
        }
      }
      let successes = statuses.filter { $0 == 200 }.count
      #expect(statuses.count == 30)
      #expect(successes > 0 && successes < 30)
      #expect(server.statistics.mutations(.updateActiveNumber) == successes)
      #expect(server.statistics.failuresInjected == 30 - successes)
      #expect(await sandbox.statistics().applied(.updateActiveNumber) == successes)
    }
  }

  @Test func usesTheConfiguredRetryAfter() async throws {
    try await withServer {
      $0.failureRate = 1
      $0.failureStatuses = [429]
      $0.retryAfterSeconds = 2
    } _: { _, port in
      let response = try await exchange(port: port, request("GET", "\(projectPath)/activeNumbers"))
      #expect(response?.status == 429)
      #expect(response?.headers["retry-after"] == "2")
      let token = try await exchange(
        port: port, request("POST", "/oauth2/token", body: "grant_type=client_credentials"))
      #expect(token?.status == 200, "the token endpoint is not a Numbers call")
    }
  }

  @Test func delaysNumbersResponsesByTheLatency() async throws {
    try await withServer {
      $0.latencyMilliseconds = 150
    } _: { _, port in
      let clock = ContinuousClock()
      let start = clock.now
      let response = try await exchange(port: port, request("GET", "\(projectPath)/callbackConfiguration"))
      #expect(response?.status == 200)
      #expect(clock.now - start >= .milliseconds(150))
    }
  }
}

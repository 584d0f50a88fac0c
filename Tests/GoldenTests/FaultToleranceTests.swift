import Foundation
import NumbersEmulator
import SinchNumbers
import Testing

/// The binary against an emulator that misbehaves on purpose: rate limits and server errors,
/// tokens that expire every second, answers lost after the change was made, and Ctrl-C in the
/// middle of a bulk change. Each test checks the project's state in the emulator afterwards,
/// not only what sns printed.
@Suite("Faults, through the sns binary")
struct FaultToleranceTests {
  @Test("300 renames with each -j 8 survive 20% injected 429, 500 and 503 answers")
  func bulkRenameUnderInjectedFailures() async throws {
    let emulator = try FaultyEmulator(syntheticNumbers: 300) {
      $0.failureRate = 0.2
      $0.failureStatuses = [429, 500, 503]
    }
    defer { Task { await emulator.stop() } }
    let result = try await emulator.runSNS(
      #"ls | first 300 | each -j 8 { set $it.phoneNumber name="bulk-renamed" } | count"#)

    #expect(result.status == 0, "stderr: \(result.stderr.prefix(2000))")
    #expect(result.stdout.hasSuffix("300\n"))
    let statistics = emulator.server.statistics
    #expect(statistics.failuresInjected >= 30, "about a fifth of 300+ requests fail on purpose")
    #expect(statistics.mutations(.updateActiveNumber) == 300, "each rename applied exactly once")
    let names = try await emulator.displayNames()
    #expect(names.values.filter { $0 == "bulk-renamed" }.count == 300)
  }

  @Test("400 updates in a row succeed while tokens expire every second")
  func manyUpdatesWithShortLivedTokens() async throws {
    // 5 ms of latency per update makes the run last at least 2 s, so tokens must be renewed.
    let emulator = try FaultyEmulator {
      $0.tokenLifetime = 1
      $0.latencyMilliseconds = 5
    }
    defer { Task { await emulator.stop() } }
    let result = try await emulator.runSNS(
      #"for i in 1..400 { set +12086390939 name="update $i" }"#, extra: ["--quiet"])

    #expect(result.status == 0, "stderr: \(result.stderr.prefix(2000))")
    let statistics = emulator.server.statistics
    #expect(statistics.mutations(.updateActiveNumber) == 400)
    #expect(statistics.tokensIssued >= 2, "the 1-second token was renewed")
    #expect(statistics.responsesByStatus[401, default: 0] <= 2, "tokens are renewed before expiry")
    #expect(try await emulator.displayNames()["+12086390939"] == "update 400")
  }

  @Test("a release whose answer is lost is checked by a read, reported as done, sent once")
  func releaseWithLostAnswer() async throws {
    let emulator = try FaultyEmulator {
      $0.cutAfterApplyRate = 1
      $0.cutOperations = [.releaseNumber]
    }
    defer { Task { await emulator.stop() } }
    let result = try await emulator.runSNS("release +12086390939 +12092224786 -j 1 --yes")

    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout == "released +12086390939\nreleased +12092224786\n")
    #expect(result.stderr.contains("the answer to the release of +12086390939 was lost"))
    #expect(result.stderr.contains("reading it back shows it was released"))
    let statistics = emulator.server.statistics
    #expect(statistics.connectionsCut == 2)
    #expect(statistics.calls(.releaseNumber) == 2, "never sent a second time")
    #expect(statistics.mutations(.releaseNumber) == 2)
    let names = try await emulator.displayNames()
    #expect(names["+12086390939"] == nil && names["+12092224786"] == nil)
  }

  @Test("Ctrl-C in a bulk rename: no new request, those in flight finish, the report is true")
  func interruptedBulkRename() async throws {
    let emulator = try FaultyEmulator(syntheticNumbers: 60) { $0.latencyMilliseconds = 200 }
    defer { Task { await emulator.stop() } }
    let running = try emulator.startSNS(
      #"ls | first 60 | each -j 4 { set $it.phoneNumber name="interrupted-run" }"#)
    // Ctrl-C once 8 renames have been applied; the other 52, 4 at a time, take 2.6 s more. The
    // watch runs on a thread of its own, so a busy test process cannot make it late.
    let server = emulator.server
    running.interrupt { server.statistics.mutations(.updateActiveNumber) >= 8 }
    let result = try await running.wait()

    #expect(result.status == 130)
    let report = try #require(result.stderr.split(separator: "\n").first { $0.hasPrefix("interrupted:") })
    let updated = Self.numbers(after: "  updated: ", in: result.stderr)
    let notChanged = Self.numbers(after: "  not changed: ", in: result.stderr)
    #expect(report == "interrupted: \(updated.count) numbers changed, \(notChanged.count) not changed")
    #expect(updated.count >= 8 && updated.count < 60)
    #expect(updated.count + notChanged.count == 60, "every number is accounted for")
    #expect(updated.isDisjoint(with: notChanged))

    // The report is the truth: exactly the numbers it calls updated carry the new name, and
    // nothing was sent after the run stopped.
    let names = try await emulator.displayNames()
    let renamed = Set(names.filter { $0.value == "interrupted-run" }.keys)
    #expect(renamed == updated)
    #expect(emulator.server.statistics.mutations(.updateActiveNumber) == updated.count)
    // Each change's summary was printed as it completed.
    #expect(result.stdout.split(separator: "\n").count == updated.count)
  }

  /// The numbers listed on the line of `text` that starts with `prefix`.
  static func numbers(after prefix: String, in text: String) -> Set<String> {
    guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) else { return [] }
    return Set(line.dropFirst(prefix.count).split(separator: ", ").map(String.init))
  }
}

/// An emulator with a key, serving a Sandbox this test can inspect, and sns pointed at it.
struct FaultyEmulator {
  let sandbox: Sandbox
  let server: EmulatorServer
  let origin: String

  init(syntheticNumbers: Int = 0, adjust: (inout EmulatorConfiguration) -> Void) throws {
    sandbox = try Sandbox(options: SandboxOptions(syntheticNumbers: syntheticNumbers, randomSeed: 3))
    server = EmulatorServer(api: sandbox)
    var configuration = EmulatorConfiguration()
    configuration.credentials = EmulatorCredentials(keyId: "faults", keySecret: "faults-secret")
    configuration.seed = 5
    adjust(&configuration)
    origin = "http://127.0.0.1:\(try server.start(configuration))"
  }

  private var environment: [String: String] {
    ["SINCH_PROJECT_ID": sandbox.projectId, "SINCH_KEY_ID": "faults", "SINCH_KEY_SECRET": "faults-secret"]
  }

  func runSNS(_ script: String, extra: [String] = []) async throws -> SNSProcess.Result {
    try await SNSProcess.run(
      arguments: ["--api", origin] + extra + ["-c", script],
      directory: FileManager.default.temporaryDirectory,
      environment: environment, timeout: 300)
  }

  func startSNS(_ script: String) throws -> SNSProcess.Running {
    try SNSProcess.start(
      arguments: ["--api", origin, "-c", script], directory: FileManager.default.temporaryDirectory,
      environment: environment)
  }

  /// Every active number's display name ("" when unnamed), read straight from the Sandbox.
  func displayNames() async throws -> [String: String] {
    var names: [String: String] = [:]
    for try await number in ActiveNumberSequence(api: sandbox, query: ActiveNumberQuery(pageSize: 1000)) {
      if let phone = number.phoneNumber { names[phone] = number.displayName ?? "" }
    }
    return names
  }

  func stop() async { await server.stop() }
}

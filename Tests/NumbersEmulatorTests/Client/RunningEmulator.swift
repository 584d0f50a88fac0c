import Foundation
import NumbersEmulator
import SinchNumbers

/// An emulator on a loopback port and an `HTTPNumbersClient` pointed at it, for tests that
/// exercise the real HTTP stack end to end.
struct RunningEmulator {
  static let keyId = "test-key"
  static let keySecret = "test-secret-0123456789"

  let server: EmulatorServer
  let port: Int
  let projectId: String

  /// Starts a Sandbox-backed emulator with a key; `adjust` sets faults, token lifetime, etc.
  static func start(
    syntheticNumbers: Int = 0, adjust: (inout EmulatorConfiguration) -> Void = { _ in }
  ) throws -> RunningEmulator {
    let sandbox = try Sandbox(options: SandboxOptions(syntheticNumbers: syntheticNumbers, randomSeed: 7))
    var configuration = EmulatorConfiguration()
    configuration.credentials = EmulatorCredentials(keyId: keyId, keySecret: keySecret)
    configuration.seed = 11
    adjust(&configuration)
    let server = EmulatorServer(api: sandbox)
    let port = try server.start(configuration)
    return RunningEmulator(server: server, port: port, projectId: sandbox.projectId)
  }

  var origin: URL { URL(string: "http://127.0.0.1:\(port)")! }

  /// A client for this emulator; OAuth unless told otherwise.
  func client(
    auth: AuthMethod = .oauth, secret: String = RunningEmulator.keySecret,
    retryPolicy: RetryPolicy = RetryPolicy(baseDelay: 0.01, maxDelay: 0.1),
    trace: TraceHook? = nil
  ) throws -> HTTPNumbersClient {
    try HTTPNumbersClient(
      configuration: ClientConfiguration(
        projectId: projectId, credentials: Credentials(keyId: Self.keyId, keySecret: secret),
        authMethod: auth, numbersURL: origin, authURL: origin, retryPolicy: retryPolicy,
        timeout: 10, trace: trace))
  }

  func stop() async { await server.stop() }
}

/// Collects trace events from concurrent requests.
final class TraceLog: Sendable {
  private let lock = NSLock()
  nonisolated(unsafe) private var storage: [TraceEvent] = []

  var hook: TraceHook { { [self] event in lock.withLock { storage.append(event) } } }
  var events: [TraceEvent] { lock.withLock { storage } }
}

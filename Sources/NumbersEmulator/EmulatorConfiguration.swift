/// How an `EmulatorServer` listens and behaves.
public struct EmulatorConfiguration: Sendable {
  /// The address to bind: loopback unless asked otherwise.
  public var host: String = "127.0.0.1"
  /// The port to bind; 0 picks a free one.
  public var port: UInt16 = 0
  /// The project served; nil serves the API's own project.
  public var projectId: String?
  /// The key every Numbers call must present; nil disables authentication.
  public var credentials: EmulatorCredentials?
  /// How long access tokens from `/oauth2/token` last, in seconds.
  public var tokenLifetime: Int = 3600
  /// A delay added before each Numbers response is sent (after the operation has run, so a
  /// client that times out still finds the change made).
  public var latencyMilliseconds: Int = 0
  /// The share of Numbers requests, 0...1, answered with an injected failure.
  public var failureRate: Double = 0
  /// The statuses injected failures use, picked at random.
  public var failureStatuses: [Int] = [429, 503]
  /// The `Retry-After` seconds sent with injected 429 and 503 answers; 0 keeps tests fast.
  public var retryAfterSeconds: Int = 0
  /// The share of successful changes, 0...1, whose connection is closed after the change is
  /// applied and before any answer is written: the lost response a client cannot tell from a lost
  /// request. Only the operations in `cutOperations` are cut.
  public var cutAfterApplyRate: Double = 0
  /// The operations `cutAfterApplyRate` applies to; every mutating one unless narrowed.
  public var cutOperations: Set<EmulatorOperation> = Set(EmulatorOperation.allCases.filter(\.isMutation))
  /// Seeds the failure injection, so a run can be repeated exactly.
  public var seed: UInt64 = 0
  /// How long a connection may sit idle (or half-sent) before it is closed, in seconds.
  public var readTimeout: Double = 30
  /// Connections served at once; more are answered 503 and closed.
  public var maxConnections: Int = 512
  /// Size limits of requests.
  public var limits = HTTPLimits()
  /// Receives one line per request (`METHOD target -> status`) when set.
  public var trace: (@Sendable (String) -> Void)?

  public init() {}
}

/// An access key: the key id and secret that Basic auth and the token endpoint accept.
public struct EmulatorCredentials: Hashable, Sendable {
  public var keyId: String
  public var keySecret: String

  public init(keyId: String, keySecret: String) {
    self.keyId = keyId
    self.keySecret = keySecret
  }
}

/// Why the emulator could not start.
public enum EmulatorError: Error, Hashable, Sendable, CustomStringConvertible {
  case cannotListen(host: String, port: UInt16, reason: String)
  case alreadyRunning

  public var description: String {
    switch self {
    case .cannotListen(let host, let port, let reason): "cannot listen on \(host):\(port): \(reason)"
    case .alreadyRunning: "the emulator is already running"
    }
  }
}

/// The Numbers operations the emulator serves, plus the token endpoint.
public enum EmulatorOperation: String, CaseIterable, Hashable, Sendable {
  case listActiveNumbers
  case getActiveNumber
  case updateActiveNumber
  case releaseNumber
  case searchAvailableNumbers
  case getAvailableNumber
  case rentNumber
  case rentAnyNumber
  case listAvailableRegions
  case getCallbackConfiguration
  case updateCallbackConfiguration

  /// Whether a success changes the project's state.
  public var isMutation: Bool {
    switch self {
    case .updateActiveNumber, .releaseNumber, .rentNumber, .rentAnyNumber,
      .updateCallbackConfiguration:
      true
    default: false
    }
  }
}

/// What the server has done since it was created; tests assert "exactly once" with these.
public struct EmulatorStatistics: Hashable, Sendable {
  /// Connections accepted.
  public var connectionsAccepted = 0
  /// Responses written, of any status (100 Continue not counted).
  public var requestsServed = 0
  /// Responses by status.
  public var responsesByStatus: [Int: Int] = [:]
  /// Numbers requests answered with an injected failure instead of being run.
  public var failuresInjected = 0
  /// Connections closed without an answer after their change was applied (`cutAfterApplyRate`).
  public var connectionsCut = 0
  /// Tokens issued by `/oauth2/token`.
  public var tokensIssued = 0
  /// Operations handed to the API, whatever their outcome.
  public var operationsCalled: [EmulatorOperation: Int] = [:]
  /// Mutating operations the API completed successfully.
  public var mutationsApplied: [EmulatorOperation: Int] = [:]

  public init() {}

  /// How many times `operation` succeeded and changed state.
  public func mutations(_ operation: EmulatorOperation) -> Int { mutationsApplied[operation] ?? 0 }

  /// How many times `operation` was handed to the API.
  public func calls(_ operation: EmulatorOperation) -> Int { operationsCalled[operation] ?? 0 }
}

/// The statistics, updated from many connection threads.
final class StatisticsRecorder: Sendable {
  private let statistics = Locked(EmulatorStatistics())

  var snapshot: EmulatorStatistics { statistics.withLock { $0 } }

  func record(_ update: (inout EmulatorStatistics) -> Void) { statistics.withLock(update) }
}

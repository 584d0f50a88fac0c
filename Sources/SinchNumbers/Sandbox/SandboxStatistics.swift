/// One operation of the Numbers API, as the Sandbox counts them.
public enum SandboxOperation: String, CaseIterable, Hashable, Sendable {
  case listActiveNumbers, getActiveNumber, updateActiveNumber, releaseNumber
  case searchAvailableNumbers, getAvailableNumber, rentNumber, rentAnyNumber
  case listAvailableRegions, getCallbackConfiguration, updateCallbackConfiguration

  /// Whether the operation changes the project.
  public var isMutation: Bool {
    switch self {
    case .updateActiveNumber, .releaseNumber, .rentNumber, .rentAnyNumber,
      .updateCallbackConfiguration:
      true
    default:
      false
    }
  }
}

/// What the Sandbox has been asked and what it changed, so tests can check that a retried call
/// was applied exactly once.
public struct SandboxStatistics: Hashable, Sendable {
  /// Every call, including the ones answered with an error.
  public var calls: [SandboxOperation: Int]
  /// Mutations that changed the project.
  public var applied: [SandboxOperation: Int]
  /// Numbers the project rents now.
  public var activeNumbers: Int
  /// Numbers in the inventory that can be rented now.
  public var availableNumbers: Int

  /// How many times `operation` was called.
  public func calls(_ operation: SandboxOperation) -> Int { calls[operation, default: 0] }
  /// How many times `operation` changed the project.
  public func applied(_ operation: SandboxOperation) -> Int { applied[operation, default: 0] }
}

/// One applied mutation, in the order the Sandbox applied them.
public struct SandboxMutation: Hashable, Sendable {
  /// Counts from 1 over the Sandbox's life, so gaps show where the log was trimmed.
  public var sequence: Int
  public var operation: SandboxOperation
  /// The number changed; nil for the callback configuration.
  public var phoneNumber: String?
  /// When, by the Sandbox's clock.
  public var time: String
}

/// The counters and the recent mutations; the log keeps the latest `capacity` entries so a long
/// benchmark cannot grow it without bound, while the counts stay exact.
struct SandboxLedger {
  static let capacity = 10_000

  var calls: [SandboxOperation: Int] = [:]
  var applied: [SandboxOperation: Int] = [:]
  private(set) var log: [SandboxMutation] = []
  private var sequence = 0

  mutating func called(_ operation: SandboxOperation) {
    calls[operation, default: 0] += 1
  }

  mutating func applied(_ operation: SandboxOperation, phoneNumber: String?, time: String) {
    applied[operation, default: 0] += 1
    sequence += 1
    log.append(
      SandboxMutation(
        sequence: sequence, operation: operation, phoneNumber: phoneNumber, time: time))
    // Trim in batches so appending stays amortised O(1).
    if log.count >= 2 * Self.capacity { log.removeFirst(log.count - Self.capacity) }
  }

  /// The retained log, oldest first, at most `capacity` entries.
  var recentMutations: ArraySlice<SandboxMutation> { log.suffix(Self.capacity) }
}

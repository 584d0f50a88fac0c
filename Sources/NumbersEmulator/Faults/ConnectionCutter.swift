/// Decides which applied changes lose their answer: the connection is closed after the API has
/// made the change and before the response is written, so the client sees a dead connection
/// and cannot know the change happened without reading it back.
final class ConnectionCutter: Sendable {
  private let rate: Double
  private let operations: Set<EmulatorOperation>
  private let generator: Locked<SplitMix64>

  init(rate: Double, operations: Set<EmulatorOperation>, seed: UInt64) {
    self.rate = rate.isNaN ? 0 : min(max(rate, 0), 1)
    self.operations = operations
    // A generator of its own, so turning cuts on does not move which requests fail.
    self.generator = Locked(SplitMix64(seed: seed ^ 0x5C07_C07C_07C0_7C07))
  }

  /// Whether the answer to a successful `operation` is to be dropped with its connection.
  func cuts(_ operation: EmulatorOperation) -> Bool {
    guard rate > 0, operations.contains(operation) else { return false }
    return generator.withLock { $0.nextUnitInterval() < rate }
  }
}

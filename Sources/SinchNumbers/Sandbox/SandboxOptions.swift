import Foundation

/// How a Sandbox is set up beyond its seed: the emulator's `--project`, `--numbers` and `--seed`,
/// and the clock tests pin down.
public struct SandboxOptions: Sendable {
  /// Replaces the seed's project id, in the numbers and the callback configuration too.
  public var projectId: String?
  /// How many synthetic active numbers to add to the seed's.
  public var syntheticNumbers: Int
  /// Makes the synthetic numbers the same on every run with the same value.
  public var randomSeed: UInt64
  /// The current time; every timestamp the Sandbox writes comes from it.
  public var now: @Sendable () -> Date

  /// Options that change nothing: the seed as it is, the system clock.
  public init(
    projectId: String? = nil, syntheticNumbers: Int = 0, randomSeed: UInt64 = 0,
    now: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.projectId = projectId
    self.syntheticNumbers = syntheticNumbers
    self.randomSeed = randomSeed
    self.now = now
  }
}

import SinchNumbers

/// Decides which Numbers requests fail on purpose. The k-th request drawn gets the k-th value of
/// a seeded generator, so the same seed fails the same requests of a sequential run.
final class FaultInjector: Sendable {
  private let rate: Double
  private let statuses: [Int]
  private let retryAfterSeconds: Int
  private let generator: Locked<SplitMix64>

  init(rate: Double, statuses: [Int], retryAfterSeconds: Int, seed: UInt64) {
    self.rate = rate.isNaN ? 0 : min(max(rate, 0), 1)
    self.statuses = statuses.isEmpty ? [503] : statuses
    self.retryAfterSeconds = retryAfterSeconds
    self.generator = Locked(SplitMix64(seed: seed))
  }

  /// The failure to answer instead of running the request, or nil to run it. Draws nothing when
  /// the rate is 0, so an emulator without faults pays nothing.
  func nextFailure() -> HTTPResponse? {
    guard rate > 0 else { return nil }
    let status: Int? = generator.withLock { generator in
      guard generator.nextUnitInterval() < rate else { return nil }
      let pick = Int(generator.next() % UInt64(statuses.count))
      return statuses[pick]
    }
    return status.map(failure)
  }

  /// The answer for an injected `status`, in the live error format.
  private func failure(_ status: Int) -> HTTPResponse {
    let (word, message) = Self.describe(status)
    let response = HTTPResponse.apiError(
      APIError(httpStatus: status, status: word, message: message))
    guard status == 429 || status == 503 else { return response }
    return response.adding("Retry-After", String(retryAfterSeconds))
  }

  /// The Google-style status word and a message for an injected failure.
  private static func describe(_ status: Int) -> (String, String) {
    switch status {
    case 429: ("RESOURCE_EXHAUSTED", "Quota exceeded (injected by the emulator)")
    case 500: ("INTERNAL", "Internal error (injected by the emulator)")
    case 502: ("UNAVAILABLE", "Bad gateway (injected by the emulator)")
    case 503: ("UNAVAILABLE", "The service is currently unavailable (injected by the emulator)")
    case 504: ("DEADLINE_EXCEEDED", "Deadline exceeded (injected by the emulator)")
    default: ("UNKNOWN", "\(HTTPStatusText.reason(status)) (injected by the emulator)")
    }
  }
}

/// SplitMix64: tiny, fast and fully determined by its seed.
struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A value in 0..<1 with 53 random bits.
  mutating func nextUnitInterval() -> Double { Double(next() >> 11) * 0x1.0p-53 }
}

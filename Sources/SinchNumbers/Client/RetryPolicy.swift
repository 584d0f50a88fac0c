import Foundation

/// When and how long to wait before trying a request again: exponential backoff with full
/// jitter, and the server's `Retry-After` when it gives one.
public struct RetryPolicy: Sendable, Hashable {
  /// Tries in all, the first included.
  public var maxAttempts: Int
  public var baseDelay: TimeInterval
  public var maxDelay: TimeInterval
  /// A `Retry-After` longer than this is not waited for: the error is reported instead.
  public var maxRetryAfter: TimeInterval

  public init(
    maxAttempts: Int = 8, baseDelay: TimeInterval = 0.1, maxDelay: TimeInterval = 5,
    maxRetryAfter: TimeInterval = 60
  ) {
    self.maxAttempts = maxAttempts
    self.baseDelay = baseDelay
    self.maxDelay = maxDelay
    self.maxRetryAfter = maxRetryAfter
  }

  /// No retries at all.
  public static let none = RetryPolicy(maxAttempts: 1)

  /// Statuses that mean "try again later": rate limits and server trouble.
  public static func isRetryable(status: Int) -> Bool {
    status == 429 || (500...599).contains(status) && status != 501
  }

  /// The pause before try number `attempt + 1`, given the server's `Retry-After` if any.
  public func delay(afterAttempt attempt: Int, retryAfter: TimeInterval?) -> TimeInterval {
    if let retryAfter { return max(0, retryAfter) }
    let ceiling = min(maxDelay, baseDelay * pow(2, Double(max(0, attempt - 1))))
    return Double.random(in: 0...ceiling)
  }

  /// Reads `Retry-After` in its seconds form (the HTTP-date form is rare for APIs).
  public static func parseRetryAfter(_ value: String?) -> TimeInterval? {
    guard let value, let seconds = Double(value.trimmingCharacters(in: .whitespaces)),
      seconds >= 0
    else { return nil }
    return seconds
  }
}

import Foundation

/// One HTTP exchange as a trace shows it: never a header, a body or a credential.
public struct TraceEvent: Sendable, Hashable, CustomStringConvertible {
  public var method: String
  /// The path and query; credentials are never part of it.
  public var path: String
  /// The response status, or nil when no response came.
  public var status: Int?
  /// Why no response came.
  public var failure: String?
  public var duration: TimeInterval
  /// 1 for the first try, 2 for the first retry, ...
  public var attempt: Int

  public init(
    method: String, path: String, status: Int?, failure: String? = nil, duration: TimeInterval,
    attempt: Int = 1
  ) {
    self.method = method
    self.path = path
    self.status = status
    self.failure = failure
    self.duration = duration
    self.attempt = attempt
  }

  public var description: String {
    let outcome = status.map(String.init) ?? "failed (\(failure ?? "no response"))"
    let milliseconds = Int((duration * 1000).rounded())
    let retry = attempt > 1 ? " (attempt \(attempt))" : ""
    return "\(method) \(path) → \(outcome) in \(milliseconds) ms\(retry)"
  }
}

/// Receives every HTTP exchange the client makes.
public typealias TraceHook = @Sendable (TraceEvent) -> Void

/// Receives what the user must know even without a trace, such as a release whose answer was
/// lost and whose outcome a read-back established. One sentence, no credentials.
public typealias NoticeHook = @Sendable (String) -> Void

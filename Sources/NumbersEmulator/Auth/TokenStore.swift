import Foundation

/// The access tokens issued by `/oauth2/token`, each with its expiry. Expired tokens are kept a
/// while so a client presenting one hears "expired" rather than "unknown".
final class TokenStore: Sendable {
  /// What the store knows about a presented token.
  enum Validity: Equatable {
    case valid
    case expired
    case unknown
  }

  private let lifetime: Duration
  private let tokens = Locked<[String: ContinuousClock.Instant]>([:])
  /// How long an expired token is still recognised as expired.
  private let memory: Duration = .seconds(600)

  init(lifetimeSeconds: Int) { lifetime = .seconds(max(0, lifetimeSeconds)) }

  /// A new random token, valid for the configured lifetime.
  func issue() -> String {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    let token = Data(bytes).base64EncodedString()
      .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
      .replacingOccurrences(of: "=", with: "")
    let now = ContinuousClock.now
    tokens.withLock { tokens in
      tokens = tokens.filter { $0.value + memory > now }
      tokens[token] = now + lifetime
    }
    return token
  }

  /// Whether `token` was issued here and has not expired.
  func validity(of token: String) -> Validity {
    guard let expiry = tokens.withLock({ $0[token] }) else { return .unknown }
    return ContinuousClock.now < expiry ? .valid : .expired
  }
}

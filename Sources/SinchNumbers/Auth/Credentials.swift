import Foundation

/// An access key: its id and secret. The secret never appears in a description, so printing or
/// tracing a value that holds credentials cannot leak it.
public struct Credentials: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
  public let keyId: String
  public let keySecret: String

  public init(keyId: String, keySecret: String) {
    self.keyId = keyId
    self.keySecret = keySecret
  }

  /// The value of an `Authorization: Basic` header.
  public var basicAuthorization: String {
    "Basic " + Data("\(keyId):\(keySecret)".utf8).base64EncodedString()
  }

  public var description: String { "Credentials(keyId: \(keyId), keySecret: <redacted>)" }
  public var debugDescription: String { description }
}

/// How requests prove who they are.
public enum AuthMethod: String, Hashable, Sendable {
  /// OAuth2 client credentials: the key buys a bearer token at the token endpoint.
  case oauth
  /// The key itself in every request.
  case basic
}

/// Where credentials may be sent: over HTTPS, or plain HTTP only to this machine.
public enum TransportSecurity {
  /// Whether `url` may carry credentials.
  public static func allowsCredentials(to url: URL) -> Bool {
    switch url.scheme?.lowercased() {
    case "https": return true
    case "http": return isLoopback(host: url.host ?? "")
    default: return false
    }
  }

  /// `localhost`, `127.0.0.0/8` and `::1`.
  public static func isLoopback(host: String) -> Bool {
    let name = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
    if name == "localhost" || name == "::1" { return true }
    let parts = name.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 4, parts[0] == "127" else { return false }
    return parts.allSatisfy { part in Int(part).map { (0...255).contains($0) } ?? false }
  }
}

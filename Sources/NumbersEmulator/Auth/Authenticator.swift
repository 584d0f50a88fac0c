import Foundation
import SinchNumbers

/// Checks the `Authorization` header of a Numbers call: Basic with the configured key, or Bearer
/// with a token from this emulator. Without a configured key every call passes.
struct Authenticator: Sendable {
  let credentials: EmulatorCredentials?
  let tokens: TokenStore

  /// Nil when the request may proceed, else the 401 to answer.
  func rejection(for request: HTTPRequest) -> HTTPResponse? {
    guard let credentials else { return nil }
    guard let authorization = request.header("authorization") else {
      return unauthenticated("Request is missing a valid API key or access token")
    }
    let (scheme, parameter) = Self.split(authorization)
    switch scheme {
    case "basic":
      guard Self.decodeBasic(parameter) == credentials else {
        return unauthenticated("Invalid key id or key secret")
      }
      return nil
    case "bearer":
      switch tokens.validity(of: parameter) {
      case .valid:
        return nil
      case .expired:
        return unauthenticated("Access token expired")
          .adding("WWW-Authenticate", #"Bearer error="invalid_token", error_description="expired""#)
      case .unknown:
        return unauthenticated("Invalid access token")
          .adding("WWW-Authenticate", #"Bearer error="invalid_token""#)
      }
    default:
      return unauthenticated("Unsupported authorization scheme")
    }
  }

  /// The 401 in the live error format.
  private func unauthenticated(_ message: String) -> HTTPResponse {
    .apiError(APIError(httpStatus: 401, status: "UNAUTHENTICATED", message: message))
  }

  /// The scheme (lowercased) and the rest of an `Authorization` value.
  static func split(_ value: String) -> (String, String) {
    let trimmed = value.trimmingSpaces
    guard let space = trimmed.firstIndex(of: " ") else { return (trimmed.lowercased(), "") }
    return (
      trimmed[..<space].lowercased(), String(trimmed[trimmed.index(after: space)...].trimmingSpaces)
    )
  }

  /// The key id and secret of a Basic credential (`base64(id:secret)`), or nil.
  static func decodeBasic(_ parameter: String) -> EmulatorCredentials? {
    guard let data = Data(base64Encoded: parameter),
      let text = String(data: data, encoding: .utf8),
      let colon = text.firstIndex(of: ":")
    else { return nil }
    return EmulatorCredentials(
      keyId: String(text[..<colon]), keySecret: String(text[text.index(after: colon)...]))
  }
}

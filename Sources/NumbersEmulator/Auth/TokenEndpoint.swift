/// `POST /oauth2/token`: the OAuth2 client-credentials grant, answered the way auth.sinch.com
/// answers it. The key comes in a Basic header or, as RFC 6749 also allows, in the form body.
struct TokenEndpoint: Sendable {
  let credentials: EmulatorCredentials?
  let tokens: TokenStore
  let lifetimeSeconds: Int

  /// The token response, or the OAuth2 error. The router sends only POST here.
  func respond(to request: HTTPRequest) -> (HTTPResponse, issued: Bool) {
    let form = QueryParameters(String(decoding: request.body, as: UTF8.self))
    if let credentials {
      guard presentedKey(request, form: form) == credentials else {
        // No `WWW-Authenticate: Basic` challenge, though RFC 6749 asks for one: URLSession on
        // Linux never completes a task answered with it (swift-corelibs-foundation).
        return (HTTPResponse.json(OAuthError(error: "invalid_client"), status: 401), false)
      }
    }
    guard let form, form.first("grant_type") == "client_credentials" else {
      return (HTTPResponse.json(OAuthError(error: "unsupported_grant_type"), status: 400), false)
    }
    let token = TokenResponse(
      accessToken: tokens.issue(), expiresIn: lifetimeSeconds, scope: "", tokenType: "bearer")
    return (HTTPResponse.json(token).adding("Cache-Control", "no-store"), true)
  }

  private func presentedKey(_ request: HTTPRequest, form: QueryParameters?) -> EmulatorCredentials? {
    if let authorization = request.header("authorization") {
      let (scheme, parameter) = Authenticator.split(authorization)
      return scheme == "basic" ? Authenticator.decodeBasic(parameter) : nil
    }
    guard let form, let id = form.first("client_id"), let secret = form.first("client_secret") else {
      return nil
    }
    return EmulatorCredentials(keyId: id, keySecret: secret)
  }
}

/// The body of a successful token request.
private struct TokenResponse: Encodable {
  var accessToken: String
  var expiresIn: Int
  var scope: String
  var tokenType: String

  enum CodingKeys: String, CodingKey {
    case accessToken = "access_token"
    case expiresIn = "expires_in"
    case scope
    case tokenType = "token_type"
  }
}

/// The body of a refused token request (RFC 6749 §5.2).
private struct OAuthError: Encodable {
  var error: String
}

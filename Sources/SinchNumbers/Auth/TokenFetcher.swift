import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Buys an OAuth2 token with the client-credentials grant.
struct TokenFetcher: Sendable {
  let url: URL
  let credentials: Credentials
  let transport: HTTPTransport
  let retryPolicy: RetryPolicy

  private struct TokenResponse: Decodable {
    var accessToken: String
    var expiresIn: Double?

    enum CodingKeys: String, CodingKey {
      case accessToken = "access_token"
      case expiresIn = "expires_in"
    }
  }

  func fetch() async throws -> (token: String, lifetime: TimeInterval) {
    var request = URLRequest(url: url)
    request.httpMethod = "POST"
    request.setValue(credentials.basicAuthorization, forHTTPHeaderField: "Authorization")
    request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
    request.setValue("application/json", forHTTPHeaderField: "Accept")
    request.httpBody = Data("grant_type=client_credentials".utf8)
    var attempt = 0
    while true {
      attempt += 1
      let response: HTTPResponse
      do {
        response = try await transport.send(request, attempt: attempt)
      } catch NumbersError.transport(let message) where attempt < retryPolicy.maxAttempts {
        try await pause(attempt, nil, message)
        continue
      }
      switch response.status {
      case 200..<300:
        guard let decoded = try? JSONDecoder().decode(TokenResponse.self, from: Data(response.body)),
          !decoded.accessToken.isEmpty
        else {
          throw NumbersError.malformedResponse(message: "the token endpoint sent no access_token")
        }
        return (decoded.accessToken, decoded.expiresIn ?? 3600)
      case 401, 403:
        throw NumbersError.authentication(
          message: "the token endpoint refused key \(credentials.keyId) (\(response.status))")
      case let status where RetryPolicy.isRetryable(status: status) && attempt < retryPolicy.maxAttempts:
        try await pause(
          attempt, RetryPolicy.parseRetryAfter(response.header("Retry-After")), "status \(status)")
      default:
        throw NumbersError.authentication(
          message: "the token endpoint answered \(response.status) \(HTTPStatusText.reason(response.status))")
      }
    }
  }

  private func pause(_ attempt: Int, _ retryAfter: TimeInterval?, _ reason: String) async throws {
    let delay = retryPolicy.delay(afterAttempt: attempt, retryAfter: retryAfter)
    try await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
  }
}

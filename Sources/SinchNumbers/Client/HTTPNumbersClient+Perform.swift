import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A release or rent whose request may or may not have reached the server.
struct UncertainOutcome: Error {
  var reason: String
  var error: NumbersError
}

extension HTTPNumbersClient {
  /// How a request may be repeated.
  enum RetryMode {
    /// Reads and updates: repeating them is harmless.
    case retry
    /// Release and rent: repeated only when the server said it did nothing (429); any other
    /// failure is an `UncertainOutcome` for the caller to verify.
    case onlyIfNotApplied
  }

  /// Sends a request to `/v1/projects/{projectId}/{path}` with auth, retries and error mapping;
  /// returns the body of a 2xx response.
  func perform(
    _ method: String, _ path: String, query: [(String, String)] = [], body: [UInt8]? = nil,
    mode: RetryMode
  ) async throws -> [UInt8] {
    let url = try url(path, query: query)
    let policy = configuration.retryPolicy
    var attempt = 0
    var renewals = 0
    while true {
      attempt += 1
      try Task.checkCancellation()
      let (request, token) = try await authorizedRequest(method, url, body: body)
      let response: HTTPResponse
      do {
        response = try await transport.send(request, attempt: attempt, once: mode == .onlyIfNotApplied)
      } catch let error as NumbersError {
        if mode == .onlyIfNotApplied {
          throw UncertainOutcome(reason: error.description, error: error)
        }
        guard attempt < policy.maxAttempts else { throw error }
        try await pause(policy.delay(afterAttempt: attempt, retryAfter: nil))
        continue
      }
      if (200..<300).contains(response.status) { return response.body }

      if response.status == 401, let token, renewals < 2, Self.saysExpired(response) {
        // The token died between our expiry check and the server's: buy another. Twice at most:
        // on a slow link a short-lived token can expire again on its way (seen with 1-second
        // tokens under AddressSanitizer); a third refusal is reported.
        await tokens?.invalidate(token)
        renewals += 1
        attempt -= 1
        continue
      }
      let error = NumbersError.api(APIError(httpStatus: response.status, body: response.body))
      guard RetryPolicy.isRetryable(status: response.status) else { throw error }
      if mode == .onlyIfNotApplied && response.status != 429 {
        throw UncertainOutcome(reason: "status \(response.status)", error: error)
      }
      let retryAfter = RetryPolicy.parseRetryAfter(response.header("Retry-After"))
      guard attempt < policy.maxAttempts, (retryAfter ?? 0) <= policy.maxRetryAfter else {
        throw error
      }
      try await pause(policy.delay(afterAttempt: attempt, retryAfter: retryAfter))
    }
  }

  /// Whether a 401 is the server saying our bearer token expired.
  static func saysExpired(_ response: HTTPResponse) -> Bool {
    let challenge = response.header("WWW-Authenticate")?.lowercased() ?? ""
    return challenge.contains("expired") || challenge.contains("invalid_token")
  }

  private func pause(_ seconds: TimeInterval) async throws {
    try await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
  }

  private func url(_ path: String, query: [(String, String)]) throws -> URL {
    var base = configuration.numbersURL.absoluteString
    while base.hasSuffix("/") { base.removeLast() }
    var text = "\(base)/v1/projects/\(QueryEncoding.escape(projectId))/\(path)"
    if !query.isEmpty { text += "?" + QueryEncoding.encode(query) }
    guard let url = URL(string: text) else {
      throw NumbersError.invalidRequest(message: "cannot build a URL from \(base)")
    }
    return url
  }

  private func authorizedRequest(_ method: String, _ url: URL, body: [UInt8]?) async throws
    -> (URLRequest, AccessToken?)
  {
    var request = URLRequest(url: url)
    request.httpMethod = method
    request.setValue("application/json", forHTTPHeaderField: "Accept")
    if let body {
      request.httpBody = Data(body)
      // Without it FoundationNetworking sends the body as form data.
      request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    }
    guard let tokens else {
      request.setValue(
        configuration.credentials.basicAuthorization, forHTTPHeaderField: "Authorization")
      return (request, nil)
    }
    let token = try await tokens.token()
    request.setValue("Bearer \(token.value)", forHTTPHeaderField: "Authorization")
    return (request, token)
  }
}

import Foundation

/// Where the live API is and how to talk to it.
public struct ClientConfiguration: Sendable {
  /// The live Numbers API origin.
  public static let liveNumbersURL = URL(string: "https://numbers.api.sinch.com")!
  /// The live OAuth2 token endpoint.
  public static let liveAuthURL = URL(string: "https://auth.sinch.com/oauth2/token")!

  public var projectId: String
  public var credentials: Credentials
  public var authMethod: AuthMethod
  /// The Numbers API origin (a path prefix is kept), such as `http://127.0.0.1:8080`.
  public var numbersURL: URL
  /// The token endpoint; an origin alone means its `/oauth2/token`.
  public var authURL: URL
  public var retryPolicy: RetryPolicy
  /// Seconds to wait for one response.
  public var timeout: TimeInterval
  /// Connections kept open to the API at most.
  public var maxConnections: Int
  public var trace: TraceHook?
  public var notice: NoticeHook?
  /// Where an OAuth token is kept between runs; nil buys one per process.
  public var tokenStorage: (any TokenStorage)?

  public init(
    projectId: String, credentials: Credentials, authMethod: AuthMethod = .oauth,
    numbersURL: URL = ClientConfiguration.liveNumbersURL,
    authURL: URL = ClientConfiguration.liveAuthURL, retryPolicy: RetryPolicy = RetryPolicy(),
    timeout: TimeInterval = 30, maxConnections: Int = 16, trace: TraceHook? = nil,
    notice: NoticeHook? = nil, tokenStorage: (any TokenStorage)? = nil
  ) {
    self.projectId = projectId
    self.credentials = credentials
    self.authMethod = authMethod
    self.numbersURL = numbersURL
    self.authURL = authURL
    self.retryPolicy = retryPolicy
    self.timeout = timeout
    self.maxConnections = maxConnections
    self.trace = trace
    self.notice = notice
    self.tokenStorage = tokenStorage
  }

  /// The token endpoint with `/oauth2/token` filled in when only an origin was given.
  public var tokenURL: URL {
    let path = authURL.path
    if path.isEmpty || path == "/" { return authURL.appendingPathComponent("oauth2/token") }
    return authURL
  }

  /// Refuses to send credentials anywhere but over HTTPS or to this machine.
  func checkTransportSecurity() throws {
    let targets = authMethod == .oauth ? [numbersURL, tokenURL] : [numbersURL]
    for url in targets where !TransportSecurity.allowsCredentials(to: url) {
      throw NumbersError.invalidRequest(
        message:
          "refusing to send credentials to \(url.absoluteString): use https, or http only to "
          + "a loopback address")
    }
  }
}

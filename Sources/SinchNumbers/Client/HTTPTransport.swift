import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A response as the client needs it.
struct HTTPResponse: Sendable {
  var status: Int
  var headers: [String: String]
  var body: [UInt8]

  /// A header by name, case-insensitively.
  func header(_ name: String) -> String? {
    headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
  }
}

/// Long-lived `URLSession`s (creating sessions per request crashes on Linux and loses
/// keep-alive) that send requests and report each exchange to the trace hook.
///
/// Requests that must never be sent twice go through a second session on connections used once:
/// libcurl resends a request whose kept-alive connection dies before any answer, which for a
/// release the server has already applied means releasing twice (or a false "not found").
/// It does not resend on a connection it has just opened.
final class HTTPTransport: Sendable {
  private let session: URLSession
  private let singleUseSession: URLSession
  private let trace: TraceHook?

  init(timeout: TimeInterval, maxConnections: Int, trace: TraceHook?) {
    session = URLSession(configuration: Self.configuration(timeout, maxConnections))
    singleUseSession = URLSession(configuration: Self.configuration(timeout, maxConnections))
    self.trace = trace
  }

  private static func configuration(_ timeout: TimeInterval, _ maxConnections: Int)
    -> URLSessionConfiguration
  {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    configuration.httpMaximumConnectionsPerHost = maxConnections
    configuration.httpCookieAcceptPolicy = .never
    configuration.urlCache = nil
    return configuration
  }

  deinit {
    session.finishTasksAndInvalidate()
    singleUseSession.finishTasksAndInvalidate()
  }

  /// Sends one request. Throws `NumbersError.transport` when no response came. `once` sends it
  /// on a new connection that is closed after the answer, so nothing below us can repeat it.
  func send(_ request: URLRequest, attempt: Int, once: Bool = false) async throws -> HTTPResponse {
    let started = Date()
    let method = request.httpMethod ?? "GET"
    let path = Self.tracePath(request.url)
    var request = request
    if once { request.setValue("close", forHTTPHeaderField: "Connection") }
    do {
      let (data, response) = try await (once ? singleUseSession : session).data(for: request)
      let http = response as? HTTPURLResponse
      let status = http?.statusCode ?? 0
      var headers: [String: String] = [:]
      for (key, value) in http?.allHeaderFields ?? [:] {
        if let key = key as? String, let value = value as? String { headers[key] = value }
      }
      trace?(
        TraceEvent(
          method: method, path: path, status: status, duration: Date().timeIntervalSince(started),
          attempt: attempt))
      return HTTPResponse(status: status, headers: headers, body: [UInt8](data))
    } catch {
      if Task.isCancelled { throw CancellationError() }
      let message = Self.describe(error, url: request.url)
      trace?(
        TraceEvent(
          method: method, path: path, status: nil, failure: message,
          duration: Date().timeIntervalSince(started), attempt: attempt))
      throw NumbersError.transport(message: message)
    }
  }

  /// The path and query only: never the user info of a URL.
  static func tracePath(_ url: URL?) -> String {
    guard let url else { return "?" }
    let query = url.query.map { "?" + $0 } ?? ""
    return url.path + query
  }

  /// A person-readable reason, naming the host but never credentials.
  static func describe(_ error: Error, url: URL?) -> String {
    let host = url.map { ($0.host ?? "?") + ($0.port.map { ":\($0)" } ?? "") } ?? "the server"
    guard let urlError = error as? URLError else {
      return "request to \(host) failed"
    }
    switch urlError.code {
    case .cannotConnectToHost: return "could not connect to \(host) (connection refused)"
    case .cannotFindHost, .dnsLookupFailed: return "could not find host \(host)"
    case .timedOut: return "no answer from \(host) in time (timed out)"
    case .networkConnectionLost: return "the connection to \(host) was lost"
    case .notConnectedToInternet: return "not connected to a network"
    case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
      .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
      return "secure connection to \(host) failed (TLS)"
    case .badServerResponse:
      return "\(host) sent no valid answer (the connection closed early or the response was malformed)"
    default: return "request to \(host) failed (URL error \(urlError.code.rawValue))"
    }
  }
}

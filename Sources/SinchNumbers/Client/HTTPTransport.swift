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
      let (data, response) = try await Self.exchange(request, on: once ? singleUseSession : session)
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

  /// One request and its answer, cancellable. Not `data(for:)`: its cancellation handler cancels
  /// the task synchronously on the session's queue while the Swift runtime holds the cancelled
  /// task's lock, and if that queue is just then completing the request (and needs the lock to
  /// resume it) both wait forever. Seen when one of `ls`'s concurrent page reads failed and the
  /// others were cancelled. Here the cancel runs on another queue, so nothing waits holding it.
  private static func exchange(_ request: URLRequest, on session: URLSession) async throws -> (
    Data, URLResponse
  ) {
    let handle = CancellableTask()
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        let task = session.dataTask(with: request) { data, response, error in
          if let error {
            continuation.resume(throwing: error)
          } else if let response {
            continuation.resume(returning: (data ?? Data(), response))
          } else {
            continuation.resume(throwing: URLError(.badServerResponse))
          }
        }
        handle.start(task)
      }
    } onCancel: {
      handle.cancel()
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

/// A data task that may be cancelled before or after it starts; cancelling happens on a global
/// queue, never on the caller's thread (see `HTTPTransport.exchange`).
private final class CancellableTask: @unchecked Sendable {
  private let lock = NSLock()
  private var task: URLSessionDataTask?
  private var cancelled = false

  func start(_ task: URLSessionDataTask) {
    let cancelAtOnce = lock.withLock {
      self.task = task
      return cancelled
    }
    task.resume()
    if cancelAtOnce { DispatchQueue.global().async { task.cancel() } }
  }

  func cancel() {
    let task = lock.withLock {
      cancelled = true
      return self.task
    }
    if let task { DispatchQueue.global().async { task.cancel() } }
  }
}

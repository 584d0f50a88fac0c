import Foundation
import SinchNumbers

/// Answers one parsed request. The order of checks mirrors a gateway in front of the service:
/// route (404/405), authentication (401), project (403), injected failure, arguments (400), and
/// only then the API, so a refused or failed request never touches state.
final class RequestHandler: Sendable {
  private let projectId: String
  private let latency: Duration
  private let authenticator: Authenticator
  private let tokenEndpoint: TokenEndpoint
  private let faults: FaultInjector
  private let cutter: ConnectionCutter
  private let endpoint: NumbersEndpoint
  private let statistics: StatisticsRecorder

  init(api: any NumbersAPI, configuration: EmulatorConfiguration, statistics: StatisticsRecorder) {
    let tokens = TokenStore(lifetimeSeconds: configuration.tokenLifetime)
    projectId = configuration.projectId ?? api.projectId
    latency = .milliseconds(max(0, configuration.latencyMilliseconds))
    authenticator = Authenticator(credentials: configuration.credentials, tokens: tokens)
    tokenEndpoint = TokenEndpoint(
      credentials: configuration.credentials, tokens: tokens,
      lifetimeSeconds: configuration.tokenLifetime)
    faults = FaultInjector(
      rate: configuration.failureRate, statuses: configuration.failureStatuses,
      retryAfterSeconds: configuration.retryAfterSeconds, seed: configuration.seed)
    cutter = ConnectionCutter(
      rate: configuration.cutAfterApplyRate, operations: configuration.cutOperations,
      seed: configuration.seed)
    endpoint = NumbersEndpoint(api: api)
    self.statistics = statistics
  }

  /// What to do with a request: answer it, or (an injected fault) drop the connection unanswered.
  enum Reply {
    case send(HTTPResponse)
    case cutConnection
  }

  /// The reply to `request`.
  func reply(to request: HTTPRequest) -> Reply {
    switch Router.route(method: request.method, path: request.path) {
    case .numbers(let projectId, let operation, let phoneNumber):
      let response = respondToNumbers(request, projectId: projectId, operation, phoneNumber)
      if (200..<300).contains(response.status), cutter.cuts(operation) {
        statistics.record { $0.connectionsCut += 1 }
        return .cutConnection
      }
      if latency > .zero { Thread.sleep(forTimeInterval: latency.seconds) }
      return .send(response)
    case .token:
      let (response, issued) = tokenEndpoint.respond(to: request)
      if issued { statistics.record { $0.tokensIssued += 1 } }
      return .send(response)
    case .notFound:
      return .send(
        .apiError(
          APIError(
            httpStatus: 404, status: "NOT_FOUND",
            message: "no such resource: \(request.method) \(request.path.prefix(200))")))
    case .badPath:
      return .send(
        .apiError(
          APIError(
            httpStatus: 400, status: "INVALID_ARGUMENT", message: "malformed percent-encoding in the path")))
    case .methodNotAllowed(let allowed):
      return .send(
        HTTPResponse.apiError(
          APIError(
            httpStatus: 405, status: "UNIMPLEMENTED",
            message:
              "method \(request.method.prefix(32)) is not allowed here; use \(allowed.joined(separator: ", "))"
          )
        ).adding("Allow", allowed.joined(separator: ", ")))
    }
  }

  /// The answer to the message-level error of a request that could not be parsed.
  func respond(to error: HTTPRequestError) -> HTTPResponse {
    let word =
      switch error.status {
      case 413: "CONTENT_TOO_LARGE"
      case 501, 505: "UNIMPLEMENTED"
      default: "INVALID_ARGUMENT"
      }
    return .apiError(APIError(httpStatus: error.status, status: word, message: error.description))
  }

  private func respondToNumbers(
    _ request: HTTPRequest, projectId: String, _ operation: EmulatorOperation, _ phoneNumber: String?
  ) -> HTTPResponse {
    if let rejection = authenticator.rejection(for: request) { return rejection }
    guard projectId == self.projectId else {
      return .apiError(
        APIError(
          httpStatus: 403, status: "PERMISSION_DENIED",
          message: "the caller has no access to project \(projectId.prefix(100))"))
    }
    if let failure = faults.nextFailure() {
      statistics.record { $0.failuresInjected += 1 }
      return failure
    }
    let call: NumbersEndpoint.Call
    do {
      call = try endpoint.prepare(operation, phoneNumber: phoneNumber, request: request)
    } catch {
      return NumbersEndpoint.response(for: error)
    }
    let response = endpoint.run(call)
    statistics.record { statistics in
      statistics.operationsCalled[operation, default: 0] += 1
      if operation.isMutation, (200..<300).contains(response.status) {
        statistics.mutationsApplied[operation, default: 0] += 1
      }
    }
    return response
  }
}

extension Duration {
  /// The duration in seconds, as `Thread.sleep` takes it.
  var seconds: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) + Double(attoseconds) / 1e18
  }
}

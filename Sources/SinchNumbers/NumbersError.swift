import Foundation

/// Everything that can go wrong talking to the Numbers API, in words a person can act on.
public enum NumbersError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The API answered with an error status.
  case api(APIError)
  /// No answer: the connection failed, timed out or was cut.
  case transport(message: String)
  /// The API answered 2xx with a body that is not what the spec says.
  case malformedResponse(message: String)
  /// The request cannot be sent as given (caught before any connection).
  case invalidRequest(message: String)
  /// Credentials were refused or could not be obtained.
  case authentication(message: String)
  /// A release or rent whose outcome could not be confirmed even by a verifying read.
  case uncertain(message: String)

  public var description: String {
    switch self {
    case .api(let error): error.description
    case .transport(let message): "network error: \(message)"
    case .malformedResponse(let message): "malformed response from the API: \(message)"
    case .invalidRequest(let message): message
    case .authentication(let message): "authentication failed: \(message)"
    case .uncertain(let message): message
    }
  }

  /// The HTTP status of an API error, else nil.
  public var httpStatus: Int? {
    if case .api(let error) = self { return error.httpStatus }
    if case .authentication = self { return 401 }
    return nil
  }

  /// The Sinch `error.status` of an API error, such as `NOT_FOUND`, else nil.
  public var code: String? {
    if case .api(let error) = self { return error.status }
    return nil
  }
}

/// An error answer from the API.
public struct APIError: Hashable, Sendable, CustomStringConvertible {
  public var httpStatus: Int
  /// The Sinch status word, such as `NOT_FOUND`.
  public var status: String?
  public var message: String
  public var fieldViolations: [FieldViolation]
  public var details: [ErrorDetail]

  public init(
    httpStatus: Int, status: String?, message: String, fieldViolations: [FieldViolation] = [],
    details: [ErrorDetail] = []
  ) {
    self.httpStatus = httpStatus
    self.status = status
    self.message = message
    self.fieldViolations = fieldViolations
    self.details = details
  }

  /// Builds the error from a response; the body may be the live format, or anything else.
  public init(httpStatus: Int, body: [UInt8]) {
    if let decoded = try? JSONCoding.decoder.decode(ErrorBody.self, from: Data(body)) {
      let violations = (decoded.error.details ?? []).flatMap { $0.fieldViolations ?? [] }
      self.init(
        httpStatus: httpStatus, status: decoded.error.status,
        message: decoded.error.message ?? HTTPStatusText.reason(httpStatus),
        fieldViolations: violations, details: decoded.error.details ?? [])
    } else {
      let text = String(decoding: body.prefix(200), as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines)
      let printable = text.unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\n" }
      self.init(
        httpStatus: httpStatus, status: nil,
        message: text.isEmpty || !printable ? HTTPStatusText.reason(httpStatus) : text)
    }
  }

  /// The body this error has in the live API's format.
  public var body: ErrorBody {
    var details = self.details
    if !fieldViolations.isEmpty && !details.contains(where: { $0.fieldViolations != nil }) {
      details.append(ErrorDetail(type: "BadRequest", fieldViolations: fieldViolations))
    }
    return ErrorBody(
      error: .init(code: httpStatus, message: message, status: status, details: details))
  }

  public var description: String {
    var text = message
    let label = [String(httpStatus), status].compactMap { $0 }.joined(separator: " ")
    text += " (\(label))"
    // A violation that only repeats the message adds nothing but length.
    for violation in fieldViolations where violation.description != message {
      text += "; \(violation.field ?? "?"): \(violation.description ?? "invalid")"
    }
    return text
  }

  // Constructors for the errors the Sandbox and the client produce, in the live format.

  /// 404 for a number that is not in the project (or not available).
  public static func notFound(_ message: String, resourceType: String, name: String) -> APIError {
    APIError(
      httpStatus: 404, status: "NOT_FOUND", message: message,
      details: [
        ErrorDetail(
          type: "ResourceInfo", resourceType: resourceType, resourceName: name, owner: "",
          description: "")
      ])
  }

  /// 400 with one field violation.
  public static func invalidArgument(field: String, _ description: String) -> APIError {
    APIError(
      httpStatus: 400, status: "INVALID_ARGUMENT", message: "invalid \(field): \(description)",
      fieldViolations: [FieldViolation(field: field, description: description)])
  }
}

/// Reason phrases for the statuses this project uses.
public enum HTTPStatusText {
  /// The standard reason phrase, or "HTTP error".
  public static func reason(_ status: Int) -> String {
    switch status {
    case 200: "OK"
    case 400: "Bad Request"
    case 401: "Unauthorized"
    case 403: "Forbidden"
    case 404: "Not Found"
    case 405: "Method Not Allowed"
    case 408: "Request Timeout"
    case 411: "Length Required"
    case 413: "Payload Too Large"
    case 415: "Unsupported Media Type"
    case 429: "Too Many Requests"
    case 431: "Request Header Fields Too Large"
    case 500: "Internal Server Error"
    case 501: "Not Implemented"
    case 502: "Bad Gateway"
    case 503: "Service Unavailable"
    case 504: "Gateway Timeout"
    default: "HTTP error"
    }
  }
}

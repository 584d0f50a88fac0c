import SinchNumbers

/// A response to write: status, header fields and body, serialized into one buffer so it leaves
/// in one `send` (two writes cost ~40 ms per request with Nagle and delayed ACK).
public struct HTTPResponse: Hashable, Sendable {
  public var status: Int
  /// Header fields other than `Content-Length` and `Connection`, which serialization adds.
  public var headers: [HTTPHeader]
  public var body: [UInt8]

  public init(status: Int, headers: [HTTPHeader] = [], body: [UInt8] = []) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  /// A JSON response; encoding failures (which the models cannot produce) become a 500.
  static func json<Value: Encodable>(_ value: Value, status: Int = 200) -> HTTPResponse {
    guard let body = try? JSONCoding.encode(value) else {
      return .apiError(APIError(httpStatus: 500, status: "INTERNAL", message: "cannot encode response"))
    }
    return HTTPResponse(
      status: status, headers: [HTTPHeader(name: "Content-Type", value: "application/json")],
      body: body)
  }

  /// An error in the live API's format.
  static func apiError(_ error: APIError) -> HTTPResponse {
    json(error.body, status: error.httpStatus)
  }

  /// The response with one more header field.
  func adding(_ name: String, _ value: String) -> HTTPResponse {
    var copy = self
    copy.headers.append(HTTPHeader(name: name, value: value))
    return copy
  }

  /// The bytes on the wire; `closing` says whether the connection ends after it.
  func serialized(closing: Bool) -> [UInt8] {
    var head = "HTTP/1.1 \(status) \(Self.reasonPhrase(status))\r\n"
    for header in headers { head += "\(header.name): \(header.value)\r\n" }
    head += "Content-Length: \(body.count)\r\n"
    head += closing ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n"
    var bytes = Array(head.utf8)
    bytes.append(contentsOf: body)
    return bytes
  }

  private static func reasonPhrase(_ status: Int) -> String {
    status == 505 ? "HTTP Version Not Supported" : HTTPStatusText.reason(status)
  }
}

/// Reads HTTP/1.x requests from raw bytes. Pure and total: every input, however hostile, gives a
/// request, a request for more bytes or an error with the status to answer; nothing traps.
///
/// Chunked request bodies are not supported (501): the clients this emulator serves send
/// `Content-Length`, and refusing chunked keeps the parser small.
public struct HTTPRequestParser: Sendable {
  /// The limits that turn a request into 431 or 413.
  public var limits: HTTPLimits

  public init(limits: HTTPLimits = HTTPLimits()) { self.limits = limits }

  /// Parses the request at the start of `bytes`; bytes after it (a pipelined request) are left.
  public func parse(_ bytes: [UInt8]) -> HTTPParseResult {
    // Empty lines before a request line are ignored (RFC 9112 §2.2); some clients send a CRLF
    // after a body.
    var start = 0
    while start < bytes.count, bytes[start] == ASCII.cr || bytes[start] == ASCII.lf { start += 1 }
    guard let (headEnd, bodyStart) = findEndOfHead(bytes, from: start) else {
      // A head of exactly the limit may still lack the last byte of its blank line (the LF of a
      // CRLF, or a lone LF): that is a read cut short, not a head too large.
      if bytes.count - start > limits.maxHeaderBytes + 1 { return .invalid(.headersTooLarge) }
      return .incomplete(nil)
    }
    if headEnd - start > limits.maxHeaderBytes { return .invalid(.headersTooLarge) }
    let head: HTTPRequestHead
    switch parseHead(bytes, from: start, to: headEnd) {
    case .success(let parsed): head = parsed
    case .failure(let error): return .invalid(error)
    }
    let available = bytes.count - bodyStart
    guard available >= head.contentLength else { return .incomplete(head) }
    let body = Array(bytes[bodyStart..<(bodyStart + head.contentLength)])
    let request = HTTPRequest(
      method: head.method, target: head.target, path: head.path, query: head.query,
      version: head.version, headers: head.headers, body: body)
    return .complete(request, consumed: bodyStart + head.contentLength)
  }

  /// Where the header block ends (the index of the blank line's first byte) and the body starts.
  /// Looks no further than the header limit allows, so a flood of header bytes costs little.
  private func findEndOfHead(_ bytes: [UInt8], from start: Int) -> (Int, Int)? {
    let scanLimit = min(bytes.count, start + limits.maxHeaderBytes + 4)
    var index = start
    while index < scanLimit {
      if bytes[index] == ASCII.lf {
        let next = index + 1
        if next < bytes.count, bytes[next] == ASCII.lf { return (next, next + 1) }
        if next + 1 < bytes.count, bytes[next] == ASCII.cr, bytes[next + 1] == ASCII.lf {
          return (next, next + 2)
        }
      }
      index += 1
    }
    return nil
  }

  private func parseHead(_ bytes: [UInt8], from start: Int, to end: Int) -> Result<
    HTTPRequestHead, HTTPRequestError
  > {
    let lines = splitLines(bytes, from: start, to: end)
    guard let firstLine = lines.first else { return .failure(.malformedRequestLine) }
    guard let requestLine = RequestLine(firstLine) else { return .failure(.malformedRequestLine) }
    guard requestLine.version.major == 1 else { return .failure(.unsupportedVersion) }
    var headers: [HTTPHeader] = []
    for line in lines.dropFirst() {
      guard let header = parseHeaderLine(line) else { return .failure(.malformedHeader) }
      headers.append(header)
    }
    if headers.contains(where: { $0.name == "transfer-encoding" }) {
      return .failure(.unsupportedTransferEncoding)
    }
    let contentLength: Int
    switch parseContentLength(headers) {
    case .success(let length): contentLength = length
    case .failure(let error): return .failure(error)
    }
    let (path, query) = splitTarget(requestLine.target)
    return .success(
      HTTPRequestHead(
        method: requestLine.method, target: requestLine.target, path: path, query: query,
        version: requestLine.version, headers: headers, contentLength: contentLength))
  }

  /// The lines between `start` and `end`, each without its LF or CRLF; nil elements never occur,
  /// but a bare CR inside a line is kept so the line fails validation.
  private func splitLines(_ bytes: [UInt8], from start: Int, to end: Int) -> [ArraySlice<UInt8>] {
    var lines: [ArraySlice<UInt8>] = []
    var lineStart = start
    var index = start
    while index < end {
      if bytes[index] == ASCII.lf {
        var lineEnd = index
        if lineEnd > lineStart, bytes[lineEnd - 1] == ASCII.cr { lineEnd -= 1 }
        lines.append(bytes[lineStart..<lineEnd])
        lineStart = index + 1
      }
      index += 1
    }
    if lineStart < end { lines.append(bytes[lineStart..<end]) }
    return lines
  }

  /// `name: value`, with no space before the colon and no folded continuation lines.
  private func parseHeaderLine(_ line: ArraySlice<UInt8>) -> HTTPHeader? {
    guard let colon = line.firstIndex(of: ASCII.colon), colon > line.startIndex else { return nil }
    let name = line[line.startIndex..<colon]
    guard name.allSatisfy(ASCII.isTokenCharacter) else { return nil }
    var value = line[(colon + 1)...]
    while let first = value.first, first == ASCII.space || first == ASCII.tab {
      value = value.dropFirst()
    }
    while let last = value.last, last == ASCII.space || last == ASCII.tab {
      value = value.dropLast()
    }
    guard value.allSatisfy(ASCII.isFieldValueByte) else { return nil }
    return HTTPHeader(
      name: String(decoding: name, as: UTF8.self).lowercased(),
      value: String(decoding: value, as: UTF8.self))
  }

  /// Every `Content-Length` value must be the same run of digits; absent means no body.
  private func parseContentLength(_ headers: [HTTPHeader]) -> Result<Int, HTTPRequestError> {
    var length: Int?
    for header in headers where header.name == "content-length" {
      for element in header.value.split(separator: ",", omittingEmptySubsequences: false) {
        let digits = element.trimmingSpaces
        guard !digits.isEmpty, digits.utf8.allSatisfy(ASCII.isDigit) else {
          return .failure(.invalidContentLength)
        }
        let significant = digits.drop { $0 == "0" }
        // More digits than the limit has cannot fit; counting digits avoids overflow.
        guard significant.count <= String(limits.maxBodyBytes).count,
          let value = Int(significant.isEmpty ? "0" : String(significant))
        else { return .failure(.bodyTooLarge) }
        if let length, length != value { return .failure(.invalidContentLength) }
        length = value
      }
    }
    let result = length ?? 0
    return result > limits.maxBodyBytes ? .failure(.bodyTooLarge) : .success(result)
  }

  /// Splits the target into path and query. An absolute-form target (`http://host/path`), which
  /// servers must accept, is reduced to its path; a fragment is dropped.
  private func splitTarget(_ target: String) -> (String, String) {
    var rest = Substring(target)
    if let fragment = rest.firstIndex(of: "#") { rest = rest[..<fragment] }
    let lowered = rest.lowercased()
    if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
      let afterScheme = rest.drop { $0 != ":" }.dropFirst(3)
      rest = afterScheme.firstIndex(of: "/").map { afterScheme[$0...] } ?? "/"
    }
    guard let mark = rest.firstIndex(of: "?") else { return (String(rest), "") }
    return (String(rest[..<mark]), String(rest[rest.index(after: mark)...]))
  }
}

/// The request line: `METHOD SP target SP HTTP/1.1`, exactly single spaces.
private struct RequestLine {
  var method: String
  var target: String
  var version: HTTPVersion

  init?(_ line: ArraySlice<UInt8>) {
    let parts = line.split(separator: ASCII.space, omittingEmptySubsequences: false)
    guard parts.count == 3 else { return nil }
    let method = parts[0]
    let target = parts[1]
    let version = Array(parts[2])
    guard !method.isEmpty, method.allSatisfy(ASCII.isTokenCharacter) else { return nil }
    guard !target.isEmpty, target.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
    // "HTTP/" DIGIT "." DIGIT
    guard version.count == 8, Array(version.prefix(5)) == Array("HTTP/".utf8), version[6] == ASCII.dot,
      ASCII.isDigit(version[5]), ASCII.isDigit(version[7])
    else { return nil }
    self.method = String(decoding: method, as: UTF8.self)
    self.target = String(decoding: target, as: UTF8.self)
    self.version = HTTPVersion(major: Int(version[5] - ASCII.zero), minor: Int(version[7] - ASCII.zero))
  }
}

/// How large a request may be.
public struct HTTPLimits: Hashable, Sendable {
  /// The request line and header fields together, in bytes; beyond it the answer is 431.
  public var maxHeaderBytes: Int
  /// The body, in bytes; beyond it the answer is 413.
  public var maxBodyBytes: Int

  public init(maxHeaderBytes: Int = 16 * 1024, maxBodyBytes: Int = 1024 * 1024) {
    self.maxHeaderBytes = maxHeaderBytes
    self.maxBodyBytes = maxBodyBytes
  }
}

/// What parsing the start of a buffer gave.
public enum HTTPParseResult: Hashable, Sendable {
  /// A whole request, which took the first `consumed` bytes.
  case complete(HTTPRequest, consumed: Int)
  /// More bytes are needed; the head is given once it is complete and only the body is missing.
  case incomplete(HTTPRequestHead?)
  /// The bytes are not an acceptable request; answer the error's status and close.
  case invalid(HTTPRequestError)
}

/// A parsed request line and header block whose body may not have arrived yet.
public struct HTTPRequestHead: Hashable, Sendable {
  public var method: String
  public var target: String
  public var path: String
  public var query: String
  public var version: HTTPVersion
  public var headers: [HTTPHeader]
  /// The body length announced by `Content-Length` (0 without one).
  public var contentLength: Int

  /// Whether the client waits for `100 Continue` before sending the body (curl does for large
  /// bodies, and would otherwise pause a second).
  public var expectsContinue: Bool {
    headers.contains { $0.name == "expect" && $0.value.lowercased() == "100-continue" }
  }
}

/// Why bytes were not accepted as a request, with the status that says so.
public enum HTTPRequestError: Error, Hashable, Sendable, CustomStringConvertible {
  case malformedRequestLine
  case unsupportedVersion
  case malformedHeader
  case headersTooLarge
  case invalidContentLength
  case bodyTooLarge
  case unsupportedTransferEncoding

  /// The HTTP status to answer with.
  public var status: Int {
    switch self {
    case .malformedRequestLine, .malformedHeader, .invalidContentLength: 400
    case .unsupportedVersion: 505
    case .headersTooLarge: 431
    case .bodyTooLarge: 413
    case .unsupportedTransferEncoding: 501
    }
  }

  public var description: String {
    switch self {
    case .malformedRequestLine: "malformed request line"
    case .unsupportedVersion: "HTTP version not supported"
    case .malformedHeader: "malformed header field"
    case .headersTooLarge: "request header fields too large"
    case .invalidContentLength: "invalid Content-Length"
    case .bodyTooLarge: "request body too large"
    case .unsupportedTransferEncoding: "Transfer-Encoding is not supported; send Content-Length"
    }
  }
}

/// Byte values and classes of the HTTP grammar.
enum ASCII {
  static let cr: UInt8 = 0x0D
  static let lf: UInt8 = 0x0A
  static let space: UInt8 = 0x20
  static let tab: UInt8 = 0x09
  static let colon: UInt8 = 0x3A
  static let dot: UInt8 = 0x2E
  static let zero: UInt8 = 0x30

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// RFC 9110 `tchar`: letters, digits and ``!#$%&'*+-.^_`|~``.
  static func isTokenCharacter(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
    case 0x21, 0x23, 0x24, 0x25, 0x26, 0x27, 0x2A, 0x2B, 0x2D, 0x2E, 0x5E, 0x5F, 0x60, 0x7C, 0x7E: true
    default: false
    }
  }

  /// A byte allowed in a field value: visible characters, space, tab and obs-text; no controls.
  static func isFieldValueByte(_ byte: UInt8) -> Bool {
    byte == tab || (byte >= 0x20 && byte != 0x7F)
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: Substring {
    var text = Substring(self)
    while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
    while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
    return text
  }
}

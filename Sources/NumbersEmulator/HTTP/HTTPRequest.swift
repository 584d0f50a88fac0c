import Foundation

/// One HTTP/1.x request as it came off the wire: the head parsed, the body as raw bytes.
public struct HTTPRequest: Hashable, Sendable {
  /// The method, case preserved: `get` is not `GET`.
  public var method: String
  /// The request target as sent, such as `/v1/projects/p/activeNumbers?regionCode=US`.
  public var target: String
  /// The target's path, still percent-encoded.
  public var path: String
  /// The target's query without the `?`, still encoded; empty when there is none.
  public var query: String
  public var version: HTTPVersion
  /// The header fields in the order received; names are lowercased.
  public var headers: [HTTPHeader]
  public var body: [UInt8]

  public init(
    method: String, target: String, path: String, query: String, version: HTTPVersion,
    headers: [HTTPHeader], body: [UInt8]
  ) {
    self.method = method
    self.target = target
    self.path = path
    self.query = query
    self.version = version
    self.headers = headers
    self.body = body
  }

  /// The first value of the header named `name` (any case), or nil.
  public func header(_ name: String) -> String? {
    let lowered = name.lowercased()
    return headers.first { $0.name == lowered }?.value
  }

  /// Whether the connection may carry another request after this one: HTTP/1.1 unless the client
  /// said `Connection: close`. HTTP/1.0 always closes, which is simpler than its opt-in keep-alive.
  public var keepsConnectionOpen: Bool {
    guard version.major == 1, version.minor >= 1 else { return false }
    return !connectionTokens.contains("close")
  }

  /// The comma-separated options of every `Connection` header, lowercased.
  var connectionTokens: [String] {
    headers.filter { $0.name == "connection" }.flatMap { header in
      header.value.split(separator: ",").map {
        $0.trimmingCharacters(in: .whitespaces).lowercased()
      }
    }
  }
}

/// A header field: the name lowercased, the value with surrounding spaces removed.
public struct HTTPHeader: Hashable, Sendable {
  public var name: String
  public var value: String

  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}

/// The protocol version of a request line.
public struct HTTPVersion: Hashable, Sendable, CustomStringConvertible {
  public var major: Int
  public var minor: Int

  public init(major: Int, minor: Int) {
    self.major = major
    self.minor = minor
  }

  /// HTTP/1.0.
  public static let http10 = HTTPVersion(major: 1, minor: 0)
  /// HTTP/1.1.
  public static let http11 = HTTPVersion(major: 1, minor: 1)

  public var description: String { "HTTP/\(major).\(minor)" }
}

import Foundation
import Glibc

/// A test client that speaks raw bytes over a blocking socket, to send what no HTTP library would.
/// Blocking calls must not run on the Swift concurrency pool (the server's API calls need it), so
/// tests reach it through `onThread`.
final class RawHTTPConnection {
  let descriptor: Int32
  private var buffer: [UInt8] = []

  /// Connects to `127.0.0.1:port`; reads give up after `timeout` seconds.
  init(port: Int, timeout: Double = 10) throws {
    // The descriptor is stored only once connected: a throw after every stored property is set
    // would run deinit, and closing twice could close another test's socket.
    let candidate = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard candidate >= 0 else { throw RawHTTPError.connect }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = UInt16(port).bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let status = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(candidate, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard status == 0 else {
      close(candidate)
      throw RawHTTPError.connect
    }
    var time = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1e6))
    setsockopt(candidate, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
    var one: Int32 = 1
    setsockopt(candidate, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    descriptor = candidate
  }

  deinit { close(descriptor) }

  /// Sends all of `text`; false when the server has gone.
  @discardableResult
  func send(_ text: String) -> Bool { send(Array(text.utf8)) }

  /// Sends all of `bytes`; false when the server has gone.
  @discardableResult
  func send(_ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let sent = bytes[offset...].withUnsafeBytes {
        Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      if sent < 0 && errno == EINTR { continue }
      guard sent > 0 else { return false }
      offset += sent
    }
    return true
  }

  /// Says no more bytes will come from this side.
  func finishSending() { shutdown(descriptor, Int32(SHUT_WR)) }

  /// Reads one response, or nil if the connection closed or timed out first.
  func readResponse() -> RawHTTPResponse? {
    while true {
      if let (response, consumed) = RawHTTPResponse.parse(buffer) {
        buffer.removeFirst(consumed)
        return response
      }
      guard fill() else { return nil }
    }
  }

  /// Whether the server closed the connection (a read gives end of file) within the timeout;
  /// bytes still arriving are dropped.
  func isClosedByServer() -> Bool {
    while true {
      var chunk = [UInt8](repeating: 0, count: 4096)
      let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
      if count == 0 { return true }
      if count < 0 { return errno == ECONNRESET }
    }
  }

  /// Sends one request and reads its response.
  func exchange(_ request: String) -> RawHTTPResponse? {
    guard send(request) else { return nil }
    return readResponse()
  }

  private func fill() -> Bool {
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    var count = 0
    // A signal for another thread of the test process (SIGCHLD from a child sns) interrupts
    // the read; that is not the server's doing, so read again.
    repeat {
      count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
    } while count < 0 && errno == EINTR
    guard count > 0 else { return false }
    buffer.append(contentsOf: chunk.prefix(count))
    return true
  }
}

/// A response as read by `RawHTTPConnection`.
struct RawHTTPResponse: Sendable {
  var status: Int
  /// Header fields by lowercased name (the last one wins).
  var headers: [String: String]
  var body: [UInt8]

  var text: String { String(decoding: body, as: UTF8.self) }

  /// The body as a JSON object, or an empty one.
  var json: [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
  }

  /// The `error.status` of a live-format error body.
  var errorStatus: String? { (json["error"] as? [String: Any])?["status"] as? String }

  /// The `error.code` of a live-format error body.
  var errorCode: Int? { (json["error"] as? [String: Any])?["code"] as? Int }

  static func parse(_ bytes: [UInt8]) -> (RawHTTPResponse, Int)? {
    let separator: [UInt8] = [13, 10, 13, 10]
    guard bytes.count >= 4,
      let end = (0...(bytes.count - 4)).first(where: { Array(bytes[$0..<($0 + 4)]) == separator })
    else { return nil }
    let head = String(decoding: bytes[..<end], as: UTF8.self)
    var lines = head.components(separatedBy: "\r\n")
    let statusLine = lines.removeFirst().split(separator: " ")
    guard statusLine.count >= 2, let status = Int(statusLine[1]) else { return nil }
    var headers: [String: String] = [:]
    for line in lines {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
        .trimmingCharacters(in: .whitespaces)
    }
    let length = Int(headers["content-length"] ?? "0") ?? 0
    let bodyStart = end + 4
    guard bytes.count >= bodyStart + length else { return nil }
    let body = Array(bytes[bodyStart..<(bodyStart + length)])
    return (RawHTTPResponse(status: status, headers: headers, body: body), bodyStart + length)
  }
}

enum RawHTTPError: Error {
  case connect
}

/// Runs blocking work on a thread of its own and waits for it without blocking the pool.
func onThread<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
  try await withCheckedThrowingContinuation { continuation in
    Thread {
      do {
        continuation.resume(returning: try work())
      } catch {
        continuation.resume(throwing: error)
      }
    }.start()
  }
}

// The emulator targets Linux (DESIGN.md §1); the socket calls below are Glibc's.
import Glibc

/// Thin, total wrappers over the POSIX socket calls the server uses.
enum Socket {
  /// What one `recv` gave.
  enum ReceiveResult {
    case data(Int)
    case closed
    case timedOut
    case failed
  }

  /// Opens a TCP socket listening on `host:port` (port 0 picks a free one) and returns it with
  /// the port actually bound.
  static func listen(host: String, port: UInt16, backlog: Int32) throws(EmulatorError) -> (
    descriptor: Int32, port: UInt16
  ) {
    var hints = addrinfo()
    hints.ai_family = AF_UNSPEC
    hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
    var list: UnsafeMutablePointer<addrinfo>?
    let status = getaddrinfo(host, String(port), &hints, &list)
    guard status == 0, let first = list else {
      throw .cannotListen(host: host, port: port, reason: String(cString: gai_strerror(status)))
    }
    defer { freeaddrinfo(list) }
    var reason = "no usable address"
    var candidate: UnsafeMutablePointer<addrinfo>? = first
    while let address = candidate {
      candidate = address.pointee.ai_next
      let descriptor = socket(address.pointee.ai_family, address.pointee.ai_socktype, 0)
      guard descriptor >= 0 else {
        reason = lastError()
        continue
      }
      setOption(descriptor, SOL_SOCKET, SO_REUSEADDR, 1)
      guard bind(descriptor, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0,
        Glibc.listen(descriptor, backlog) == 0, let bound = boundPort(descriptor)
      else {
        reason = lastError()
        close(descriptor)
        continue
      }
      return (descriptor, bound)
    }
    throw .cannotListen(host: host, port: port, reason: reason)
  }

  /// The local port of a bound socket.
  static func boundPort(_ descriptor: Int32) -> UInt16? {
    var storage = sockaddr_storage()
    var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
    let status = withUnsafeMutablePointer(to: &storage) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
    }
    guard status == 0 else { return nil }
    switch Int32(storage.ss_family) {
    case AF_INET:
      return withUnsafePointer(to: &storage) {
        $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
      }
    case AF_INET6:
      return withUnsafePointer(to: &storage) {
        $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
          UInt16(bigEndian: $0.pointee.sin6_port)
        }
      }
    default:
      return nil
    }
  }

  /// Sets an integer socket option; failures are ignored because every option here is an
  /// optimisation or a safety net, not a requirement.
  static func setOption(_ descriptor: Int32, _ level: Int32, _ name: Int32, _ value: Int32) {
    var value = value
    _ = setsockopt(descriptor, level, name, &value, socklen_t(MemoryLayout<Int32>.size))
  }

  /// Bounds how long one `recv` or `send` may block.
  static func setTimeout(_ descriptor: Int32, _ name: Int32, seconds: Double) {
    let clamped = max(0.001, min(seconds, 86_400))
    var time = timeval()
    time.tv_sec = Int(clamped)
    time.tv_usec = Int((clamped - Double(Int(clamped))) * 1_000_000)
    _ = setsockopt(descriptor, SOL_SOCKET, name, &time, socklen_t(MemoryLayout<timeval>.size))
  }

  /// Reads what has arrived into `buffer`, waiting at most the receive timeout.
  static func receive(_ descriptor: Int32, into buffer: inout [UInt8]) -> ReceiveResult {
    while true {
      let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
      if count > 0 { return .data(count) }
      if count == 0 { return .closed }
      switch errno {
      case EINTR: continue
      case EAGAIN, EWOULDBLOCK: return .timedOut
      default: return .failed
      }
    }
  }

  /// Writes all of `bytes`. One call normally suffices; the loop covers partial writes of large
  /// bodies. `MSG_NOSIGNAL` turns a vanished peer into an error instead of SIGPIPE.
  static func send(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return true }
      var offset = 0
      while offset < buffer.count {
        let sent = Glibc.send(descriptor, base + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
        if sent > 0 {
          offset += sent
        } else if sent < 0, errno == EINTR {
          continue
        } else {
          return false
        }
      }
      return true
    }
  }

  /// The text of the current `errno`.
  static func lastError() -> String { String(cString: strerror(errno)) }
}

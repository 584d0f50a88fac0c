import Glibc

/// One client connection, served on its own thread with blocking I/O: read, parse, answer, until
/// the client closes, asks to close, sends something unacceptable, or idles past the timeout.
struct Connection {
  let descriptor: Int32
  let parser: HTTPRequestParser
  let handler: RequestHandler
  let statistics: StatisticsRecorder
  let trace: (@Sendable (String) -> Void)?

  /// Serves requests until the connection ends; the caller closes the descriptor.
  func serve() {
    var buffer: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    var continueSent = false
    while true {
      switch parser.parse(buffer) {
      case .complete(let request, let consumed):
        buffer.removeFirst(min(consumed, buffer.count))
        continueSent = false
        guard case .send(let response) = handler.reply(to: request) else {
          trace?("\(request.method) \(request.target.prefix(300)) -> (applied; connection cut unanswered)")
          shutdown(descriptor, Int32(SHUT_RDWR))
          return
        }
        let closing = !request.keepsConnectionOpen
        let delivered = write(response, closing: closing, label: "\(request.method) \(request.target)")
        if closing || !delivered {
          if delivered { closeGracefully() }
          return
        }
        continue  // a pipelined request may already be in the buffer
      case .invalid(let error):
        if write(handler.respond(to: error), closing: true, label: "(unparsable request)") {
          closeGracefully()
        }
        return
      case .incomplete(let head):
        if let head, head.expectsContinue, head.contentLength > 0, !continueSent {
          continueSent = true
          guard Socket.send(descriptor, Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)) else { return }
        }
      }
      switch Socket.receive(descriptor, into: &chunk) {
      case .data(let count):
        buffer.append(contentsOf: chunk.prefix(count))
      case .closed, .failed:
        return
      case .timedOut:
        // Idle between requests: just close. Part of a request sent and then silence (a lying
        // Content-Length, say): tell the client why before closing.
        if !buffer.isEmpty {
          let timeout = HTTPResponse.apiError(
            .init(httpStatus: 408, status: "DEADLINE_EXCEEDED", message: "request not completed in time"))
          _ = write(timeout, closing: true, label: "(incomplete request)")
        }
        return
      }
    }
  }

  /// Counts a response and sends it in one buffer. Counting first means a client that has its
  /// answer also finds it in the statistics.
  private func write(_ response: HTTPResponse, closing: Bool, label: String) -> Bool {
    statistics.record { statistics in
      statistics.requestsServed += 1
      statistics.responsesByStatus[response.status, default: 0] += 1
    }
    trace?("\(label.prefix(300)) -> \(response.status)")
    return Socket.send(descriptor, response.serialized(closing: closing))
  }

  /// Ends the connection without losing the last response: closing a socket with unread input
  /// makes the kernel send RST, which can discard the response before the client reads it. So
  /// stop writing, read and drop whatever the client still sends for a moment, then return.
  private func closeGracefully() {
    shutdown(descriptor, Int32(SHUT_WR))
    Socket.setTimeout(descriptor, SO_RCVTIMEO, seconds: 1)
    var scratch = [UInt8](repeating: 0, count: 16 * 1024)
    var drained = 0
    while drained < 4 * 1024 * 1024, case .data(let count) = Socket.receive(descriptor, into: &scratch) {
      drained += count
    }
  }
}

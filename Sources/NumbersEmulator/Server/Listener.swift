import Dispatch
import Foundation
import Glibc

/// The listening socket and its accept thread, which gives every connection a thread of its own.
/// Connection threads are plain threads, so their blocking reads never starve the Swift
/// concurrency pool that runs the API.
final class Listener: Sendable {
  /// The port bound.
  let port: UInt16
  private let descriptor: Int32
  private let state = Locked(State())
  /// Holds the accept thread and every connection thread until they end.
  private let running = DispatchGroup()

  private struct State {
    var stopping = false
    var connections: Set<Int32> = []
  }

  /// Binds and listens; no connection is accepted before `run`.
  init(host: String, port: UInt16) throws(EmulatorError) {
    (descriptor, self.port) = try Socket.listen(host: host, port: port, backlog: 256)
  }

  /// Closes a listener that never ran.
  func discard() { close(descriptor) }

  /// Starts the accept thread.
  func run(configuration: EmulatorConfiguration, handler: RequestHandler, statistics: StatisticsRecorder) {
    running.enter()
    let thread = Thread { [self] in
      acceptConnections(configuration: configuration, handler: handler, statistics: statistics)
      state.withLock { _ in close(descriptor) }
      running.leave()
    }
    thread.name = "sns-emulator accept"
    thread.start()
  }

  /// Stops accepting, ends every open connection, and returns once all their threads are done
  /// (or after a few seconds, should an API call hang).
  func stop() async {
    state.withLock { state in
      guard !state.stopping else { return }
      state.stopping = true
      // shutdown, not close: it wakes the blocked accept and recv calls, and the descriptors
      // are closed by their own threads, so none is reused while another thread holds it.
      shutdown(descriptor, Int32(SHUT_RDWR))
      for connection in state.connections { shutdown(connection, Int32(SHUT_RDWR)) }
    }
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      DispatchQueue.global().async { [running] in
        _ = running.wait(timeout: .now() + 10)
        continuation.resume()
      }
    }
  }

  private func acceptConnections(
    configuration: EmulatorConfiguration, handler: RequestHandler, statistics: StatisticsRecorder
  ) {
    let parser = HTTPRequestParser(limits: configuration.limits)
    while true {
      let client = accept(descriptor, nil, nil)
      if client < 0 {
        if state.withLock({ $0.stopping }) { return }
        switch errno {
        case EINTR, ECONNABORTED: continue
        default: usleep(10_000)  // out of descriptors or memory: let connections finish
        }
        continue
      }
      statistics.record { $0.connectionsAccepted += 1 }
      let admitted = state.withLock { state in
        guard !state.stopping, state.connections.count < configuration.maxConnections else {
          return false
        }
        state.connections.insert(client)
        return true
      }
      guard admitted else {
        refuse(client, handler: handler)
        continue
      }
      Socket.setOption(client, Int32(IPPROTO_TCP), TCP_NODELAY, 1)
      Socket.setTimeout(client, SO_RCVTIMEO, seconds: configuration.readTimeout)
      Socket.setTimeout(client, SO_SNDTIMEO, seconds: configuration.readTimeout)
      let connection = Connection(
        descriptor: client, parser: parser, handler: handler, statistics: statistics,
        trace: configuration.trace)
      running.enter()
      let thread = Thread { [self] in
        connection.serve()
        state.withLock { state in
          state.connections.remove(client)
          close(client)
        }
        running.leave()
      }
      thread.name = "sns-emulator connection"
      thread.stackSize = 1 << 20
      thread.start()
    }
  }

  /// Answers 503 to a connection beyond the limit, without a thread.
  private func refuse(_ client: Int32, handler: RequestHandler) {
    let busy = HTTPResponse.apiError(
      .init(httpStatus: 503, status: "UNAVAILABLE", message: "too many connections"))
    _ = Socket.send(client, busy.adding("Retry-After", "1").serialized(closing: true))
    close(client)
  }
}

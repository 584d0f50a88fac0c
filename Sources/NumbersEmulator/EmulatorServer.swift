import SinchNumbers

/// The Numbers API over HTTP/1.1: serves any `NumbersAPI` (normally a Sandbox) on a local port.
///
/// ```swift
/// let server = EmulatorServer(api: Sandbox())
/// let port = try server.start(EmulatorConfiguration())
/// // ... http://127.0.0.1:\(port)/v1/projects/\(server.projectId)/activeNumbers
/// await server.stop()
/// ```
///
/// Files: `HTTP/` parses requests and writes responses, `Server/` owns sockets and threads,
/// `Routing/` maps paths to API calls, `Auth/` checks keys and tokens, `Faults/` injects failures.
public final class EmulatorServer: Sendable {
  private let api: any NumbersAPI
  private let recorder = StatisticsRecorder()
  private let listener = Locked<Listener?>(nil)

  /// A server for `api`; it listens once started.
  public init(api: any NumbersAPI) { self.api = api }

  /// Binds and starts serving; returns the port (the chosen one when the configuration says 0).
  @discardableResult
  public func start(_ configuration: EmulatorConfiguration = EmulatorConfiguration()) throws(EmulatorError)
    -> Int
  {
    // Bind outside the lock; a second concurrent start loses and releases its socket.
    let candidate = try Listener(host: configuration.host, port: configuration.port)
    let installed = listener.withLock { current in
      guard current == nil else { return false }
      current = candidate
      return true
    }
    guard installed else {
      candidate.discard()
      throw .alreadyRunning
    }
    let started = candidate
    let handler = RequestHandler(api: api, configuration: configuration, statistics: recorder)
    started.run(configuration: configuration, handler: handler, statistics: recorder)
    return Int(started.port)
  }

  /// Stops listening, closes every connection and waits for their threads; it can then be
  /// started again (statistics carry on).
  public func stop() async {
    guard let current = listener.withLock({ $0 }) else { return }
    await current.stop()
    listener.withLock { if $0 === current { $0 = nil } }
  }

  /// The port being served, or nil when stopped.
  public var port: Int? { listener.withLock { $0.map { Int($0.port) } } }

  /// The project the API serves (the configuration may name another).
  public var apiProjectId: String { api.projectId }

  /// What the server has done so far.
  public var statistics: EmulatorStatistics { recorder.snapshot }
}

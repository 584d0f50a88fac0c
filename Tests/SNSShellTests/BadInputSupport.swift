import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What one run of `sns` on bad input produced, and whether the hang detector had to kill it.
struct BoundedRun {
  var status: Int32
  var reason: Process.TerminationReason
  var output: String
  var errors: String
  var timedOut: Bool
}

/// Runs the built `sns` with a time limit enforced by SIGKILL, awaiting its exit without
/// blocking a thread of the concurrency pool.
enum BoundedProcess {
  /// Set once by whichever of exit and time limit comes first.
  private final class Race: @unchecked Sendable {
    private let lock = NSLock()
    private var finished = false
    private(set) var killed = false

    /// Marks the process as exited; false if it was already marked.
    func finish() -> Bool {
      lock.withLock {
        defer { finished = true }
        return !finished
      }
    }

    /// Kills `pid` unless it has exited (and so may have been reaped and its pid reused).
    func terminate(_ pid: pid_t) {
      lock.withLock {
        guard !finished else { return }
        killed = true
        _ = kill(pid, SIGKILL)
      }
    }
  }

  /// At most this many `sns` of the table run at once: 115 starting together swamp two cores for
  /// long enough to trip other suites' hang guards (a tmux prompt waiting for its first screen).
  static let slots = ProcessSlots(4)

  /// Runs `sns ARGUMENTS` in `directory` with exactly `environment`, `input` on stdin.
  static func run(
    _ arguments: [String], in directory: URL, environment: [String: String], input: [UInt8],
    limit: Double
  ) async throws -> BoundedRun {
    await slots.acquire()
    do {
      let run = try await runNow(
        arguments, in: directory, environment: environment, input: input, limit: limit)
      await slots.release()
      return run
    } catch {
      await slots.release()
      throw error
    }
  }

  private static func runNow(
    _ arguments: [String], in directory: URL, environment: [String: String], input: [UInt8],
    limit: Double
  ) async throws -> BoundedRun {
    guard let binary = SNSExecutable.url else {
      throw BadInputFailure("the sns executable was not found; build it first or set SNS_BINARY")
    }
    let io = directory.appendingPathComponent(".io-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: io, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: io) }
    let files = ["in", "out", "err"].map { io.appendingPathComponent($0) }
    try Data(input).write(to: files[0])
    for file in files.dropFirst() { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }

    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = environment
    process.standardInput = try FileHandle(forReadingFrom: files[0])
    process.standardOutput = try FileHandle(forWritingTo: files[1])
    process.standardError = try FileHandle(forWritingTo: files[2])
    let race = Race()
    let (status, reason) = try await withCheckedThrowingContinuation {
      (continuation: CheckedContinuation<(Int32, Process.TerminationReason), any Error>) in
      process.terminationHandler = { finished in
        guard race.finish() else { return }
        continuation.resume(returning: (finished.terminationStatus, finished.terminationReason))
      }
      do {
        try process.run()
      } catch {
        if race.finish() { continuation.resume(throwing: error) }
        return
      }
      let pid = process.processIdentifier
      DispatchQueue.global().asyncAfter(deadline: .now() + limit) { race.terminate(pid) }
    }
    // Already ended (its termination handler ran); this lets Foundation release the Process,
    // which LeakSanitizer otherwise reports.
    process.waitUntilExit()
    let text = { (url: URL) in String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self) }
    return BoundedRun(
      status: status, reason: reason, output: text(files[1]), errors: text(files[2]), timedOut: race.killed)
  }
}

/// A test-support failure with a message.
struct BadInputFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// One canned HTTP answer: every request gets it, whatever it asks.
struct CannedResponse: Sendable {
  var status: Int
  var contentType: String? = "application/json"
  var extraHeaders: [String] = []
  var body: String

  /// The bytes sent, head and body in one write.
  var bytes: [UInt8] {
    var head = "HTTP/1.1 \(status) Canned\r\nContent-Length: \(body.utf8.count)\r\n"
    if let contentType { head += "Content-Type: \(contentType)\r\n" }
    for header in extraHeaders { head += header + "\r\n" }
    return Array((head + "\r\n" + body).utf8)
  }
}

/// A fake Numbers API on a real loopback socket that answers every request with one canned
/// response: the server side of malformed JSON, empty bodies and error statuses.
///
/// Blocking socket calls run on threads of its own, never on the concurrency pool; every wait
/// is a `poll` with a short timeout so `stop` ends them all promptly.
final class CannedHTTPServer: @unchecked Sendable {
  let port: Int
  private let listener: Int32
  private let response: [UInt8]
  private let lock = NSLock()
  private var stopping = false
  private var running = 0
  private let allStopped = DispatchSemaphore(value: 0)

  /// Starts listening on `127.0.0.1` at a free port.
  init(answering response: CannedResponse) throws {
    self.response = response.bytes
    let (descriptor, port) = try Self.boundSocket()
    guard listen(descriptor, 16) == 0 else {
      close(descriptor)
      throw BadInputFailure("listen failed: errno \(errno)")
    }
    listener = descriptor
    self.port = port
    start { [self] in acceptLoop() }
  }

  /// Stops accepting, ends every connection and waits for their threads.
  func stop() {
    let count = lock.withLock {
      stopping = true
      return running
    }
    for _ in 0..<count { allStopped.wait() }
    close(listener)
  }

  private var isStopping: Bool { lock.withLock { stopping } }

  private func start(_ work: @escaping @Sendable () -> Void) {
    lock.withLock { running += 1 }
    Thread { [self] in
      work()
      allStopped.signal()
    }.start()
  }

  /// Whether `descriptor` became readable within 50 ms.
  private static func readable(_ descriptor: Int32) -> Bool {
    var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, 50) > 0
  }

  private func acceptLoop() {
    while !isStopping {
      guard Self.readable(listener) else { continue }
      let connection = accept(listener, nil, nil)
      guard connection >= 0 else { continue }
      let started = lock.withLock {
        guard !stopping else { return false }
        running += 1
        return true
      }
      guard started else {
        close(connection)
        continue
      }
      Thread { [self] in
        serve(connection)
        close(connection)
        allStopped.signal()
      }.start()
    }
  }

  /// Reads each request (head, then `Content-Length` bytes of body) and answers it, until the
  /// client closes or the server stops.
  private func serve(_ connection: Int32) {
    var buffer: [UInt8] = []
    let separator: [UInt8] = Array("\r\n\r\n".utf8)
    while !isStopping {
      if let end = buffer.firstRange(of: separator)?.upperBound {
        let head = String(decoding: buffer[..<end], as: UTF8.self).lowercased()
        let length =
          head.components(separatedBy: "\r\n").first { $0.hasPrefix("content-length:") }
          .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        if buffer.count >= end + length {
          buffer.removeFirst(end + length)
          let sent = response.withUnsafeBytes {
            send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
          }
          guard sent == response.count else { return }
          continue
        }
      }
      guard Self.readable(connection) else { continue }
      var chunk = [UInt8](repeating: 0, count: 16_384)
      let count = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return }
      buffer.append(contentsOf: chunk[0..<count])
    }
  }

  /// A TCP socket bound to a free loopback port, and that port.
  static func boundSocket() throws -> (Int32, Int) {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw BadInputFailure("socket failed: errno \(errno)") }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
      }
    }
    guard bound else {
      close(descriptor)
      throw BadInputFailure("bind failed: errno \(errno)")
    }
    return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
  }
}

/// A loopback port that refuses connections: bound, so no one else gets it, but not listening.
final class RefusingPort {
  let port: Int
  private let descriptor: Int32

  init() throws {
    (descriptor, port) = try CannedHTTPServer.boundSocket()
  }

  deinit { close(descriptor) }
}

/// A counting semaphore for tasks.
actor ProcessSlots {
  private var free: Int
  private var waiting: [CheckedContinuation<Void, Never>] = []

  init(_ count: Int) { free = count }

  func acquire() async {
    if free > 0 {
      free -= 1
      return
    }
    await withCheckedContinuation { waiting.append($0) }
  }

  func release() {
    if waiting.isEmpty {
      free += 1
    } else {
      waiting.removeFirst().resume()
    }
  }
}

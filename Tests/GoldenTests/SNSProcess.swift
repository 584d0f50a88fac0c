import Foundation

/// Runs the built `sns` binary as a user would, capturing what it prints.
enum SNSProcess {
  struct Result {
    var stdout: String
    var stderr: String
    var status: Int32
  }

  enum Failure: Error, CustomStringConvertible {
    case binaryMissing(String)
    case timedOut([String])
    var description: String {
      switch self {
      case .binaryMissing(let path): "no sns binary at \(path); run swift build first"
      case .timedOut(let arguments): "sns \(arguments.joined(separator: " ")) did not finish in time"
      }
    }
  }

  /// The `sns` built next to this test bundle (SwiftPM puts products in one folder).
  static var binary: URL {
    if let path = ProcessInfo.processInfo.environment["SNS_BINARY"] {
      return URL(fileURLWithPath: path)
    }
    let bundle = Bundle.main.bundleURL
    for folder in [bundle, bundle.deletingLastPathComponent()] {
      let candidate = folder.appendingPathComponent("sns")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    return root.appendingPathComponent(".build/debug/sns")
  }

  /// Runs `sns ARGUMENTS` in `directory` with a clean environment (no user config, no colour).
  static func run(
    arguments: [String], directory: URL, stdin: Data? = nil, environment: [String: String] = [:],
    timeout: TimeInterval = 60
  ) async throws -> Result {
    let running = try start(
      arguments: arguments, directory: directory, stdin: stdin, environment: environment)
    return try await running.wait(timeout: timeout)
  }

  /// Starts `sns ARGUMENTS` and returns at once, for tests that act while it runs (Ctrl-C).
  static func start(
    arguments: [String], directory: URL, stdin: Data? = nil, environment: [String: String] = [:]
  ) throws -> Running {
    let executable = binary
    guard FileManager.default.isExecutableFile(atPath: executable.path) else {
      throw Failure.binaryMissing(executable.path)
    }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("sns-golden-home")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    var variables = [
      "PATH": "/usr/bin:/bin", "HOME": home.path, "NO_COLOR": "1", "LANG": "C.UTF-8",
      "SNS_GOLDEN": "1",
    ]
    // A sanitized run (scripts/sanitizers/run) passes its options and suppressions on to sns.
    variables.merge(ProcessInfo.processInfo.environment.filter { $0.key.hasSuffix("SAN_OPTIONS") }) { $1 }
    variables.merge(environment) { $1 }
    process.environment = variables
    let output = Pipe()
    let errors = Pipe()
    let input = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = input
    try process.run()
    input.fileHandleForWriting.write(stdin ?? Data())
    try? input.fileHandleForWriting.close()
    return Running(process: process, arguments: arguments, output: output, errors: errors)
  }

  /// A started `sns`; its output is read while it runs, so a full pipe cannot block it.
  final class Running: @unchecked Sendable {
    private let process: Process
    private let arguments: [String]
    private let group = DispatchGroup()
    private var out = Data()
    private var err = Data()

    fileprivate init(process: Process, arguments: [String], output: Pipe, errors: Pipe) {
      self.process = process
      self.arguments = arguments
      group.enter()
      DispatchQueue.global().async {
        self.out = output.fileHandleForReading.readDataToEndOfFile()
        self.group.leave()
      }
      group.enter()
      DispatchQueue.global().async {
        self.err = errors.fileHandleForReading.readDataToEndOfFile()
        self.group.leave()
      }
    }

    /// Sends SIGINT, as Ctrl-C does, as soon as `condition` holds (checked every 5 ms on a
    /// thread of its own) or the process has ended.
    func interrupt(when condition: @escaping @Sendable () -> Bool) {
      Thread.detachNewThread { [process] in
        while process.isRunning && !condition() { usleep(5_000) }
        if process.isRunning { process.interrupt() }
      }
    }

    /// Waits for the exit (killing it after `timeout`, a hang) and returns what it printed.
    ///
    /// The wait blocks a thread of its own, never one of Swift's cooperative pool: an emulator
    /// in this process answers through actors on that pool (2 threads on 2 cores), and tests
    /// blocking it would starve the server that the sns they wait for is talking to.
    func wait(timeout: TimeInterval = 60) async throws -> Result {
      // A hang guard: sanitized runs (scripts/sanitizers/run) stretch it by SNS_TEST_HANG_SCALE.
      let scale = ProcessInfo.processInfo.environment["SNS_TEST_HANG_SCALE"].flatMap(Double.init) ?? 1
      let timeout = timeout * max(scale, 1)
      return try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread {
          continuation.resume(with: Swift.Result(catching: { try self.blockingWait(timeout: timeout) }))
        }
      }
    }

    private func blockingWait(timeout: TimeInterval) throws -> Result {
      if group.wait(timeout: .now() + timeout) == .timedOut {
        process.terminate()
        throw Failure.timedOut(arguments)
      }
      process.waitUntilExit()
      return Result(
        stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
        status: process.terminationStatus)
    }
  }
}

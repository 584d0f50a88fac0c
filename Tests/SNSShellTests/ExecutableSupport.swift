import Foundation
import Testing

/// What one run of the `sns` executable produced.
struct ProcessResult {
  var status: Int32
  var output: String
  var errors: String
}

/// Runs the built `sns` executable.
enum SNSExecutable {
  /// The executable next to this test bundle in the build products folder (`SNS_BINARY` wins).
  static var url: URL? {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["SNS_BINARY"], FileManager.default.isExecutableFile(atPath: path) {
      return URL(fileURLWithPath: path)
    }
    var candidates: [URL] = []
    if let runner = ProcessInfo.processInfo.arguments.first {
      candidates.append(URL(fileURLWithPath: runner).deletingLastPathComponent())
    }
    candidates.append(Bundle.main.bundleURL)
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      candidates.append(bundle.bundleURL.deletingLastPathComponent())
    }
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    candidates.append(packageRoot.appendingPathComponent(".build/debug"))
    for directory in candidates {
      let binary = directory.appendingPathComponent("sns")
      if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
    }
    return nil
  }

  /// An environment with no credentials and a private, empty config folder, so the runs use the
  /// Sandbox whatever the machine has configured.
  static func isolatedEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("sns-shell-tests-home").path
    var environment = ["HOME": home, "XDG_CONFIG_HOME": home + "/config", "PATH": "/usr/bin:/bin"]
    environment.merge(sanitizerOptions) { $1 }
    environment.merge(extra) { $1 }
    return environment
  }

  /// How much longer hang guards wait in this run: `SNS_TEST_HANG_SCALE` (scripts/sanitizers/run
  /// sets 4, as sanitized binaries run several times slower); 1 otherwise. Guards only, never a
  /// timing assertion.
  static var hangScale: Double {
    ProcessInfo.processInfo.environment["SNS_TEST_HANG_SCALE"].flatMap(Double.init).map { max($0, 1) } ?? 1
  }

  /// The sanitizer settings of this run (`ASAN_OPTIONS`, `LSAN_OPTIONS`, `TSAN_OPTIONS`, ...),
  /// passed on to a child so a sanitized `sns` uses the run's suppressions
  /// (scripts/sanitizers/run); empty in an ordinary run.
  static var sanitizerOptions: [String: String] {
    ProcessInfo.processInfo.environment.filter { $0.key.hasSuffix("SAN_OPTIONS") }
  }

  /// Runs `sns` with `arguments`, feeding `input` on stdin; optionally sends SIGINT once stdout
  /// holds `interruptAfterOutput` (a clock would race the start-up of a busy machine).
  static func run(
    _ arguments: [String], input: String = "", environment: [String: String] = [:],
    interruptAfterOutput marker: String? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) async throws -> ProcessResult {
    // Waiting blocks a thread of its own, never one of Swift's small cooperative pool, which
    // in-process emulators of other tests need to answer.
    try await withCheckedThrowingContinuation { continuation in
      Thread.detachNewThread {
        continuation.resume(
          with: Result {
            try runBlocking(
              arguments, input: input, environment: environment, interruptAfterOutput: marker,
              sourceLocation: sourceLocation)
          })
      }
    }
  }

  private static func runBlocking(
    _ arguments: [String], input: String, environment: [String: String], interruptAfterOutput marker: String?,
    sourceLocation: Testing.SourceLocation
  ) throws -> ProcessResult {
    guard let url else {
      Issue.record(
        "the sns executable was not found; build it first or set SNS_BINARY", sourceLocation: sourceLocation)
      return ProcessResult(status: -1, output: "", errors: "")
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sns-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let files = ["in", "out", "err"].map { folder.appendingPathComponent($0) }
    try Data(input.utf8).write(to: files[0])
    for file in files.dropFirst() { FileManager.default.createFile(atPath: file.path, contents: nil) }

    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    process.environment = isolatedEnvironment(environment)
    process.standardInput = try FileHandle(forReadingFrom: files[0])
    process.standardOutput = try FileHandle(forWritingTo: files[1])
    process.standardError = try FileHandle(forWritingTo: files[2])
    try process.run()
    if let marker {
      let giveUp = Date().addingTimeInterval(60)  // a hang guard, not a timing assertion
      while process.isRunning, Date() < giveUp,
        !String(decoding: (try? Data(contentsOf: files[1])) ?? Data(), as: UTF8.self).contains(marker)
      {
        usleep(5_000)
      }
      process.interrupt()
    }
    process.waitUntilExit()
    let text = { (url: URL) in String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self) }
    return ProcessResult(status: process.terminationStatus, output: text(files[1]), errors: text(files[2]))
  }

  /// A script file in a fresh temporary folder.
  static func script(_ text: String, named name: String = "script.sns") throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sns-script-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }
}

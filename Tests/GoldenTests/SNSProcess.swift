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
  ) throws -> Result {
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
    // Read both pipes while the process runs so a full pipe cannot block it.
    let group = DispatchGroup()
    nonisolated(unsafe) var out = Data()
    nonisolated(unsafe) var err = Data()
    group.enter()
    DispatchQueue.global().async {
      out = output.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      err = errors.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
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

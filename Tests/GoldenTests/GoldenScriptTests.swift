import Foundation
import NumbersEmulator
import SinchNumbers
import Testing

/// The language's behaviour, pinned down by example: every `Scripts/NAME.sns` runs through the
/// built `sns` binary, and its stdout, stderr and exit status must equal `NAME.out`, `NAME.err`
/// and `NAME.status` (absent files mean empty output and status 0).
///
/// Each script runs twice: on the built-in Sandbox, and over HTTP with OAuth against an emulator
/// serving the same Sandbox. Both must give the recorded result.
///
/// To re-record after a deliberate change: `SNS_RECORD=1 swift test --filter GoldenScript`. A
/// recording run writes the files and then fails, so it can never pass silently; review the
/// diff and run again without `SNS_RECORD`.
@Suite("Golden scripts", .serialized)
struct GoldenScriptTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Scripts")

  static var scripts: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".sns") }.map { String($0.dropLast(4)) }.sorted()
  }

  static let recording = ProcessInfo.processInfo.environment["SNS_RECORD"] == "1"

  @Test("the golden folder holds scripts")
  func folderIsPopulated() {
    #expect(Self.scripts.count >= 10)
  }

  @Test("on the Sandbox", arguments: GoldenScriptTests.scripts)
  func sandbox(name: String) async throws {
    let result = try await SNSProcess.run(
      arguments: ["--sandbox"] + Self.lines(name, "opts") + ["\(name).sns"] + Self.lines(name, "args"),
      directory: Self.folder, stdin: Self.stdin(for: name))
    try compare(name, result)
  }

  @Test("over HTTP against the emulator", arguments: GoldenScriptTests.scripts)
  func emulator(name: String) async throws {
    let sandbox = try Sandbox()
    let server = EmulatorServer(api: sandbox)
    var configuration = EmulatorConfiguration()
    configuration.credentials = EmulatorCredentials(keyId: "golden", keySecret: "golden-secret")
    let port = try server.start(configuration)
    defer { Task { await server.stop() } }
    let origin = "http://127.0.0.1:\(port)"
    let result = try await SNSProcess.run(
      arguments: ["--api", origin] + Self.lines(name, "opts") + ["\(name).sns"]
        + Self.lines(name, "args"),
      directory: Self.folder, stdin: Self.stdin(for: name),
      environment: [
        "SINCH_PROJECT_ID": sandbox.projectId, "SINCH_KEY_ID": "golden",
        "SINCH_KEY_SECRET": "golden-secret",
      ])
    // A recording run records the Sandbox's result only; this one must then agree with it.
    if Self.recording { return }
    try compare(name, result)
    #expect(server.statistics.tokensIssued <= 1, "one OAuth token serves a whole script")
  }

  /// One argument per line of `NAME.opts` (options of sns, before the script) or `NAME.args`
  /// (the script's `$args`).
  static func lines(_ name: String, _ suffix: String) -> [String] {
    let url = folder.appendingPathComponent("\(name).\(suffix)")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").map(String.init)
  }

  /// What the script reads on stdin, from `NAME.in`.
  static func stdin(for name: String) -> Data? {
    try? Data(contentsOf: folder.appendingPathComponent("\(name).in"))
  }

  private func compare(_ name: String, _ result: SNSProcess.Result) throws {
    let expected = Expectation(folder: Self.folder, name: name)
    if Self.recording {
      try expected.record(result)
      Issue.record("recorded \(name); review the diff and run again without SNS_RECORD")
      return
    }
    #expect(
      result.status == expected.status,
      "\(name): exit status \(result.status), expected \(expected.status)\nstderr:\n\(result.stderr)")
    #expect(
      result.stdout == expected.stdout, "\(name) stdout differs:\n\(lineDiff(expected.stdout, result.stdout))"
    )
    #expect(
      result.stderr == expected.stderr, "\(name) stderr differs:\n\(lineDiff(expected.stderr, result.stderr))"
    )
  }
}

import Foundation
import Testing

/// The scripts in `scripts/examples/` run on the Sandbox exactly as their comments say, with the
/// output recorded in `Examples/` (re-record with `SNS_RECORD=1`, as for the golden scripts).
@Suite("Example scripts")
struct ExampleScriptTests {
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var script: String
    var options: [String]
    /// Bulk commands print each summary as its request completes, so their order varies.
    var completionOrder = false
    var description: String { name }
  }

  static let cases = [
    Case(name: "tour", script: "tour.sns", options: []),
    Case(name: "rename-from-csv", script: "rename-from-csv.sns", options: []),
    Case(name: "release-unnamed-dry-run", script: "release-unnamed.sns", options: ["--dry-run"]),
    Case(name: "release-unnamed-refused", script: "release-unnamed.sns", options: []),
    Case(
      name: "release-unnamed-yes", script: "release-unnamed.sns", options: ["--yes"],
      completionOrder: true),
    Case(name: "audit", script: "audit.sns", options: []),
  ]

  static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scripts/examples")
  static let expectations = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Examples")

  @Test("every example in scripts/examples is covered")
  func allCovered() throws {
    let scripts = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path)
      .filter { $0.hasSuffix(".sns") }
    #expect(Set(scripts) == Set(Self.cases.map(\.script)))
  }

  @Test("runs as documented", arguments: ExampleScriptTests.cases)
  func runs(example: Case) async throws {
    let result = try await SNSProcess.run(
      arguments: ["--sandbox"] + example.options + [example.script], directory: Self.examples)
    let expected = Expectation(folder: Self.expectations, name: example.name)
    if GoldenScriptTests.recording {
      try expected.record(result)
      Issue.record("recorded \(example.name); review the diff and run again without SNS_RECORD")
      return
    }
    #expect(result.status == expected.status, "\(example.name): status \(result.status)\n\(result.stderr)")
    if example.completionOrder {
      #expect(sortedLines(result.stdout) == sortedLines(expected.stdout), "\(result.stdout)")
    } else {
      #expect(result.stdout == expected.stdout, "\(lineDiff(expected.stdout, result.stdout))")
    }
    #expect(result.stderr == expected.stderr, "\(lineDiff(expected.stderr, result.stderr))")
  }
}

private func sortedLines(_ text: String) -> [Substring] {
  text.split(separator: "\n").sorted()
}

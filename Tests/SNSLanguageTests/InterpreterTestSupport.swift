import Foundation
import SinchNumbers
import Testing

@testable import SNSLanguage

/// A `SessionIO` that records what a program writes and answers from canned input.
final class CapturingIO: SessionIO, @unchecked Sendable {
  private let lock = NSLock()
  private var outputText = ""
  private var errorText = ""
  private var inputLines: [String]
  private let answer: Bool

  init(inputLines: [String] = [], answer: Bool = false) {
    self.inputLines = inputLines
    self.answer = answer
  }

  var output: String { lock.withLock { outputText } }
  var errors: String { lock.withLock { errorText } }

  func writeOutput(_ text: String) { lock.withLock { outputText += text } }
  func writeError(_ text: String) { lock.withLock { errorText += text } }
  func confirm(_ question: String) async -> Bool { answer }
  func readLine(prompt: String) async -> String? {
    lock.withLock { inputLines.isEmpty ? nil : inputLines.removeFirst() }
  }
}

/// What running a snippet produced.
struct SnippetRun {
  /// stdout.
  var output: String
  /// stderr, with the rendered runtime error or syntax errors at the end.
  var errors: String
  var outcome: RunOutcome
  var interpreter: Interpreter

  var status: Int32 { outcome.exitStatus }

  /// The failure's `line:column: message` (with suggestion), or nil when it did not fail.
  var failure: String? {
    guard case .failed(let error) = outcome, let diagnostic = error.diagnostic else { return nil }
    return "\(diagnostic.location): \(diagnostic.fullMessage)"
  }
}

/// Runs `source` as `test.sns` on a fresh Sandbox session.
func runSnippet(
  _ source: String, settings: SessionSettings = SessionSettings(), arguments: [String] = [],
  environment: [String: String] = [:], io: CapturingIO = CapturingIO()
) async throws -> SnippetRun {
  let context = CommandContext(api: try Sandbox(), io: io, settings: settings)
  let interpreter = Interpreter(context: context, arguments: arguments, environment: environment)
  let outcome = await interpreter.run(source: source, fileName: "test.sns")
  switch outcome {
  case .failed(let error): io.writeError(error.rendered() + "\n")
  case .syntaxErrors(let diagnostics):
    io.writeError(
      DiagnosticRenderer().render(diagnostics, source: SourceFile(name: "test.sns", text: source)) + "\n")
  default: break
  }
  return SnippetRun(output: io.output, errors: io.errors, outcome: outcome, interpreter: interpreter)
}

/// The stdout of a snippet that must run without error.
func output(
  of source: String, settings: SessionSettings = SessionSettings(),
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) async throws -> String {
  let run = try await runSnippet(source, settings: settings)
  if run.status != 0 {
    Issue.record(
      "expected \(source.debugDescription) to succeed:\n\(run.errors)", sourceLocation: sourceLocation)
  }
  return run.output
}

/// The `line:column: message` of a snippet that must fail at run time.
func failure(of source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws
  -> String
{
  let run = try await runSnippet(source)
  guard let failure = run.failure else {
    Issue.record(
      "expected \(source.debugDescription) to fail; output:\n\(run.output)\(run.errors)",
      sourceLocation: sourceLocation)
    return ""
  }
  return failure
}

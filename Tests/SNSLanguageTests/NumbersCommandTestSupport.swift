import Foundation
import SinchNumbers
import Testing

@testable import SNSLanguage

/// What a command wrote and asked, for the Numbers command tests.
final class NumbersTestIO: SessionIO, @unchecked Sendable {
  private let lock = NSLock()
  private var storedOutput = ""
  private var storedErrors = ""
  private var storedQuestions: [String] = []
  /// The answer to every question.
  let answer: Bool

  init(answer: Bool = false) { self.answer = answer }

  var output: String { lock.withLock { storedOutput } }
  var errors: String { lock.withLock { storedErrors } }
  var questions: [String] { lock.withLock { storedQuestions } }

  func writeOutput(_ text: String) { lock.withLock { storedOutput += text } }
  func writeError(_ text: String) { lock.withLock { storedErrors += text } }
  func confirm(_ question: String) async -> Bool {
    lock.withLock { storedQuestions.append(question) }
    return answer
  }
  func readLine(prompt: String) async -> String? { nil }
}

/// A Sandbox, a capturing IO and a context, with a way to call one Numbers command directly.
struct NumbersSession {
  let sandbox: Sandbox
  let io: NumbersTestIO
  let context: CommandContext

  /// The seed project, plus `extraNumbers` synthetic ones; `api` wraps the Sandbox if given.
  init(
    settings: SessionSettings = SessionSettings(), answer: Bool = false, extraNumbers: Int = 0,
    api wrap: (Sandbox) -> any NumbersAPI = { $0 }
  ) throws {
    sandbox = extraNumbers > 0 ? try Sandbox(extraNumbers: extraNumbers) : try Sandbox()
    io = NumbersTestIO(answer: answer)
    context = CommandContext(api: wrap(sandbox), io: io, settings: settings)
  }

  /// Runs `name` with the arguments as the interpreter would pass them.
  func run(
    _ name: String, _ positional: [Value] = [], _ named: KeyValuePairs<String, Value> = [:],
    flags: [String: Value] = [:], input: Value? = nil
  ) async throws -> Value {
    let command = try #require(NumbersCommands.all.first { $0.name == name })
    return try await command.run(
      numbersArguments(positional, named, flags: flags, input: input), context)
  }

  /// The error `name` throws, as a `RuntimeError`.
  func failure(
    _ name: String, _ positional: [Value] = [], _ named: KeyValuePairs<String, Value> = [:],
    flags: [String: Value] = [:], input: Value? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) async -> RuntimeError? {
    do {
      let value = try await run(name, positional, named, flags: flags, input: input)
      Issue.record("expected \(name) to fail, got \(value)", sourceLocation: sourceLocation)
    } catch let error as RuntimeError {
      return error
    } catch {
      Issue.record("expected a RuntimeError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
  }

  /// What the Sandbox was asked and what it changed.
  var statistics: SandboxStatistics { get async { await sandbox.statistics() } }
}

/// Where the fake source puts positional argument `index`.
func positionalRange(_ index: Int) -> SourceRange { SourceRange(start: 10 * index + 5, end: 10 * index + 9) }

/// Where the fake source puts named argument `index`.
func namedRange(_ index: Int) -> SourceRange { SourceRange(start: 200 + 10 * index, end: 205 + 10 * index) }

/// The range of the whole fake call.
let callRange = SourceRange(start: 0, end: 400)

/// Arguments with distinct, predictable ranges.
func numbersArguments(
  _ positional: [Value], _ named: KeyValuePairs<String, Value>, flags: [String: Value] = [:],
  input: Value? = nil
) -> CommandArguments {
  CommandArguments(
    positional: positional, positionalRanges: positional.indices.map(positionalRange),
    named: named.enumerated().map { index, pair in
      CommandArguments.Named(name: pair.key, value: pair.value, range: namedRange(index))
    },
    flags: flags, input: input, range: callRange)
}

/// A phone value; the tests only use valid numbers here.
func phone(_ text: String) -> Value { Value.phoneOrString(text) }

/// The `phoneNumber` of each record of a list, as text.
func phoneNumbers(_ value: Value) -> [String] {
  guard case .list(let items) = value else { return [] }
  return items.map { (try? $0.field("phoneNumber")).map(text) ?? "?" }
}

/// A field of a record as text (`null` for null).
func field(_ value: Value, _ path: String) -> String {
  (try? value.field(path: path.split(separator: ".").map(String.init))).map(text) ?? "<missing>"
}

private func text(_ value: Value) -> String {
  switch value {
  case .string(let text): text
  case .phone(let number): number.e164
  case .null: "null"
  default: "\(value)"
  }
}

/// The seed project's id, as it appears in request paths.
let seedProject = "0994c893-4d74-4455-8259-4f5c68d92f6f"

/// A `NumbersAPI` over a Sandbox whose mutations take `delay` and that records how many ran at
/// once, to check `-j` and cancellation.
final class SlowNumbersAPI: NumbersAPI {
  let base: Sandbox
  let delay: Duration
  let tracker = ConcurrencyTracker()

  init(_ base: Sandbox, delay: Duration = .milliseconds(50)) {
    self.base = base
    self.delay = delay
  }

  var projectId: String { base.projectId }

  private func slowly<Result: Sendable>(_ body: () async throws -> Result) async throws -> Result {
    await tracker.enter()
    // Not cancellable: an in-flight request runs to its end, as an HTTP request would.
    let deadline = ContinuousClock.now + delay
    while ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(2)) }
    do {
      let result = try await body()
      await tracker.leave()
      return result
    } catch {
      await tracker.leave()
      throw error
    }
  }

  func listActiveNumbers(_ query: ActiveNumberQuery) async throws -> ActiveNumberPage {
    try await base.listActiveNumbers(query)
  }
  func activeNumber(_ number: PhoneNumber) async throws -> ActiveNumber {
    try await base.activeNumber(number)
  }
  func updateActiveNumber(_ number: PhoneNumber, _ update: ActiveNumberUpdate) async throws -> ActiveNumber {
    try await slowly { try await base.updateActiveNumber(number, update) }
  }
  func releaseNumber(_ number: PhoneNumber) async throws -> ActiveNumber {
    try await slowly { try await base.releaseNumber(number) }
  }
  func searchAvailableNumbers(_ query: AvailableNumberQuery) async throws -> [AvailableNumber] {
    try await base.searchAvailableNumbers(query)
  }
  func availableNumber(_ number: PhoneNumber) async throws -> AvailableNumber {
    try await base.availableNumber(number)
  }
  func rentNumber(_ number: PhoneNumber, _ request: RentNumberRequest) async throws -> ActiveNumber {
    try await slowly { try await base.rentNumber(number, request) }
  }
  func rentAnyNumber(_ request: RentAnyNumberRequest) async throws -> ActiveNumber {
    try await base.rentAnyNumber(request)
  }
  func availableRegions(types: [NumberType]) async throws -> [AvailableRegion] {
    try await base.availableRegions(types: types)
  }
  func callbackConfiguration() async throws -> CallbackConfiguration {
    try await base.callbackConfiguration()
  }
  func updateCallbackConfiguration(_ update: CallbackConfigurationUpdate) async throws
    -> CallbackConfiguration
  {
    try await base.updateCallbackConfiguration(update)
  }
}

/// Counts calls in progress and remembers the most at once.
actor ConcurrencyTracker {
  private(set) var current = 0
  private(set) var most = 0
  private(set) var started = 0

  func enter() {
    current += 1
    started += 1
    most = max(most, current)
  }

  func leave() { current -= 1 }
}

extension Value {
  /// The number of items of a list value, else -1.
  var listCount: Int {
    if case .list(let items) = self { return items.count }
    return -1
  }
}

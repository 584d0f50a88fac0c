import SinchNumbers
import Testing

@testable import SNSLanguage

@Suite("Interpreter: mutating commands report themselves")
struct InterpreterDisplayTests {
  /// A stand-in for `set`: prints a summary, marks its result reported, returns a record.
  static let mutate = BuiltinCommand(
    name: "mutate", category: .numbers, summary: "test", usage: "mutate", example: "mutate"
  ) { _, context in
    context.io.writeOutput("updated thing\n")
    context.markResultReported()
    return ["changed": true]
  }

  func run(_ source: String, output mode: OutputMode) async throws -> String {
    let io = CapturingIO()
    var settings = SessionSettings()
    settings.output = mode
    let context = CommandContext(api: try Sandbox(), io: io, settings: settings)
    var registry = BuiltinRegistry.standard
    registry.register(Self.mutate)
    let interpreter = Interpreter(context: context, registry: registry)
    _ = await interpreter.run(source: source, fileName: "test.sns")
    return io.output
  }

  @Test func reportedResultsAreNotShownInTableMode() async throws {
    #expect(try await run("mutate", output: .table) == "updated thing\n")
  }

  @Test func reportedResultsAreShownInJSONMode() async throws {
    #expect(try await run("mutate", output: .json) == "updated thing\n{\n  \"changed\": true\n}\n")
  }

  @Test func reportedResultsStillFlowIntoPipesAndVariables() async throws {
    #expect(
      try await run("x = (mutate)\n$x.changed\nmutate | get changed", output: .table)
        == "updated thing\ntrue\nupdated thing\ntrue\n")
  }
}

import Testing

@testable import SNSLanguage

@Suite("Interpreter: pipelines, where and each")
struct InterpreterPipelineTests {
  @Test func expressionsPipeIntoCommands() async throws {
    #expect(try await output(of: "[3, 1, 2] | sort | first 2 | count") == "2\n")
  }

  @Test func whereKeepsTruthyItemsWithIt() async throws {
    #expect(try await output(of: "1..10 | where $it % 3 == 0 | join \",\"") == "3,6,9\n")
    let records = "[{n: 1, ok: true}, {n: 2, ok: false}] | where .ok | get n"
    #expect(try await output(of: records) == "1\n")
  }

  @Test func eachCollectsTheBlockValues() async throws {
    #expect(try await output(of: "[1, 2, 3] | each { $it * $it } | join \" \"") == "1 4 9\n")
  }

  @Test func eachBlocksShowNothing() async throws {
    #expect(try await output(of: "x = ([1, 2] | each { 5; $it })\n$x | count") == "2\n")
  }

  @Test func concurrentEachKeepsInputOrder() async throws {
    let source = "1..6 | each -j 3 { sleep (0.01 * (6 - $it)); $it * 10 } | join \" \""
    #expect(try await output(of: source) == "10 20 30 40 50 60\n")
  }

  @Test func eachCanAssignOuterVariables() async throws {
    // Each block ends in an assignment, so its value is null; the outer total still grows.
    #expect(try await output(of: "total = 0\ns = [1, 2, 3] | each { total += $it }\n$total") == "6\n")
  }

  @Test func commandsInExpressionsAndArguments() async throws {
    #expect(try await output(of: "n = ([1, 2, 3] | count) + 1\necho ($n * 2) (len \"abc\")") == "8 3\n")
  }

  @Test func pipedValueBecomesAFunctionsFirstArgument() async throws {
    #expect(
      try await output(of: "def total(list, extra = 0) { ($list | count) + $extra }\n[1, 2] | total extra=10")
        == "12\n")
  }

  @Test func fieldShorthandNamesAFieldForDataCommands() async throws {
    let source = "[{n: 2, k: \"b\"}, {n: 1, k: \"a\"}] | sort .n | get .k | join \"\""
    #expect(try await output(of: source) == "ab\n")
  }

  @Test func whereNeedsAList() async throws {
    #expect(try await failure(of: "5 | where $it > 1") == "1:5: 'where' needs a list, not int")
  }

  @Test func theSandboxAnswersNumbersCommands() async throws {
    let run = try await runSnippet("ls | count | type")
    #expect(run.output == "int\n")
  }
}

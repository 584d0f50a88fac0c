import Foundation
import Testing

@testable import SNSLanguage

@Suite("Interpreter: statements, scopes and display")
struct InterpreterBasicsTests {
  @Test func topLevelExpressionsShowTheirValues() async throws {
    #expect(try await output(of: "1 + 2\n\"a\" + \"b\"\nnull\n[1, 2]") == "3\nab\n1\n2\n")
  }

  @Test func assignmentsShowNothing() async throws {
    #expect(try await output(of: "x = 5\nx += 2\n$x") == "7\n")
  }

  @Test func topLevelBlocksShowButFunctionBodiesDoNot() async throws {
    let source = """
      if true { 1 }
      for i in 1..2 { $i * 10 }
      def f() { 99; 100 }
      x = (f)
      $x
      """
    #expect(try await output(of: source) == "1\n10\n20\n100\n")
  }

  @Test func anEmptyStringIsShownAsAnEmptyLine() async throws {
    // Only null is not shown (LANGUAGE.md §5); an empty list still shows "(no items)".
    #expect(try await output(of: "\"\"\nx = \"\"\n$x\n\"end\"") == "\n\nend\n")
  }

  @Test func functionCallAtTopLevelShowsItsResult() async throws {
    #expect(try await output(of: "def f(a, b = 2) { $a + $b }\nf 1\nf 1 b=5\nf b=3 a=4") == "3\n6\n7\n")
  }

  @Test func defaultsAreEvaluatedAtCallTimeInTheCallScope() async throws {
    #expect(try await output(of: "def f(a, b = $a * 2) { $b }\nf 4") == "8\n")
  }

  @Test func functionScopesHaveTheGlobalScopeAsParent() async throws {
    let source = """
      count = 0
      def bump() { count = $count + 1; local = 1 }
      bump; bump
      $count
      $local ?? "no local"
      """
    // The last statement is an assignment, whose value went into its variable: the calls are
    // worth null and show nothing.
    #expect(try await output(of: source) == "2\nno local\n")
  }

  @Test func aBlockEndingInAnAssignmentIsWorthNull() async throws {
    let source = """
      def f() { x = 1 }
      type (f)
      def g() { total = 0; total += 2 }
      type (g)
      def h() { x = 1; $x }
      h
      [1, 2] | each { y = $it } | len
      """
    #expect(try await output(of: source) == "null\nnull\n1\n2\n")
  }

  @Test func functionsDoNotSeeTheCallersLocals() async throws {
    let run = try await runSnippet("def inner() { $secret }\ndef outer() { secret = 1; inner }\nouter")
    #expect(run.failure == "1:15: unknown variable '$secret'")
  }

  @Test func returnEndsAFunction() async throws {
    #expect(
      try await output(of: "def f(n) { if $n > 0 { return \"pos\" }; \"other\" }\nf 1\nf 0") == "pos\nother\n"
    )
  }

  @Test func recursionWorksAndRunawayRecursionIsAnError() async throws {
    #expect(
      try await output(of: "def fact(n) { if $n <= 1 { return 1 }; $n * (fact ($n - 1)) }\nfact 10")
        == "3628800\n")
    let run = try await runSnippet("def f(n) { f ($n + 1) }\nf 0")
    #expect(run.status == 1)
    #expect(run.errors.contains("too many nested calls"))
  }

  @Test func loopsBreakAndContinue() async throws {
    let source = """
      s = 0
      for i in 1..10 { if $i % 2 == 0 { continue }; if $i > 7 { break }; s += $i }
      $s
      n = 0
      while true { n += 1; if $n == 5 { break } }
      $n
      """
    #expect(try await output(of: source) == "16\n5\n")
  }

  @Test func forIteratesListsRecordsAndRanges() async throws {
    let source = """
      for x in [3, 4] { echo $x }
      for item in {a: 1, b: 2} { echo $item.key $item.value }
      for i in 3..1 { echo never }
      r = 1..3
      $r | count
      """
    #expect(try await output(of: source) == "3\n4\na 1\nb 2\n3\n")
  }

  @Test func theBenchmarkLoopRunsWithoutBuildingTheRange() async throws {
    let source = """
      s = 0; t = ""
      for i in 1..100000 { s = $s + $i * 2; if $i % 1000 == 0 { t = "$t." } }
      $s
      len $t
      """
    #expect(try await output(of: source) == "10000100000\n100\n")
  }

  @Test func lastHoldsThePreviousTopLevelValue() async throws {
    #expect(try await output(of: "1 + 1\n$last * 10\nx = 7\n$last") == "2\n20\n7\n")
  }

  @Test func exitStopsWithItsStatus() async throws {
    let run = try await runSnippet("echo a\nexit 3\necho b")
    #expect(run.output == "a\n")
    #expect(run.status == 3)
    let nested = try await runSnippet("def f() { exit 4 }\nx = (f)\necho no")
    #expect(nested.status == 4)
    #expect(nested.output == "")
    #expect(try await runSnippet("exit").status == 0)
  }

  @Test func argsAndEnvArePredefined() async throws {
    let run = try await runSnippet(
      "$args\n$env.HOME", arguments: ["one", "two"], environment: ["HOME": "/home/x"])
    #expect(run.output == "one\ntwo\n/home/x\n")
  }

  @Test func interpolationUsesTheTextForm() async throws {
    #expect(
      try await output(of: "n = {a: [1, \"x\"]}\necho \"v=$n.a and $($n.a[0] + 1)\"")
        == "v=[1, \"x\"] and 2\n")
  }

  @Test func coalesceReplacesNullAndAbsentValues() async throws {
    let source = """
      r = {a: null, b: 2}
      $r.a ?? "dflt"
      $r.missing ?? "none"
      $args[0] ?? "no args"
      $nope ?? 5
      $r.b ?? 9
      """
    #expect(try await output(of: source) == "dflt\nnone\nno args\n5\n2\n")
  }

  @Test func logicalOperatorsYieldTheDecidingOperand() async throws {
    #expect(try await output(of: "0 or \"x\"\n1 and 2\nnull and (error \"not run\")") == "x\n2\n")
  }

  @Test func sourceRunsAFileInTheCurrentScope() async throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sns-source-\(UUID().uuidString).sns"
    ).path
    try "shared = 41\ndef inc(x) { $x + 1 }\n".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(try await output(of: "source \"\(path)\"\ninc $shared") == "42\n")
  }

  @Test func definingAFunctionNamedLikeABuiltinIsRefused() async throws {
    #expect(
      try await failure(of: "def count() { 1 }").hasPrefix(
        "1:5: cannot define 'count': it is a builtin command"))
  }
}

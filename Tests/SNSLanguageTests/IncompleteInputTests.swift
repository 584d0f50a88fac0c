import Testing

@testable import SNSLanguage

@Suite struct IncompleteInputTests {
  @Test(arguments: [
    "if $x {", "if $x {\n  echo 1", "for n in $l {\n", "def f(a,", "x = (1 +", "x = [1,", "x = {a: 1,",
    "echo (", "x = \"abc", "x = 'abc", "echo \"$(ls", "ls |", "ls |\n", "ls | where .a > 1 |\n\n",
    "echo \\", "echo a \\\n", "try { echo 1 }", "try { echo 1 }\n", "if $a {\n  if $b {\n",
    "ls | each {\n", "x = $l[", "x = (ls |",
  ])
  func incompleteInputAsksForMore(source: String) {
    #expect(needsMoreInput(source))
  }

  @Test(arguments: [
    "x = 1 +", "if $x", "x =", "echo )", "if $x { } else", "x = 1 2", "ls | 1", "if $x {\n  y = = 1\n",
  ])
  func wrongInputIsAnError(source: String) {
    guard case .errors = parseScript(source) else {
      Issue.record("expected errors for \(source.debugDescription)")
      return
    }
  }

  @Test func completeInputParses() {
    #expect(parseScript("if $x {\n  echo 1\n}").program != nil)
    #expect(parseScript("try { } catch { }").program != nil)
  }

  @Test func anUnclosedBracketIsReportedWhereItOpens() {
    guard case .incomplete(let diagnostics) = parseScript("if $x {\n  echo (1 +") else {
      Issue.record("expected incomplete")
      return
    }
    #expect(diagnostics.map { "\($0.location): \($0.message)" } == ["2:8: unclosed '('"])
    #expect(diagnostics.allSatisfy { $0.needsMoreInput })
  }

  @Test func aScriptReportsIncompleteInputAsAnError() {
    let result = parseScript("for n in $l {\n  echo $n\n")
    #expect(result.diagnostics.map(\.description) == ["test.sns:1:13: error: unclosed '{'"])
  }

  @Test func anEarlierRealErrorMakesTheResultAnError() {
    guard case .errors(let diagnostics) = parseScript("x = )\nif $x {") else {
      Issue.record("expected errors")
      return
    }
    #expect(diagnostics.map(\.message) == ["expected an expression, found ')'", "unclosed '{'"])
  }
}

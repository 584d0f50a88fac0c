import Testing

@testable import SNSLanguage

@Suite struct DiagnosticTests {
  let renameScript = SourceFile(
    name: "rename.sns", text: String(repeating: "# line\n", count: 11) + "    set $n name=\"x\"\n")

  @Test func rendersTheLanguageReferenceForm() {
    let diagnostic = Diagnostic(
      "no active number +12086390000 in this project (404 NOT_FOUND)", at: SourceRange(start: 85, end: 87),
      in: renameScript)
    #expect(
      DiagnosticRenderer().render(diagnostic, source: renameScript) == """
        rename.sns:12:9: error: no active number +12086390000 in this project (404 NOT_FOUND)
           12 |     set $n name="x"
              |         ^~
        """)
  }

  @Test func colourIsOptIn() {
    let diagnostic = Diagnostic("bad", at: SourceRange(start: 85, end: 87), in: renameScript)
    let plain = DiagnosticRenderer().render(diagnostic, source: renameScript)
    #expect(!plain.contains("\u{1B}"))
    let coloured = DiagnosticRenderer(usesColor: true).render(diagnostic, source: renameScript)
    #expect(coloured.hasPrefix("\u{1B}[1mrename.sns:12:9:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m bad\n"))
    #expect(coloured.hasSuffix("\u{1B}[1;32m^~\u{1B}[0m"))
  }

  @Test func rendersParseErrorsWithSuggestionAndNote() {
    let file = SourceFile(name: "<stdin>", text: "relese +12086390939")
    var diagnostic = Diagnostic("unknown command 'relese'", at: SourceRange(start: 0, end: 6), in: file)
    diagnostic.suggestion = suggestion(for: "relese", among: ["release", "rent", "regions"])
    diagnostic.note = "commands are listed by 'help'"
    #expect(
      DiagnosticRenderer().render(diagnostic, source: file) == """
        <stdin>:1:1: error: unknown command 'relese'; did you mean 'release'?
            1 | relese +12086390939
              | ^~~~~~
        note: commands are listed by 'help'
        """)
  }

  @Test func columnsCountCharactersNotBytes() {
    let file = SourceFile(name: "x", text: "echo \"é\" +0123")
    let result = Parser.parse(file: file)
    #expect(result.diagnostics.first?.location == SourceLocation(line: 1, column: 10))
    #expect(
      DiagnosticRenderer().render(result.diagnostics, source: file) == """
        x:1:10: error: invalid phone number '+0123': country code cannot start with 0
            1 | echo "é" +0123
              |          ^~~~~
        """)
  }

  @Test func tabsStayUnderTabs() {
    let file = SourceFile(name: "x", text: "if $x {\n\techo +0123\n}")
    #expect(
      DiagnosticRenderer().render(Parser.parse(file: file).diagnostics, source: file) == """
        x:2:7: error: invalid phone number '+0123': country code cannot start with 0
            2 | \techo +0123
              | \t     ^~~~~
        """)
  }

  @Test func aRangeOverSeveralLinesIsUnderlinedToTheEndOfTheFirst() {
    let file = SourceFile(name: "x", text: "ab\ncd")
    let diagnostic = Diagnostic("m", at: SourceRange(start: 1, end: 5), in: file)
    #expect(DiagnosticRenderer().render(diagnostic, source: file).hasSuffix("      |  ^"))
  }

  @Test func anErrorAtTheEndOfInputPointsPastTheLastCharacter() {
    let file = SourceFile(name: "x", text: "x = 1 +")
    #expect(
      DiagnosticRenderer().render(Parser.parse(file: file).diagnostics, source: file) == """
        x:1:8: error: expected an expression, found end of input
            1 | x = 1 +
              |        ^
        """)
  }

  @Test func longLinesAreShownAsAWindowAroundTheCaret() {
    let file = SourceFile(name: "x", text: "echo " + String(repeating: "a", count: 1000) + " +0123")
    let rendered = DiagnosticRenderer().render(Parser.parse(file: file).diagnostics, source: file)
    let lines = rendered.split(separator: "\n").map(String.init)
    #expect(lines[0] == "x:1:1007: error: invalid phone number '+0123': country code cannot start with 0")
    #expect(lines[1].count < 200)
    #expect(lines[1].hasSuffix("aaa +0123"))
    let caretColumn = lines[2].firstIndex(of: "^").map {
      lines[2].distance(from: lines[2].startIndex, to: $0)
    }
    let phoneColumn = lines[1].firstIndex(of: "+").map {
      lines[1].distance(from: lines[1].startIndex, to: $0)
    }
    #expect(caretColumn == phoneColumn)
  }

  @Test func withoutSourceOnlyTheHeadlineIsShown() {
    let diagnostic = Diagnostic(
      message: "boom", fileName: "<command>", range: SourceRange(start: 0, end: 1),
      location: SourceLocation(line: 1, column: 1))
    #expect(DiagnosticRenderer().render(diagnostic, source: nil) == "<command>:1:1: error: boom")
    #expect(diagnostic.description == "<command>:1:1: error: boom")
  }

  @Test func locations() {
    let file = SourceFile(name: "x", text: "a\n\nbé c\n")
    #expect(file.location(of: 0) == SourceLocation(line: 1, column: 1))
    #expect(file.location(of: 2) == SourceLocation(line: 2, column: 1))
    #expect(file.location(of: 6) == SourceLocation(line: 3, column: 3))
    #expect(file.location(of: 9) == SourceLocation(line: 4, column: 1))
    #expect(file.lineCount == 4)
  }

  @Test func suggestions() {
    let commands = ["release", "rent", "regions", "search", "set", "show", "sort", "count"]
    #expect(suggestion(for: "relese", among: commands) == "did you mean 'release'?")
    #expect(suggestion(for: "Release", among: commands) == "did you mean 'release'?")
    #expect(suggestion(for: "reelase", among: commands) == "did you mean 'release'?")
    #expect(suggestion(for: "st", among: commands) == "did you mean 'set'?")
    #expect(closestMatches(to: "sot", among: commands) == ["set", "sort"])
    #expect(suggestion(for: "sot", among: commands) == "did you mean 'set' or 'sort'?")
    #expect(suggestion(for: "frobnicate", among: commands) == nil)
    #expect(suggestion(for: "release", among: commands) == nil)
    #expect(
      suggestion(for: "displayname", among: ["displayName", "phoneNumber"]) == "did you mean 'displayName'?")
  }
}

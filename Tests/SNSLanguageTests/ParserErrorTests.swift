import Testing

@testable import SNSLanguage

@Suite struct ParserErrorTests {
  @Test func comparisonsDoNotChain() {
    #expect(
      syntaxErrors("x = $a < $b < $c") == ["1:13: comparisons cannot be chained; combine them with 'and'"])
    #expect(
      syntaxErrors("x = $a == $b != $c") == ["1:14: comparisons cannot be chained; combine them with 'and'"])
    #expect(syntaxErrors("x = 1..2..3") == ["1:9: ranges cannot be chained"])
  }

  @Test func expressionErrors() {
    #expect(syntaxErrors("x = 1 +") == ["1:8: expected an expression, found end of input"])
    #expect(syntaxErrors("x = 1 +\ny = 2") == ["1:8: expected an expression, found end of line"])
    #expect(syntaxErrors("x = not") == ["1:8: expected an expression, found end of input"])
    #expect(
      syntaxErrors("if foo { }") == [
        "1:4: unexpected word 'foo' in an expression; write \"foo\" for text or $foo for a variable"
      ])
    #expect(syntaxErrors("x = [1 2]") == ["1:8: expected ',' or ']' in the list, found '2'"])
    #expect(syntaxErrors("x = {a 1}") == ["1:8: expected ':' after the key 'a', found '1'"])
    #expect(syntaxErrors("x = {a: 1 b: 2}") == ["1:11: expected ',' or '}' in the record, found 'b'"])
    #expect(syntaxErrors("x = {a: 1, a: 2}") == ["1:12: duplicate key 'a' in the record"])
    #expect(syntaxErrors("x = {\"$a\": 1}") == ["1:6: record keys cannot be interpolated"])
    #expect(
      syntaxErrors("x = {1: 2}") == ["1:6: expected a key (a name or a string) in the record, found '1'"])
    #expect(syntaxErrors("x = ()") == ["1:5: empty parentheses"])
    #expect(syntaxErrors("x = $a.") == ["1:8: expected a field name after '.', found end of input"])
    #expect(syntaxErrors("x = $a. b") == ["1:9: expected a field name after '.', found 'b'"])
    #expect(syntaxErrors("x = $l[0") == ["1:7: unclosed '['"])
    #expect(syntaxErrors("x = $l[0 1]") == ["1:10: expected ']' after the index, found '1'"])
    #expect(syntaxErrors("x = $a ! $b") == ["1:8: unexpected '!'; use 'not' or '!='"])
    #expect(
      syntaxErrors("x = 10000000000000000000") == [
        "1:5: integer '10000000000000000000' does not fit in 64 bits"
      ])
  }

  @Test func interpolationErrorsPointIntoTheString() {
    #expect(
      syntaxErrors("x = \"a $(1 +) b\"") == [
        "1:13: expected an expression, found the end of the interpolation"
      ])
    #expect(syntaxErrors("x = \"$()\"") == ["1:6: empty '$( )' in string"])
    #expect(syntaxErrors("x = \"$(1 2)\"") == ["1:10: unexpected '2' in '$( )'"])
    #expect(syntaxErrors("x = \"a\\qb\"") == ["1:7: unknown escape '\\q' in string"])
  }

  @Test func statementErrors() {
    #expect(syntaxErrors("x = ") == ["1:3: expected a value after '='"])
    #expect(syntaxErrors("x += ") == ["1:3: expected a value after '+='"])
    #expect(syntaxErrors("x = 1 2") == ["1:7: expected a new line or ';' before '2'"])
    #expect(syntaxErrors("$x = 1") == ["1:1: write 'x = ...' without '$' to assign"])
    #expect(syntaxErrors("$r.a = 1") == ["1:6: only a variable can be assigned: write 'name = value'"])
    #expect(syntaxErrors("else { }") == ["1:1: unexpected 'else' without 'if'"])
    #expect(syntaxErrors("catch { }") == ["1:1: unexpected 'catch' without 'try'"])
    #expect(syntaxErrors("}") == ["1:1: unexpected '}' without a matching opening bracket"])
    #expect(syntaxErrors("echo (1))") == ["1:9: expected a new line or ';' before ')'"])
  }

  @Test func controlFlowErrors() {
    #expect(syntaxErrors("if $x") == ["1:6: expected '{' after the condition, found end of input"])
    #expect(syntaxErrors("if $x\n{ }") == ["1:6: expected '{' after the condition, found end of line"])
    #expect(syntaxErrors("if $a { } else") == ["1:15: expected '{' after 'else', found end of input"])
    #expect(syntaxErrors("for $n in $l { }") == ["1:5: write the loop variable without '$'"])
    #expect(syntaxErrors("for n of $l { }") == ["1:7: expected 'in' after the loop variable, found 'of'"])
    #expect(syntaxErrors("def (a) { }") == ["1:5: expected the function name after 'def', found '('"])
    #expect(syntaxErrors("def f(a, a) { }") == ["1:10: duplicate parameter 'a'"])
    #expect(syntaxErrors("def f(a b) { }") == ["1:9: expected ',' or ')' in the parameter list, found 'b'"])
    #expect(syntaxErrors("def f($a) { }") == ["1:7: write a parameter name without '$'"])
    #expect(syntaxErrors("try { } \n echo") == ["2:2: expected 'catch' after the 'try' block, found 'echo'"])
    #expect(syntaxErrors("catch err { }") == ["1:1: unexpected 'catch' without 'try'"])
  }

  @Test func loopAndFunctionContext() {
    #expect(syntaxErrors("break") == ["1:1: 'break' outside a loop"])
    #expect(syntaxErrors("continue") == ["1:1: 'continue' outside a loop"])
    #expect(syntaxErrors("return 1") == ["1:1: 'return' outside a function"])
    #expect(syntaxErrors("ls | each -j 2 { break }") == ["1:18: 'break' outside a loop"])
    #expect(syntaxErrors("for x in $l { ls | each { continue } }") == ["1:27: 'continue' outside a loop"])
    #expect(syntaxErrors("while true { def f() { break } }") == ["1:24: 'break' outside a loop"])
    #expect(
      dumpAST("def f() { for x in $l { if $x { return $x } } }")
        == "(def f () {(for x $l {(if $x {(return $x)})})})")
  }

  @Test func commandErrors() {
    #expect(syntaxErrors("echo a\"b\"") == ["1:7: missing space before '\"b\"'"])
    #expect(syntaxErrors("f(1)") == ["1:2: missing space before '('"])
    #expect(syntaxErrors("echo $a$b") == ["1:8: missing space before '$b'"])
    #expect(
      syntaxErrors("echo name= x") == [
        "1:6: missing value after 'name='; write name=\"\" for an empty string"
      ])
    #expect(dumpAST("echo = 1") == "(= echo 1)")
    #expect(
      syntaxErrors("echo a = 1") == [
        "1:8: unexpected '='; named arguments are written key=value without spaces"
      ])
    #expect(syntaxErrors("ls | 1") == ["1:6: expected a command after '|', found '1'"])
    #expect(syntaxErrors("ls | where") == ["1:11: expected a condition after 'where', found end of input"])
    #expect(syntaxErrors("ls | each") == ["1:10: expected '{' after 'each', found end of input"])
    #expect(syntaxErrors("ls | each -x 3 { }") == ["1:11: unknown flag '-x' for 'each'; it takes only -j N"])
    #expect(syntaxErrors("ls | each -j { }") == ["1:14: expected a number after '-j', found '{'"])
    #expect(syntaxErrors("exit 1 2") == ["1:1: 'exit' takes at most one argument, the exit status"])
    #expect(syntaxErrors("exit code=1") == ["1:1: 'exit' takes at most one argument, the exit status"])
    #expect(syntaxErrors("source") == ["1:1: 'source' takes one argument, the file to run"])
    #expect(syntaxErrors("exit | count") == ["1:6: 'exit' cannot be used in a pipeline"])
    #expect(
      syntaxErrors("echo <in")
        == [
          "1:6: unexpected '<' in command arguments; put an expression in parentheses, as in assert ($x < 1)"
        ])
  }

  @Test func phoneErrorsInScripts() {
    #expect(
      syntaxErrors("show +0123") == ["1:6: invalid phone number '+0123': country code cannot start with 0"])
    #expect(
      syntaxErrors("x = [+1208]") == [
        "1:6: invalid phone number '+1208': too few digits (E.164 needs 7 to 15)"
      ])
  }

  @Test func recoveryReportsEachBadStatementOnce() {
    #expect(
      syntaxErrors("echo +0123\necho ok\necho +123") == [
        "1:6: invalid phone number '+0123': country code cannot start with 0",
        "3:6: invalid phone number '+123': too few digits (E.164 needs 7 to 15)",
      ])
    #expect(
      syntaxErrors("x = (1 + + 2)\ny = [1,, 2]\nz = 3") == [
        "1:10: expected an expression, found '+'",
        "2:8: expected an expression, found ','",
      ])
  }

  @Test func recoveryInsideBlocksResumesAtTheNextStatement() {
    #expect(
      syntaxErrors("if $a {\n  x = = 1\n  y = 2\n  z = * 3\n}\necho $(") == [
        "2:7: expected an expression, found '='",
        "4:7: expected an expression, found '*'",
        "6:6: '$(...)' is only for strings; write '(...)' instead",
      ])
  }

  @Test func recoverySkipsBracketsTheBadStatementOpened() {
    #expect(
      syntaxErrors("x = (1 +\n  * 2)\ny = 1 2") == [
        "2:3: expected an expression, found '*'",
        "3:7: expected a new line or ';' before '2'",
      ])
  }

  @Test func tooManyErrorsStop() {
    let source = String(repeating: "x = )\n", count: 200)
    let messages = syntaxErrors(source)
    #expect(messages.count == Parser.maximumDiagnostics + 1)
    #expect(messages.last == "51:5: too many errors; stopping here")
  }
}

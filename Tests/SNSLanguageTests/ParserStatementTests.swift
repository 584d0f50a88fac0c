import Testing

@testable import SNSLanguage

@Suite struct ParserStatementTests {
  @Test func assignmentTakesAPipeline() {
    #expect(dumpAST("nums = ls region=US") == "(= nums (ls region=\"US\"))")
    #expect(dumpAST("x=5") == "(= x 5)")
    #expect(dumpAST("n = $list | count") == "(= n (| $list (count)))")
  }

  @Test func addAssignmentTakesAnExpression() {
    #expect(dumpAST("total += $n.price * 2") == "(+= total (* (. $n price) 2))")
  }

  @Test func ifElseChains() {
    #expect(
      dumpAST("if $a { x = 1 } else if $b { x = 2 } else { x = 3 }")
        == "(if $a {(= x 1)} elif $b {(= x 2)} else {(= x 3)})")
    #expect(dumpAST("if $a {\n  echo 1\n}\nelse {\n  echo 2\n}") == "(if $a {(echo 1)} else {(echo 2)})")
    #expect(dumpAST("if $a { }\necho after") == "(if $a {})\n(echo \"after\")")
  }

  @Test func loops() {
    #expect(dumpAST("for n in $list { echo $n; continue }") == "(for n $list {(echo $n); continue})")
    #expect(
      dumpAST("while $i < 10 { i += 1; if $i == 5 { break } }")
        == "(while (< $i 10) {(+= i 1); (if (== $i 5) {break})})")
  }

  @Test func functionDefinitions() {
    #expect(
      dumpAST("def greet(name, greeting = \"hi\") {\n  return \"$greeting $name\"\n}")
        == "(def greet (name greeting=\"hi\") {(return (interp $greeting \" \" $name))})")
    #expect(dumpAST("def f() { return }") == "(def f () {(return)})")
    #expect(dumpAST("def f { 1 }") == "(def f () {1})")
    #expect(dumpAST("def f(\n  a,\n  b,\n) { }") == "(def f (a b) {})")
    #expect(dumpAST("def f() { return ls | count }") == "(def f () {(return (| (ls) (count)))})")
  }

  @Test func tryCatch() {
    #expect(
      dumpAST("try { release +12086390939 --yes } catch err { echo $err.message }")
        == "(try {(release +12086390939 -yes)} catch err {(echo (. $err message))})")
    #expect(dumpAST("try { x }\ncatch { }") == "(try {(x)} catch {})")
  }

  @Test func exitAndSource() {
    #expect(dumpAST("exit") == "(exit)")
    #expect(dumpAST("exit 3") == "(exit 3)")
    #expect(dumpAST("exit $code") == "(exit $code)")
    #expect(dumpAST("source \"lib.sns\"") == "(source \"lib.sns\")")
    #expect(dumpAST("source ./lib.sns") == "(source \"./lib.sns\")")
  }

  @Test func statementsAreSeparatedByNewlinesAndSemicolons() {
    #expect(dumpAST("a; b\n\n c ;;") == "(a)\n(b)\n(c)")
  }

  @Test func aStatementStartingWithAnIdentifierIsACommand() {
    #expect(dumpAST("count") == "(count)")
    #expect(dumpAST("x") == "(x)")
    #expect(dumpAST("$x") == "$x")
    #expect(dumpAST("not $x") == "(not $x)")
    #expect(dumpAST("[1, 2] | count") == "(| [1 2] (count))")
    #expect(dumpAST("{a: 1}") == "{a: 1}")
  }

  @Test func commandArguments() {
    #expect(
      dumpAST("set $n name=\"Support $n.regionCode\"")
        == "(set $n name=(interp \"Support \" (. $n regionCode)))"
    )
    #expect(dumpAST("echo ($i + 1)") == "(echo (+ $i 1))")
    #expect(dumpAST("echo (show +12086390939).displayName") == "(echo (. (show +12086390939) displayName))")
    #expect(dumpAST("echo $r.a[0].b $l[1]") == "(echo (. ([] (. $r a) 0) b) ([] $l 1))")
    #expect(
      dumpAST("echo [1, $x] {a: 1} 'raw' true null 2.5 -3") == "(echo [1 $x] {a: 1} \"raw\" true null 2.5 -3)"
    )
    #expect(
      dumpAST("ls capability=SMS,VOICE pattern=*123 limit=5")
        == "(ls capability=\"SMS,VOICE\" pattern=\"*123\" limit=5)")
    #expect(dumpAST("sort displayName -r") == "(sort \"displayName\" -r)")
    #expect(dumpAST("get .name ./file.sns") == "(get (. $it name) \"./file.sns\")")
    #expect(dumpAST("x = ls name=.displayName") == "(= x (ls name=(. $it displayName)))")
    #expect(dumpAST("set $n plan=\"\"") == "(set $n plan=\"\")")
    #expect(dumpAST("help if") == "(help \"if\")")
  }

  @Test func aSpacedDotAfterAVariableIsTheItShorthand() {
    #expect(dumpAST("echo $a .b") == "(echo $a (. $it b))")
  }

  @Test func flagValuesFollowAsPositionals() {
    #expect(dumpAST("release $nums --yes -j 4") == "(release $nums -yes -j 4)")
  }

  @Test func whereTakesOneExpression() {
    #expect(
      dumpAST("ls | where .displayName =~ \"^Support\" and .type == \"LOCAL\" | count")
        == "(| (ls) (where (and (=~ (. $it displayName) \"^Support\") (== (. $it type) \"LOCAL\"))) (count))")
  }

  @Test func eachTakesAnOptionalConcurrencyAndABlock() {
    #expect(dumpAST("ls | each { set $it name=\"x\" }") == "(| (ls) (each {(set $it name=\"x\")}))")
    #expect(
      dumpAST("ls | each -j 4 {\n  echo $it\n  $it.phoneNumber\n} | count")
        == "(| (ls) (each -j 4 {(echo $it); (. $it phoneNumber)}) (count))")
  }

  @Test func aTrailingPipeContinuesTheLine() {
    #expect(dumpAST("ls |\n  where .x > 1 |\n\n  count") == "(| (ls) (where (> (. $it x) 1)) (count))")
  }

  @Test func continuationLines() {
    #expect(dumpAST("ls region=US \\\n   type=LOCAL") == "(ls region=\"US\" type=\"LOCAL\")")
  }

  @Test func nodesCarryRanges() {
    guard case .program(let program) = parseScript("x = 1\nif $x {\n  set $n name=\"x\"\n}") else {
      Issue.record("parse failed")
      return
    }
    #expect(
      program.statements.map(\.range) == [SourceRange(start: 0, end: 5), SourceRange(start: 6, end: 33)])
    guard case .ifElse(let statement) = program.statements[1].kind,
      case .pipeline(let pipeline) = statement.branches[0].body.statements[0].kind,
      case .command(let call) = pipeline.stages[0]
    else {
      Issue.record("unexpected tree")
      return
    }
    #expect(program.file.location(of: call.range.start) == SourceLocation(line: 3, column: 3))
    #expect(program.file.location(of: call.arguments[0].range.start) == SourceLocation(line: 3, column: 7))
    #expect(call.arguments[1].range == SourceRange(start: 23, end: 31))
  }

  @Test func aShebangLineIsAComment() {
    #expect(dumpAST("#!/usr/bin/env sns\nls") == "(ls)")
  }

  @Test func windowsLineEndings() {
    #expect(dumpAST("x = 1\r\nif $x {\r\n  echo 1\r\n}\r\n") == "(= x 1)\n(if $x {(echo 1)})")
  }
}

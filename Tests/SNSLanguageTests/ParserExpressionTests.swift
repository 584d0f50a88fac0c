import Testing

@testable import SNSLanguage

@Suite struct ParserExpressionTests {
  @Test func precedenceFollowsTheTableLowestFirst() {
    #expect(
      dumpAST("x = $a ?? $b or $c and not $d == 1..2 + 3 * -$e.f")
        == "(= x (?? $a (or $b (and $c (not (== $d (.. 1 (+ 2 (* 3 (- (. $e f)))))))))))")
  }

  @Test func arithmeticIsLeftAssociative() {
    #expect(dumpAST("x = 1 - 2 - 3") == "(= x (- (- 1 2) 3))")
    #expect(dumpAST("x = 8 / 4 % 3 * 2") == "(= x (* (% (/ 8 4) 3) 2))")
  }

  @Test func logicalOperatorsAreLeftAssociative() {
    #expect(dumpAST("x = $a or $b or $c") == "(= x (or (or $a $b) $c))")
    #expect(dumpAST("x = $a ?? $b ?? 0") == "(= x (?? (?? $a $b) 0))")
  }

  @Test func everyComparisonOperator() {
    let operators = ["==", "!=", "<", "<=", ">", ">=", "=~", "!~", "in"]
    for operation in operators {
      #expect(dumpAST("x = $a \(operation) $b") == "(= x (\(operation) $a $b))")
    }
  }

  @Test func parenthesesGroup() {
    #expect(dumpAST("x = (1 + 2) * 3") == "(= x (* (+ 1 2) 3))")
    #expect(dumpAST("x = ($a < $b) == true") == "(= x (== (< $a $b) true))")
  }

  @Test func negativeLiteralsFold() {
    #expect(dumpAST("x = -7") == "(= x -7)")
    #expect(dumpAST("x = -0.75") == "(= x -0.75)")
    #expect(dumpAST("x = - -1") == "(= x 1)")
    #expect(dumpAST("x = -$n") == "(= x (- $n))")
  }

  @Test func postfixChains() {
    #expect(dumpAST("x = $r.a.b[0][$i].c") == "(= x (. ([] ([] (. (. $r a) b) 0) $i) c))")
    #expect(dumpAST("x = [1, 2][-1]") == "(= x ([] [1 2] -1))")
    #expect(dumpAST("x = $r.in") == "(= x (. $r in))")
  }

  @Test func itShorthand() {
    #expect(dumpAST("x = .displayName") == "(= x (. $it displayName))")
    #expect(dumpAST("x = .a.b == .c") == "(= x (== (. (. $it a) b) (. $it c)))")
  }

  @Test func literals() {
    #expect(
      dumpAST("x = [null, true, false, 42, 2.5, \"s\", 'r', +12086390939]")
        == "(= x [null true false 42 2.5 \"s\" \"r\" +12086390939])")
  }

  @Test func listsAndRecordsIgnoreNewlinesAndTakeTrailingCommas() {
    #expect(dumpAST("x = [\n  1,\n  2,\n]") == "(= x [1 2])")
    #expect(
      dumpAST("x = {\n  name: \"Support\",\n  \"region code\": \"US\",\n  in: 1,\n}")
        == "(= x {name: \"Support\", region code: \"US\", in: 1})")
    #expect(dumpAST("x = {}") == "(= x {})")
    #expect(dumpAST("x = []") == "(= x [])")
  }

  @Test func rangesAreNodes() {
    #expect(dumpAST("for i in 1..$n { }") == "(for i (.. 1 $n) {})")
  }

  @Test func parenthesizedPipelines() {
    #expect(dumpAST("x = (ls region=US | count) + 1") == "(= x (+ (| (ls region=\"US\") (count)) 1))")
    #expect(dumpAST("x = (\n  ls\n  region=US\n)") == "(= x (ls region=\"US\"))")
  }

  @Test func stringInterpolation() {
    #expect(dumpAST(#"x = "Support $n.regionCode""#) == #"(= x (interp "Support " (. $n regionCode)))"#)
    #expect(dumpAST(#"x = "next: $($i + 1)""#) == #"(= x (interp "next: " (+ $i 1)))"#)
    #expect(
      dumpAST(#"x = "$a[0] and $b.c[$i].d.""#)
        == #"(= x (interp ([] $a 0) " and " (. ([] (. $b c) $i) d) "."))"#
    )
    #expect(dumpAST(#"x = "$(ls | count) numbers""#) == #"(= x (interp (| (ls) (count)) " numbers"))"#)
    #expect(dumpAST(#"x = "a $("b $("c")")""#) == #"(= x (interp "a " (interp "b " "c")))"#)
    #expect(dumpAST(#"x = "plain \$x""#) == #"(= x "plain $x")"#)
  }

  @Test func interpolatedPartsKeepTheirPositions() {
    guard case .program(let program) = parseScript("x = \"a $(1 + $bad)\""),
      case .assign(let assignment) = program.statements[0].kind,
      case .interpolatedString(let parts)? = assignment.value.singleExpression?.kind,
      case .expression(let sum) = parts[1],
      case .binary(_, _, let right) = sum.kind
    else {
      Issue.record("unexpected tree")
      return
    }
    #expect(right.range == SourceRange(start: 13, end: 17))
    #expect(program.file.location(of: right.range.start) == SourceLocation(line: 1, column: 14))
  }

  @Test func symbolsAreInternedOnce() {
    guard case .program(let program) = parseScript("x = 1\nx = $x + $it.y\necho $x") else {
      Issue.record("parse failed")
      return
    }
    #expect(program.symbols.symbol(named: "x")?.id == 4)
    #expect(program.symbols.symbol(named: "it") == Symbol.it)
    #expect(program.symbols.count == 7)
  }

  @Test func aSharedSymbolTableKeepsIds() {
    guard case .program(let first) = Parser.parse(source: "total = 1", fileName: "<stdin>"),
      case .program(let second) = Parser.parse(
        source: "count = $total", fileName: "<stdin>", symbols: first.symbols)
    else {
      Issue.record("parse failed")
      return
    }
    #expect(second.symbols.symbol(named: "total") == first.symbols.symbol(named: "total"))
    #expect(second.symbols.symbol(named: "count")?.id == first.symbols.count)
  }
}

import Testing

@testable import SNSLanguage

@Suite struct RobustnessTests {
  @Test(arguments: ["(", "[", "-", "not ", "(echo ", "{a: ", "$x[", "\"$(\"$("])
  func deepNestingIsACleanError(opener: String) {
    let source = "x = " + String(repeating: opener, count: 10_000) + "1"
    let result = parseScript(source)
    guard case .errors(let diagnostics) = result else {
      Issue.record("expected errors, got \(result)")
      return
    }
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.message.hasPrefix("nesting too deep") == true)
  }

  @Test func deeplyNestedBlocksAreACleanError() {
    let source = String(repeating: "if $x {\n", count: 10_000)
    #expect(
      syntaxErrors(source) == ["257:7: nesting too deep (more than 256 levels)", "256:7: unclosed '{'"])
  }

  @Test func nestingUpToTheLimitParses() {
    let depth = Parser.maximumNesting - 1
    let source = "x = " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
    #expect(dumpAST(source) == "(= x 1)")
    let blocks = String(repeating: "if $x {\n", count: depth) + String(repeating: "}\n", count: depth)
    #expect(parseScript(blocks).program != nil)
  }

  @Test func deeplyNestedInterpolationIsACleanError() {
    let source = "x = " + String(repeating: "\"$(", count: 10_000)
    #expect(syntaxErrors(source) == ["1:200: nesting too deep (more than 64 levels of interpolation)"])
  }

  @Test func aMegabyteLineParsesOrFailsCleanly() {
    let word = String(repeating: "a", count: 1 << 20)
    #expect(dumpAST("echo \(word)").count == (1 << 20) + 9)
    #expect(parseScript("x = \"\(word)\"").program != nil)
    #expect(
      syntaxErrors("x = " + String(repeating: "<", count: 1 << 20)) == [
        "1:5: expected an expression, found '<'"
      ])
    #expect(syntaxErrors(String(repeating: "@", count: 1 << 20)) == ["1:1: unexpected character '@'"])
  }

  @Test func nulBytesAreErrors() {
    #expect(syntaxErrors("echo a\u{0}b") == ["1:7: unexpected NUL byte"])
    #expect(syntaxErrors("x = \"a\u{0}b\"") == ["1:7: NUL byte in string"])
    #expect(syntaxErrors("# a\u{0}b\nls") == ["1:4: unexpected NUL byte"])
    #expect(syntaxErrors(String(repeating: "\u{0}", count: 1000)) == ["1:1: unexpected NUL byte"])
  }

  @Test func invalidUTF8IsAnError() {
    let file = SourceFile(
      name: "bad.sns", bytes: Array("echo ok\nx = ".utf8) + [0xC0, 0xAF] + Array("\ny = 1".utf8))
    let result = Parser.parse(file: file)
    #expect(result.diagnostics.map(\.description) == ["bad.sns:2:5: error: invalid UTF-8 byte 0xC0"])
  }

  /// Found by fuzzing (Fuzz/Regressions/parser/non-ascii-line-of-errors.sns): on a line that is not
  /// pure ASCII, every error token's diagnostic counted characters from the start of the line, so
  /// a line of alternating `é` and U+0001 took time quadratic in its length (64 KB: 135 s).
  @Test(.timeLimit(.minutes(1)))
  func aLongNonASCIILineOfErrorsParsesInLinearTime() {
    let source = String(repeating: "é\u{1}", count: 100_000)
    let diagnostics = parseScript(source).diagnostics
    #expect(diagnostics.first?.description == "test.sns:1:1: error: unexpected character 'é'")
  }

  /// Found by timing the fuzz target on large inputs (Fuzz/Regressions/parser/record-of-many-keys.sns):
  /// the duplicate-key check scanned every earlier key, so a record literal of many keys parsed in
  /// quadratic time.
  @Test(.timeLimit(.minutes(1)))
  func aRecordOfManyKeysParsesInLinearTime() {
    let entries = (0..<100_000).map { "k\($0): \($0)" }
    #expect(parseScript("x = {" + entries.joined(separator: ", ") + "}").program != nil)
    #expect(
      syntaxErrors("x = {" + entries.joined(separator: ", ") + ", k7: 0, k7: 1}") == [
        "1:1477786: duplicate key 'k7' in the record", "1:1477793: duplicate key 'k7' in the record",
      ])
  }

  @Test func columnsOnALongNonASCIILineCountCharacters() {
    let bytes = Array(("ab\n" + String(repeating: "é", count: 300) + "x").utf8) + [0xFF, 0x41]
    let file = SourceFile(name: "test.sns", bytes: bytes)
    for index in 0...300 {
      #expect(file.location(of: 3 + 2 * index) == SourceLocation(line: 2, column: index + 1))
    }
    #expect(file.location(of: 4) == SourceLocation(line: 2, column: 2))
    #expect(file.location(of: 604) == SourceLocation(line: 2, column: 302))
    #expect(file.location(of: bytes.count) == SourceLocation(line: 2, column: 304))
  }

  @Test func randomBytesNeverCrash() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<200 {
      let bytes = (0..<Int.random(in: 0..<200, using: &generator)).map { _ in
        UInt8.random(in: 0...255, using: &generator)
      }
      _ = Parser.parse(file: SourceFile(name: "fuzz", bytes: bytes))
    }
    let alphabet = Array("()[]{}\"'$|\\#;\n =+-.,:<>!?@ab1 ".utf8)
    for _ in 0..<500 {
      let bytes = (0..<Int.random(in: 0..<60, using: &generator)).map { _ in
        alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
      }
      _ = Parser.parse(file: SourceFile(name: "fuzz", bytes: bytes))
    }
  }
}

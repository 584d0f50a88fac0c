import Testing

@testable import SNSLanguage

@Suite struct LexerTests {
  @Test func commandArgumentsAreBarewordsNumbersAndValues() {
    #expect(
      tokenKinds("ls US 42 -7 2.5 -0.75 true null 957ae16ae12d4942b91b61eda5e4ed6b", mode: .argument) == [
        .bareword("ls"), .bareword("US"), .integer(42), .integer(-7), .decimal(2.5), .decimal(-0.75),
        .keyword(.true), .keyword(.null), .bareword("957ae16ae12d4942b91b61eda5e4ed6b"),
      ])
  }

  @Test func digitsWithALeadingZeroStayText() {
    // `ls pattern=0939` must keep its zero; a lone `0`, `0.5` and `-0` are still numbers.
    #expect(
      tokenKinds("0939 007 -01 00.5 0 0.5 -0 10", mode: .argument) == [
        .bareword("0939"), .bareword("007"), .bareword("-01"), .bareword("00.5"), .integer(0),
        .decimal(0.5), .integer(0), .integer(10),
      ])
  }

  @Test func barewordsTakeTheListedPunctuation() {
    #expect(
      tokenKinds("a_b-c.d/e:f@g%h,i*j~k?l ./file.sns 1.2.3 12abc", mode: .argument) == [
        .bareword("a_b-c.d/e:f@g%h,i*j~k?l"), .bareword("./file.sns"), .bareword("1.2.3"), .bareword("12abc"),
      ])
  }

  @Test func keywordsOtherThanValuesAreBarewordsInArguments() {
    #expect(tokenKinds("if in not", mode: .argument) == [.bareword("if"), .bareword("in"), .bareword("not")])
  }

  @Test func flagsAndNamedArguments() {
    #expect(
      tokenKinds("-y --yes -j 4 region=US name=\"x\" --dry-run", mode: .argument) == [
        .flag("y"), .flag("yes"), .flag("j"), .integer(4), .namedArgument("region"), .bareword("US"),
        .namedArgument("name"), .string([.text("x")]), .flag("dry-run"),
      ])
  }

  @Test func aLoneDashIsABareword() {
    #expect(tokenKinds("- --", mode: .argument) == [.bareword("-"), .bareword("--")])
  }

  @Test func dotFollowedByALetterIsTheItShorthandInArguments() {
    #expect(tokenKinds(".name", mode: .argument) == [.punctuator(.dot), .bareword("name")])
    let tokens = Lexer(source: ".name").tokens(mode: .argument)
    #expect(tokens[0].range == SourceRange(start: 0, end: 1))
    #expect(tokenKinds("./x.sns ..", mode: .argument) == [.bareword("./x.sns"), .bareword("..")])
  }

  @Test func expressionOperators() {
    let source = "== != < <= > >= =~ !~ = += + - * / % .. ?? | . [ ] ( ) { } , :"
    let expected = Punctuator.allCases.map { Token.Kind.punctuator($0) }
    #expect(Set(tokenKinds(source, mode: .expression).map { "\($0)" }) == Set(expected.map { "\($0)" }))
    #expect(tokenKinds(source, mode: .expression).count == Punctuator.allCases.count)
  }

  @Test func identifiersMayContainDashesButNotEndInOne() {
    #expect(
      tokenKinds("send-sms a-", mode: .expression) == [
        .identifier("send-sms"), .identifier("a"), .punctuator(.minus),
      ])
    #expect(
      tokenKinds("$a-b $c-1 $d- 1", mode: .expression) == [
        .variable("a-b"), .variable("c-1"), .variable("d"), .punctuator(.minus), .integer(1),
      ])
  }

  @Test func everyKeyword() {
    let source = Keyword.allCases.map(\.rawValue).joined(separator: " ")
    #expect(tokenKinds(source, mode: .expression) == Keyword.allCases.map { .keyword($0) })
  }

  @Test func numbersInExpressions() {
    #expect(
      tokenKinds("42 2.5 1..5 1.", mode: .expression) == [
        .integer(42), .decimal(2.5), .integer(1), .punctuator(.dotDot), .integer(5), .integer(1),
        .punctuator(.dot),
      ])
    #expect(tokenKinds("9223372036854775807", mode: .expression) == [.integer(Int.max)])
    #expect(tokenKinds("-9223372036854775808", mode: .argument) == [.integer(Int.min)])
  }

  @Test func integerOverflowIsAnErrorToken() {
    #expect(
      firstLexError("9223372036854775808", mode: .expression)
        == "1:1: integer '9223372036854775808' does not fit in 64 bits")
    #expect(
      firstLexError("echo -9223372036854775809")
        == "1:6: integer '-9223372036854775809' does not fit in 64 bits")
    #expect(firstLexError("x 1e5", mode: .expression) == "1:3: invalid number '1e5'")
  }

  @Test func phoneLiterals() {
    #expect(
      tokenKinds("+12086390939 +4915112345678", mode: .argument) == [
        .phone("+12086390939"), .phone("+4915112345678"),
      ])
    #expect(
      tokenKinds("(+12086390939)", mode: .expression) == [
        .punctuator(.leftParenthesis), .phone("+12086390939"), .punctuator(.rightParenthesis),
      ])
  }

  @Test func phoneLiteralErrorsSayWhy() {
    #expect(firstLexError("+0123") == "1:1: invalid phone number '+0123': country code cannot start with 0")
    #expect(
      firstLexError("+123456") == "1:1: invalid phone number '+123456': too few digits (E.164 needs 7 to 15)")
    #expect(
      firstLexError("+1234567890123456")
        == "1:1: invalid phone number '+1234567890123456': too many digits (E.164 allows at most 15)")
    #expect(
      firstLexError("show +1208abc") == "1:11: invalid phone number '+1208abc': unexpected character 'a'")
    #expect(
      firstLexError("show +1208-639") == "1:11: invalid phone number '+1208-639': unexpected character '-'")
    #expect(firstLexError("+1234567", mode: .argument) == nil)
    #expect(firstLexError("+123456789012345", mode: .argument) == nil)
  }

  @Test func plusAfterAnOperandIsAddition() {
    #expect(tokenKinds("+1", mode: .operator) == [.punctuator(.plus), .integer(1)])
  }

  @Test func stringsDecodeEscapes() {
    #expect(
      tokenKinds(#""a\"b\\c\nd\te\rf\$g\u{1F600}""#, mode: .expression) == [
        .string([.text("a\"b\\c\nd\te\rf$g😀")])
      ])
    #expect(tokenKinds(#""""#, mode: .expression) == [.string([])])
  }

  @Test func rawStringsKeepEverything() {
    #expect(tokenKinds(#"'a\n$b "c"'"#, mode: .expression) == [.string([.text(#"a\n$b "c""#)])])
  }

  @Test func interpolationParts() {
    let source = #""Support $n.regionCode! $a[0] $b.c[1].d $(1 + 2) $x. cost: 5$ $""#
    let segments: [StringSegment] = [
      .text("Support "), .path(SourceRange(start: 9, end: 22)), .text("! "),
      .path(SourceRange(start: 24, end: 29)),
      .text(" "), .path(SourceRange(start: 30, end: 39)), .text(" "),
      .pipeline(SourceRange(start: 42, end: 47)),
      .text(" "), .path(SourceRange(start: 49, end: 51)), .text(". cost: 5$ $"),
    ]
    #expect(tokenKinds(source, mode: .expression) == [.string(segments)])
  }

  @Test func nestedStringsInsideInterpolation() {
    let source = #""a $(echo "b $(echo ")")") c""#
    #expect(
      tokenKinds(source, mode: .expression) == [
        .string([.text("a "), .pipeline(SourceRange(start: 5, end: 25)), .text(" c")])
      ])
  }

  @Test func stringErrors() {
    #expect(firstLexError(#""a\qb""#) == #"1:3: unknown escape '\q' in string"#)
    #expect(firstLexError(#""\u{110000}""#) == #"1:2: \u{110000} is not a Unicode character"#)
    #expect(firstLexError(#""\u{}""#) == #"1:2: invalid unicode escape; write it as \u{1F600}"#)
    #expect(firstLexError(#""\u0041""#) == #"1:2: invalid unicode escape; write it as \u{1F600}"#)
    #expect(firstLexError("\"a $b[0\"") == "1:4: unclosed '[' in string interpolation")
    #expect(firstLexError("x = \"abc", mode: .expression) == "1:5: unterminated string")
    #expect(firstLexError("x = 'abc", mode: .expression) == "1:5: unterminated string")
    #expect(firstLexError("x = \"$(ls\"", mode: .expression) == "1:5: unterminated string")
  }

  @Test func unterminatedStringsNeedMoreInput() {
    let token = Lexer(source: "\"abc").token(at: 0, mode: .expression)
    guard case .error(let diagnostic) = token.kind else {
      Issue.record("expected an error token")
      return
    }
    #expect(diagnostic.needsMoreInput)
    #expect(token.range == SourceRange(start: 0, end: 4))
  }

  @Test func stringsMaySpanLines() {
    #expect(tokenKinds("\"a\nb\"", mode: .expression) == [.string([.text("a\nb")])])
  }

  @Test func commentsAndSeparators() {
    #expect(
      tokenKinds("#!/usr/bin/env sns\nls # all\n;count", mode: .argument) == [
        .newline, .bareword("ls"), .newline, .semicolon, .bareword("count"),
      ])
  }

  @Test func lineContinuationIsBlankSpace() {
    #expect(
      tokenKinds("ls \\\n  region=US \\  \r\n count", mode: .argument) == [
        .bareword("ls"), .namedArgument("region"), .bareword("US"), .bareword("count"),
      ])
    #expect(firstLexError("ls \\") == "1:4: line continuation '\\' at end of input")
    #expect(firstLexError("ls \\\n") == "1:4: line continuation '\\' at end of input")
    #expect(firstLexError("ls \\ x") == "1:4: unexpected character '\\'")
  }

  @Test func spacingIsRecorded() {
    let tokens = Lexer(source: "set $n name=\"x\"").tokens(mode: .argument)
    #expect(tokens.map(\.isPrecededBySpace) == [false, true, true, false, false])
  }

  @Test func badCharacters() {
    #expect(firstLexError("echo a\u{0}b") == "1:7: unexpected NUL byte")
    #expect(
      firstLexError("echo <")
        == "1:6: unexpected '<' in command arguments; put an expression in parentheses, as in assert ($x < 1)"
    )
    #expect(firstLexError("echo \u{7}") == "1:6: unexpected character U+0007")
    #expect(firstLexError("x = a ! b", mode: .expression) == "1:7: unexpected '!'; use 'not' or '!='")
    #expect(firstLexError("a && b", mode: .expression) == "1:3: unexpected '&&'; use 'and'")
    #expect(firstLexError("ls || x") == "1:4: unexpected '||'; use 'or'")
    #expect(
      firstLexError("echo = 1") == "1:6: unexpected '='; named arguments are written key=value without spaces"
    )
    #expect(firstLexError("echo $(ls)") == "1:6: '$(...)' is only for strings; write '(...)' instead")
    #expect(firstLexError("echo $ x") == "1:6: expected a variable name after '$'")
  }

  @Test func invalidUTF8IsAnError() {
    let file = SourceFile(name: "x", bytes: Array("echo ".utf8) + [0xFF, 0x41])
    let token = Lexer(file: file).token(at: 4, mode: .argument)
    guard case .error(let diagnostic) = token.kind else {
      Issue.record("expected an error token")
      return
    }
    #expect(diagnostic.message == "invalid UTF-8 byte 0xFF")
    #expect(diagnostic.location == SourceLocation(line: 1, column: 6))
  }

  @Test func invalidUTF8InStringsAndComments() {
    let inString = SourceFile(name: "x", bytes: [0x22, 0xC3, 0x28, 0x22])
    let commented = SourceFile(name: "x", bytes: Array("# é ".utf8) + [0xED, 0xA0, 0x80])
    for (file, message) in [
      (inString, "invalid UTF-8 byte 0xC3 in string"), (commented, "invalid UTF-8 byte 0xED"),
    ] {
      let token = Lexer(file: file).token(at: 0, mode: .expression)
      if case .error(let diagnostic) = token.kind {
        #expect(diagnostic.message == message)
      } else {
        Issue.record("expected an error token for \(file.bytes)")
      }
    }
  }

  @Test func nonASCIILettersAreBarewordText() {
    #expect(
      tokenKinds("echo Zürich 東京", mode: .argument) == [
        .bareword("echo"), .bareword("Zürich"), .bareword("東京"),
      ])
  }

  @Test func lexingIsAPureFunctionOfOffsetAndMode() {
    let lexer = Lexer(source: "x +1")
    #expect(lexer.token(at: 1, mode: .operator).kind == .punctuator(.plus))
    #expect(
      lexer.token(at: 1, mode: .expression).kind
        == .error(
          Diagnostic(
            "invalid phone number '+1': too few digits (E.164 needs 7 to 15)",
            at: SourceRange(start: 2, end: 4), in: lexer.file)))
  }
}

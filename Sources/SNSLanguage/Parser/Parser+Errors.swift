/// Reporting syntax errors.
extension Parser {
  /// Reports an error at `token` and returns the failure to throw.
  ///
  /// An error token reports its own diagnostic. Running into the end of the input inside an open
  /// bracket reports the bracket as unclosed, and marks the input as needing more lines.
  func fail(_ message: String, at token: Token, needsMoreInputAtEnd: Bool = false) -> ParseFailure {
    let isEnd = token.kind == .endOfInput && lexer.readsToEndOfInput
    if case .error(let diagnostic) = token.kind {
      report(diagnostic)
    } else if isEnd, let opener = openers.last {
      let text = lexer.file.text(of: opener.range)
      report(Diagnostic("unclosed '\(text)'", at: opener.range, in: lexer.file, needsMoreInput: true))
    } else {
      let diagnostic = Diagnostic(
        message, at: token.range, in: lexer.file, needsMoreInput: isEnd && needsMoreInputAtEnd)
      report(diagnostic)
    }
    openersAtFailure = openers.count
    return ParseFailure()
  }

  /// Reports an error at `range` and returns the failure to throw.
  func fail(_ message: String, at range: SourceRange) -> ParseFailure {
    report(Diagnostic(message, at: range, in: lexer.file))
    openersAtFailure = openers.count
    return ParseFailure()
  }

  /// Records a diagnostic without unwinding, for errors after which parsing can simply go on.
  func report(_ diagnostic: Diagnostic) {
    guard !hasStopped else { return }
    // Several unclosed blocks at the end of input would each complain; the innermost is enough.
    if diagnostic.needsMoreInput, diagnostics.last?.needsMoreInput == true { return }
    guard diagnostics.count < Parser.maximumDiagnostics else {
      hasStopped = true
      diagnostics.append(Diagnostic("too many errors; stopping here", at: diagnostic.range, in: lexer.file))
      return
    }
    diagnostics.append(diagnostic)
  }

  /// Records an error at `range` without unwinding.
  func report(_ message: String, at range: SourceRange) {
    report(Diagnostic(message, at: range, in: lexer.file))
  }

  /// How a token is named in messages: `'foo'`, `end of line`, `end of input`.
  func describe(_ token: Token) -> String {
    switch token.kind {
    case .newline: return "end of line"
    case .endOfInput: return lexer.readsToEndOfInput ? "end of input" : "the end of the interpolation"
    default:
      let text = lexer.file.text(of: token.range)
      return "'\(text.count <= 30 ? text : String(text.prefix(29)) + "…")'"
    }
  }
}

/// Pipelines and their stages: commands, `where` and `each`.
extension Parser {
  /// pipeline := stage { "|" command }
  ///
  /// The first stage may be an expression; later stages are commands. A line ending in `|` continues
  /// on the next.
  func pipeline() throws(ParseFailure) -> Pipeline {
    let start = peek(.expression).range.start
    var stages = [try stage(isFirst: true)]
    while let pipe = take(.pipe) {
      skipNewlines()
      let next = peek(.expression)
      if next.kind == .endOfInput, lexer.readsToEndOfInput, openers.isEmpty {
        let diagnostic = Diagnostic(
          "missing command after '|'", at: pipe.range, in: lexer.file, needsMoreInput: true)
        report(diagnostic)
        openersAtFailure = openers.count
        throw ParseFailure()
      }
      stages.append(try stage(isFirst: false))
    }
    return Pipeline(stages: stages, range: range(from: start))
  }

  /// stage := filter | each | commandCall | expression (first stage only)
  private func stage(isFirst: Bool) throws(ParseFailure) -> Stage {
    let token = peek(.expression)
    if case .identifier(let name) = token.kind {
      switch name {
      case "where": return .filter(try filter())
      case "each": return .each(try each())
      default: return .command(try commandCall())
      }
    }
    guard isFirst else { throw fail("expected a command after '|', found \(describe(token))", at: token) }
    return .expression(try expression())
  }

  /// commandCall := IDENTIFIER { argument }
  ///
  /// Arguments are separated by blanks and run to the end of the line, `;`, `|` or a closing bracket.
  func commandCall() throws(ParseFailure) -> CommandCall {
    let nameToken = advance()
    let name = intern(identifierText(nameToken))
    var arguments: [Argument] = []
    while true {
      let token = peek(.argument)
      if token.endsArguments { break }
      guard token.isPrecededBySpace else {
        throw fail("missing space before \(describe(token))", at: token)
      }
      arguments.append(try argument())
    }
    return CommandCall(
      name: name, nameRange: nameToken.range, arguments: arguments, range: range(from: nameToken.range.start))
  }

  /// filter := "where" expression
  private func filter() throws(ParseFailure) -> Filter {
    let whereToken = advance()
    let next = peek(.expression)
    if next.endsArguments {
      throw fail("expected a condition after 'where', found \(describe(next))", at: next)
    }
    let condition = try expression()
    return Filter(condition: condition, range: range(from: whereToken.range.start))
  }

  /// each := "each" [ "-j" argumentValue ] block
  ///
  /// The block is a new context: `break` and `continue` there cannot reach a loop around the `each`.
  private func each() throws(ParseFailure) -> EachBlock {
    let eachToken = advance()
    var concurrency: Expression?
    let flag = peek(.argument)
    if case .flag(let name) = flag.kind {
      guard name == "j" else {
        throw fail(
          "unknown flag '\(lexer.file.text(of: flag.range))' for 'each'; it takes only -j N", at: flag)
      }
      advance()
      let value = peek(.argument)
      guard value.isPrecededBySpace, !value.endsArguments, !value.isPunctuator(.leftBrace) else {
        throw fail("expected a number after '-j', found \(describe(value))", at: value)
      }
      concurrency = try argumentValue()
    }
    let enclosingLoops = loopDepth
    loopDepth = 0
    defer { loopDepth = enclosingLoops }
    let body = try block(after: concurrency == nil ? "'each'" : "'each -j N'")
    return EachBlock(concurrency: concurrency, body: body, range: range(from: eachToken.range.start))
  }
}

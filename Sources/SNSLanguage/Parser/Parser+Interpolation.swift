/// `"..."` strings: their `$name.path` and `$(pipeline)` parts are parsed here, once, with the
/// positions they have in the file.
extension Parser {
  /// A string literal from the lexer's segments: plain text, or an interpolated string.
  func stringLiteral(_ segments: [StringSegment], range: SourceRange) throws(ParseFailure) -> Expression {
    var parts: [InterpolationSegment] = []
    var hasInterpolation = false
    for segment in segments {
      switch segment {
      case .text(let text):
        parts.append(.text(text))
      case .path(let pathRange):
        hasInterpolation = true
        parts.append(.expression(try embedded(pathRange, isPipeline: false)))
      case .pipeline(let pipelineRange):
        hasInterpolation = true
        parts.append(.expression(try embedded(pipelineRange, isPipeline: true)))
      }
    }
    guard hasInterpolation else {
      let text = parts.map { if case .text(let text) = $0 { text } else { "" } }.joined()
      return Expression(.string(text), range: range)
    }
    return Expression(.interpolatedString(parts), range: range)
  }

  /// Parses the source at `range` (inside the string token already consumed) with a lexer that stops
  /// at its end, then puts the parser back where it was.
  private func embedded(_ range: SourceRange, isPipeline: Bool) throws(ParseFailure) -> Expression {
    let saved = (lexer: lexer, position: position, previousEnd: previousEnd, newlines: newlinesAreIgnored)
    lexer = lexer.bounded(to: range.end)
    position = range.start
    discardLookahead()
    setNewlinesIgnored(isPipeline)
    nesting += 1
    deepestLevel = max(deepestLevel, nesting)
    defer {
      nesting -= 1
      lexer = saved.lexer
      position = saved.position
      previousEnd = saved.previousEnd
      discardLookahead()
      setNewlinesIgnored(saved.newlines)
    }
    guard nesting <= Parser.maximumNesting else {
      throw fail("nesting too deep (more than \(Parser.maximumNesting) levels)", at: range)
    }
    let first = peek(.expression)
    if first.kind == .endOfInput {
      throw fail("empty '$( )' in string", at: SourceRange(start: range.start - 2, end: range.end + 1))
    }
    let expression: Expression
    if isPipeline {
      let pipeline = try pipeline()
      expression = pipeline.singleExpression ?? Expression(.pipeline(pipeline), range: pipeline.range)
    } else {
      expression = try postfix()
    }
    let rest = peek(.operator)
    guard rest.kind == .endOfInput else {
      throw fail("unexpected \(describe(rest)) in '$( )'", at: rest)
    }
    return expression
  }
}

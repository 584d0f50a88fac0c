/// Primary expressions: literals, variables, the `.field` shorthand, brackets, and postfix access.
extension Parser {
  /// primary := literal | VARIABLE | "." IDENTIFIER | "(" pipeline ")" | list | record
  func primary() throws(ParseFailure) -> Expression {
    let token = peek(.expression)
    switch token.kind {
    case .integer, .decimal, .phone, .string, .keyword(.true), .keyword(.false), .keyword(.null):
      return try literal()
    case .variable(let name):
      advance()
      return Expression(.variable(intern(name)), range: token.range)
    case .punctuator(.dot):
      return try itField()
    case .punctuator(.leftParenthesis):
      return try parenthesized()
    case .punctuator(.leftBracket):
      return try listLiteral()
    case .punctuator(.leftBrace):
      return try recordLiteral()
    case .identifier(let word):
      throw fail(
        "unexpected word '\(word)' in an expression; write \"\(word)\" for text or $\(word) for a variable",
        at: token)
    default:
      throw fail("expected an expression, found \(describe(token))", at: token)
    }
  }

  /// literal := INTEGER | DECIMAL | PHONE | STRING | "true" | "false" | "null"
  func literal() throws(ParseFailure) -> Expression {
    let token = advance()
    let kind: Expression.Kind
    switch token.kind {
    case .integer(let value): kind = .integer(value)
    case .decimal(let value): kind = .decimal(value)
    case .phone(let number): kind = .phone(number)
    case .keyword(.true): kind = .boolean(true)
    case .keyword(.false): kind = .boolean(false)
    case .string(let segments): return try stringLiteral(segments, range: token.range)
    case .keyword(.null): kind = .null
    default: throw fail("expected a value, found \(describe(token))", at: token)
    }
    return Expression(kind, range: token.range)
  }

  /// `.name`, short for `$it.name`.
  func itField() throws(ParseFailure) -> Expression {
    let dot = peek(.expression)
    let it = Expression(.variable(intern(Symbol.it.name)), range: dot.range)
    return try fieldAccess(of: it)
  }

  /// "." IDENTIFIER, applied to `base`; the name must follow the dot directly. Keywords are fine as
  /// field names (`$r.in`), as they are as record keys.
  func fieldAccess(of base: Expression) throws(ParseFailure) -> Expression {
    advance()
    let name = peek(.expression)
    let isName: Bool
    switch name.kind {
    case .identifier, .keyword: isName = !name.isPrecededBySpace
    default: isName = false
    }
    guard isName else {
      throw fail("expected a field name after '.', found \(describe(name))", at: name)
    }
    advance()
    return Expression(.field(base, intern(identifierText(name))), range: base.range.union(name.range))
  }

  /// "[" expression "]", applied to `base`.
  func indexAccess(of base: Expression) throws(ParseFailure) -> Expression {
    let open = advance()
    return try withinBrackets(open, newlinesIgnored: true) { () throws(ParseFailure) -> Expression in
      let index = try expression()
      let close = peek(.operator)
      guard close.isPunctuator(.rightBracket) else {
        throw fail("expected ']' after the index, found \(describe(close))", at: close)
      }
      advance()
      return Expression(.index(base, index), range: range(from: base.range.start))
    }
  }

  /// "(" pipeline ")"; a lone expression in parentheses is just that expression.
  func parenthesized() throws(ParseFailure) -> Expression {
    let open = advance()
    return try withinBrackets(open, newlinesIgnored: true) { () throws(ParseFailure) -> Expression in
      let first = peek(.expression)
      if first.isPunctuator(.rightParenthesis) {
        throw fail("empty parentheses", at: open.range.union(first.range))
      }
      let pipeline = try pipeline()
      let close = peek(.operator)
      guard close.isPunctuator(.rightParenthesis) else {
        throw fail("expected ')', found \(describe(close))", at: close)
      }
      advance()
      let range = range(from: open.range.start)
      if let single = pipeline.singleExpression { return Expression(single.kind, range: range) }
      return Expression(.pipeline(pipeline), range: range)
    }
  }

  /// list := "[" [ expression { "," expression } [","] ] "]"
  func listLiteral() throws(ParseFailure) -> Expression {
    let open = advance()
    return try withinBrackets(open, newlinesIgnored: true) { () throws(ParseFailure) -> Expression in
      var elements: [Expression] = []
      while take(.rightBracket, mode: .expression) == nil {
        elements.append(try expression())
        let separator = peek(.operator)
        if separator.isPunctuator(.comma) {
          advance()
        } else if !separator.isPunctuator(.rightBracket) {
          throw fail("expected ',' or ']' in the list, found \(describe(separator))", at: separator)
        }
      }
      return Expression(.list(elements), range: range(from: open.range.start))
    }
  }

  /// record := "{" [ entry { "," entry } [","] ] "}";  entry := (IDENTIFIER | STRING) ":" expression
  func recordLiteral() throws(ParseFailure) -> Expression {
    let open = advance()
    return try withinBrackets(open, newlinesIgnored: true) { () throws(ParseFailure) -> Expression in
      var entries: [RecordEntry] = []
      // A set, not a scan of `entries`: a record of many thousand keys must not parse in
      // quadratic time.
      var keys: Set<String> = []
      while take(.rightBrace, mode: .expression) == nil {
        let entry = try recordEntry()
        if !keys.insert(entry.key).inserted {
          report("duplicate key '\(entry.key)' in the record", at: entry.keyRange)
        }
        entries.append(entry)
        let separator = peek(.operator)
        if separator.isPunctuator(.comma) {
          advance()
        } else if !separator.isPunctuator(.rightBrace) {
          throw fail("expected ',' or '}' in the record, found \(describe(separator))", at: separator)
        }
      }
      return Expression(.record(entries), range: range(from: open.range.start))
    }
  }

  private func recordEntry() throws(ParseFailure) -> RecordEntry {
    let keyToken = peek(.expression)
    let key: String
    switch keyToken.kind {
    case .identifier, .keyword:
      key = identifierText(keyToken)
    case .string(let segments) where segments.allSatisfy({ if case .text = $0 { true } else { false } }):
      key = segments.map { if case .text(let text) = $0 { text } else { "" } }.joined()
    case .string:
      throw fail("record keys cannot be interpolated", at: keyToken)
    default:
      throw fail(
        "expected a key (a name or a string) in the record, found \(describe(keyToken))", at: keyToken)
    }
    advance()
    let colon = peek(.operator)
    guard colon.isPunctuator(.colon) else {
      throw fail("expected ':' after the key '\(key)', found \(describe(colon))", at: colon)
    }
    advance()
    return RecordEntry(key: key, keyRange: keyToken.range, value: try expression())
  }
}

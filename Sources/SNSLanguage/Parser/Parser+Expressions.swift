/// Operator expressions, one method per precedence level of LANGUAGE.md §4, lowest first.
extension Parser {
  /// expression := coalescing
  func expression() throws(ParseFailure) -> Expression {
    try coalescing()
  }

  /// coalescing := disjunction { "??" disjunction }
  func coalescing() throws(ParseFailure) -> Expression {
    var spine = beginSpine()
    defer { endSpine(spine) }
    var left = try disjunction()
    while let token = take(.coalesce) {
      left = binary(
        .coalesce, left, try link(&spine, at: token) { () throws(ParseFailure) in try disjunction() })
    }
    return left
  }

  /// disjunction := conjunction { "or" conjunction }
  func disjunction() throws(ParseFailure) -> Expression {
    var spine = beginSpine()
    defer { endSpine(spine) }
    var left = try conjunction()
    while peek(.operator).isKeyword(.or) {
      let token = advance()
      left = binary(.or, left, try link(&spine, at: token) { () throws(ParseFailure) in try conjunction() })
    }
    return left
  }

  /// conjunction := negation { "and" negation }
  func conjunction() throws(ParseFailure) -> Expression {
    var spine = beginSpine()
    defer { endSpine(spine) }
    var left = try negation()
    while peek(.operator).isKeyword(.and) {
      let token = advance()
      left = binary(.and, left, try link(&spine, at: token) { () throws(ParseFailure) in try negation() })
    }
    return left
  }

  /// negation := "not" negation | comparison
  func negation() throws(ParseFailure) -> Expression {
    let token = peek(.expression)
    guard token.isKeyword(.not) else { return try comparison() }
    advance()
    try enterNesting(at: token)
    defer { nesting -= 1 }
    let operand = try negation()
    return Expression(.unary(.not, operand), range: token.range.union(operand.range))
  }

  /// comparison := rangeExpression [ comparisonOperator rangeExpression ]
  ///
  /// Comparisons do not chain: `a < b < c` is an error rather than a surprise.
  func comparison() throws(ParseFailure) -> Expression {
    let left = try rangeExpression()
    guard let comparison = comparisonOperator(peek(.operator)) else { return left }
    advance()
    let right = try rangeExpression()
    let next = peek(.operator)
    if comparisonOperator(next) != nil {
      throw fail("comparisons cannot be chained; combine them with 'and'", at: next)
    }
    return binary(comparison, left, right)
  }

  private func comparisonOperator(_ token: Token) -> BinaryOperator? {
    switch token.kind {
    case .punctuator(.equal): .equal
    case .punctuator(.notEqual): .notEqual
    case .punctuator(.less): .less
    case .punctuator(.lessOrEqual): .lessOrEqual
    case .punctuator(.greater): .greater
    case .punctuator(.greaterOrEqual): .greaterOrEqual
    case .punctuator(.matches): .matches
    case .punctuator(.notMatches): .notMatches
    case .keyword(.in): .in
    default: nil
    }
  }

  /// rangeExpression := additive [ ".." additive ]
  func rangeExpression() throws(ParseFailure) -> Expression {
    let left = try additive()
    guard take(.dotDot) != nil else { return left }
    let right = try additive()
    let next = peek(.operator)
    if next.isPunctuator(.dotDot) { throw fail("ranges cannot be chained", at: next) }
    return binary(.range, left, right)
  }

  /// additive := multiplicative { ("+" | "-") multiplicative }
  func additive() throws(ParseFailure) -> Expression {
    var spine = beginSpine()
    defer { endSpine(spine) }
    var left = try multiplicative()
    while true {
      let token = peek(.operator)
      let operation: BinaryOperator
      if token.isPunctuator(.plus) {
        operation = .add
      } else if token.isPunctuator(.minus) {
        operation = .subtract
      } else {
        return left
      }
      advance()
      left = binary(
        operation, left, try link(&spine, at: token) { () throws(ParseFailure) in try multiplicative() })
    }
  }

  /// multiplicative := unary { ("*" | "/" | "%") unary }
  func multiplicative() throws(ParseFailure) -> Expression {
    var spine = beginSpine()
    defer { endSpine(spine) }
    var left = try unary()
    while true {
      let token = peek(.operator)
      let operation: BinaryOperator
      switch token.kind {
      case .punctuator(.star): operation = .multiply
      case .punctuator(.slash): operation = .divide
      case .punctuator(.percent): operation = .remainder
      default: return left
      }
      advance()
      left = binary(operation, left, try link(&spine, at: token) { () throws(ParseFailure) in try unary() })
    }
  }

  /// unary := "-" unary | postfix
  ///
  /// `-` before a number literal folds into the literal, so `-7` costs nothing at run time.
  func unary() throws(ParseFailure) -> Expression {
    let token = peek(.expression)
    guard token.isPunctuator(.minus) else { return try postfix() }
    advance()
    try enterNesting(at: token)
    defer { nesting -= 1 }
    let operand = try unary()
    let range = token.range.union(operand.range)
    switch operand.kind {
    case .integer(let value) where value != Int.min:
      return Expression(.integer(-value), range: range)
    case .decimal(let value):
      return Expression(.decimal(-value), range: range)
    default:
      return Expression(.unary(.negate, operand), range: range)
    }
  }

  /// postfix := primary { "." IDENTIFIER | "[" expression "]" }
  func postfix() throws(ParseFailure) -> Expression {
    var spine = beginSpine()
    defer { endSpine(spine) }
    var result = try primary()
    while true {
      let token = peek(.operator)
      let base = result
      if token.isPunctuator(.dot) {
        result = try link(&spine, at: token) { () throws(ParseFailure) in try fieldAccess(of: base) }
      } else if token.isPunctuator(.leftBracket) {
        result = try link(&spine, at: token) { () throws(ParseFailure) in try indexAccess(of: base) }
      } else {
        return result
      }
    }
  }

  // MARK: - Depth of operator chains

  /// The left-leaning tree that a chain such as `a + b + c` or `$x.a[0].b` builds. Each operator
  /// puts the whole tree so far one level deeper without any bracket, so `nesting` does not see
  /// it; the spine measures the tree's depth from the deepest level it has reached instead.
  struct Spine {
    /// `deepestLevel` outside the chain, folded back in when it ends.
    let outerDeepest: Int
    /// The deepest level of the tree built so far.
    var deepest: Int
  }

  /// Starts measuring a chain, before its first operand is parsed.
  func beginSpine() -> Spine {
    defer { deepestLevel = nesting }
    return Spine(outerDeepest: deepestLevel, deepest: nesting)
  }

  /// Ends a chain, leaving its depth to the enclosing one.
  func endSpine(_ spine: Spine) {
    deepestLevel = max(spine.outerDeepest, spine.deepest, deepestLevel)
  }

  /// Parses what operator `token` adds to the chain with `build`, one level above everything
  /// parsed so far; past `maximumDepth` that is an error rather than a stack overflow later.
  func link<Node>(
    _ spine: inout Spine, at token: Token, _ build: () throws(ParseFailure) -> Node
  ) throws(ParseFailure) -> Node {
    spine.deepest = max(spine.deepest, deepestLevel)
    deepestLevel = nesting
    let node = try build()
    spine.deepest = max(spine.deepest, deepestLevel) + 1
    guard spine.deepest <= Parser.maximumDepth else {
      throw fail(
        "expression too deep (more than \(Parser.maximumDepth) levels of operators and brackets); "
          + "split it with variables", at: token)
    }
    return node
  }

  private func binary(_ operation: BinaryOperator, _ left: Expression, _ right: Expression) -> Expression {
    Expression(.binary(operation, left, right), range: left.range.union(right.range))
  }
}

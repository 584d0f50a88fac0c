/// Operator expressions, one method per precedence level of LANGUAGE.md §4, lowest first.
extension Parser {
  /// expression := coalescing
  func expression() throws(ParseFailure) -> Expression {
    try coalescing()
  }

  /// coalescing := disjunction { "??" disjunction }
  func coalescing() throws(ParseFailure) -> Expression {
    var left = try disjunction()
    while take(.coalesce) != nil {
      left = binary(.coalesce, left, try disjunction())
    }
    return left
  }

  /// disjunction := conjunction { "or" conjunction }
  func disjunction() throws(ParseFailure) -> Expression {
    var left = try conjunction()
    while peek(.operator).isKeyword(.or) {
      advance()
      left = binary(.or, left, try conjunction())
    }
    return left
  }

  /// conjunction := negation { "and" negation }
  func conjunction() throws(ParseFailure) -> Expression {
    var left = try negation()
    while peek(.operator).isKeyword(.and) {
      advance()
      left = binary(.and, left, try negation())
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
      left = binary(operation, left, try multiplicative())
    }
  }

  /// multiplicative := unary { ("*" | "/" | "%") unary }
  func multiplicative() throws(ParseFailure) -> Expression {
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
      left = binary(operation, left, try unary())
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
    var result = try primary()
    while true {
      let token = peek(.operator)
      if token.isPunctuator(.dot) {
        result = try fieldAccess(of: result)
      } else if token.isPunctuator(.leftBracket) {
        result = try indexAccess(of: result)
      } else {
        return result
      }
    }
  }

  private func binary(_ operation: BinaryOperator, _ left: Expression, _ right: Expression) -> Expression {
    Expression(.binary(operation, left, right), range: left.range.union(right.range))
  }
}

/// Command arguments: positional values, `key=value` and flags.
extension Parser {
  /// argument := FLAG | NAMED_KEY argumentValue | argumentValue
  func argument() throws(ParseFailure) -> Argument {
    let token = peek(.argument)
    switch token.kind {
    case .flag(let name):
      advance()
      return Argument(.flag(name), range: token.range)
    case .namedArgument(let key):
      advance()
      let value = peek(.argument)
      guard !value.isPrecededBySpace, !value.endsArguments else {
        throw fail("missing value after '\(key)='; write \(key)=\"\" for an empty string", at: token)
      }
      let expression = try argumentValue()
      return Argument(.named(key, expression), range: range(from: token.range.start))
    default:
      let expression = try argumentValue()
      return Argument(.positional(expression), range: expression.range)
    }
  }

  /// argumentValue := BAREWORD | literal | VARIABLE postfix* | "(" pipeline ")" postfix* | list | record
  ///                | "." IDENTIFIER postfix*
  ///
  /// `.field` and `[index]` apply only when written directly after a variable, a closing parenthesis
  /// or a `.field` shorthand, with no space in between.
  func argumentValue() throws(ParseFailure) -> Expression {
    let token = peek(.argument)
    switch token.kind {
    case .bareword(let word):
      advance()
      return Expression(.string(word), range: token.range)
    case .flag:
      // Only reached for the value of `key=-x`, where a flag makes no sense: it is text.
      advance()
      return Expression(.string(lexer.file.text(of: token.range)), range: token.range)
    case .variable(let name):
      advance()
      return try adjacentPostfix(Expression(.variable(intern(name)), range: token.range))
    case .punctuator(.leftParenthesis):
      return try adjacentPostfix(try parenthesized())
    case .punctuator(.dot):
      return try adjacentPostfix(try itField())
    case .punctuator(.leftBracket):
      return try listLiteral()
    case .punctuator(.leftBrace):
      return try recordLiteral()
    case .integer, .decimal, .phone, .string, .keyword(.true), .keyword(.false), .keyword(.null):
      return try literal()
    default:
      throw fail("unexpected \(describe(token)) in command arguments", at: token)
    }
  }

  /// The `.field` and `[index]` suffixes written with no space before them.
  private func adjacentPostfix(_ base: Expression) throws(ParseFailure) -> Expression {
    var result = base
    while true {
      let token = peek(.operator)
      guard !token.isPrecededBySpace else { return result }
      if token.isPunctuator(.dot) {
        result = try fieldAccess(of: result)
      } else if token.isPunctuator(.leftBracket) {
        result = try indexAccess(of: result)
      } else {
        return result
      }
    }
  }
}

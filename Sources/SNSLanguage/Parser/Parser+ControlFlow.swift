/// Statements that start with a keyword, and blocks.
extension Parser {
  /// block := "{" statementList "}"
  func block(after context: String) throws(ParseFailure) -> Block {
    let open = peek(.operator)
    guard open.isPunctuator(.leftBrace) else {
      throw fail("expected '{' after \(context), found \(describe(open))", at: open)
    }
    advance()
    return try withinBrackets(open, newlinesIgnored: false) { () throws(ParseFailure) -> Block in
      let statements = statementList(insideBlock: true)
      let close = peek(.operator)
      guard close.isPunctuator(.rightBrace) else {
        throw fail("expected '}', found \(describe(close))", at: close)
      }
      advance()
      return Block(statements: statements, range: range(from: open.range.start))
    }
  }

  /// ifStatement := "if" expression block { "else" "if" expression block } [ "else" block ]
  ///
  /// `else` may start the line after the `}`.
  func ifStatement() throws(ParseFailure) -> Statement {
    let ifToken = advance()
    var branches = [ConditionalBranch(condition: try expression(), body: try block(after: "the condition"))]
    var elseBody: Block?
    while peekPastNewlines(.expression).isKeyword(.else) {
      skipNewlines()
      advance()
      if peek(.expression).isKeyword(.if) {
        advance()
        branches.append(
          ConditionalBranch(condition: try expression(), body: try block(after: "the condition")))
      } else {
        elseBody = try block(after: "'else'")
        break
      }
    }
    let statement = IfStatement(branches: branches, elseBody: elseBody)
    return Statement(.ifElse(statement), range: range(from: ifToken.range.start))
  }

  /// forStatement := "for" IDENTIFIER "in" expression block
  func forStatement() throws(ParseFailure) -> Statement {
    let forToken = advance()
    let variable = try declaredName(after: "'for'", purpose: "the loop variable")
    let inToken = peek(.operator)
    guard inToken.isKeyword(.in) else {
      throw fail("expected 'in' after the loop variable, found \(describe(inToken))", at: inToken)
    }
    advance()
    let sequence = try expression()
    let body = try loopBody(after: "the loop's sequence")
    let loop = ForLoop(
      variable: intern(identifierText(variable)), variableRange: variable.range, sequence: sequence,
      body: body)
    return Statement(.forIn(loop), range: range(from: forToken.range.start))
  }

  /// whileStatement := "while" expression block
  func whileStatement() throws(ParseFailure) -> Statement {
    let whileToken = advance()
    let condition = try expression()
    let body = try loopBody(after: "the condition")
    return Statement(
      .whileLoop(WhileLoop(condition: condition, body: body)), range: range(from: whileToken.range.start))
  }

  private func loopBody(after context: String) throws(ParseFailure) -> Block {
    loopDepth += 1
    defer { loopDepth -= 1 }
    return try block(after: context)
  }

  /// defStatement := "def" IDENTIFIER [ "(" [ parameter { "," parameter } [","] ] ")" ] block
  func defStatement() throws(ParseFailure) -> Statement {
    let defToken = advance()
    let name = try declaredName(after: "'def'", purpose: "the function name")
    var parameters: [Parameter] = []
    if let open = take(.leftParenthesis) {
      parameters = try withinBrackets(open, newlinesIgnored: true) { () throws(ParseFailure) -> [Parameter] in
        try parameterList()
      }
    }
    functionDepth += 1
    let enclosingLoops = loopDepth
    loopDepth = 0
    defer {
      functionDepth -= 1
      loopDepth = enclosingLoops
    }
    let body = try block(after: "the parameter list")
    let definition = FunctionDefinition(
      name: intern(identifierText(name)), nameRange: name.range, parameters: parameters, body: body)
    return Statement(.define(definition), range: range(from: defToken.range.start))
  }

  /// parameter := IDENTIFIER [ "=" expression ]; the list runs to the closing `)`.
  private func parameterList() throws(ParseFailure) -> [Parameter] {
    var parameters: [Parameter] = []
    while take(.rightParenthesis, mode: .expression) == nil {
      let name = try declaredName(after: parameters.isEmpty ? "'('" : "','", purpose: "a parameter name")
      let symbol = intern(identifierText(name))
      var defaultValue: Expression?
      if take(.assign) != nil { defaultValue = try expression() }
      if parameters.contains(where: { $0.name == symbol }) {
        report("duplicate parameter '\(symbol.name)'", at: name.range)
      }
      parameters.append(
        Parameter(name: symbol, defaultValue: defaultValue, range: range(from: name.range.start)))
      let separator = peek(.operator)
      if separator.isPunctuator(.comma) {
        advance()
      } else if !separator.isPunctuator(.rightParenthesis) {
        throw fail("expected ',' or ')' in the parameter list, found \(describe(separator))", at: separator)
      }
    }
    return parameters
  }

  /// An identifier that names something new (loop variable, function, parameter, caught error).
  private func declaredName(after context: String, purpose: String) throws(ParseFailure) -> Token {
    let token = peek(.expression)
    switch token.kind {
    case .identifier:
      return advance()
    case .variable:
      throw fail("write \(purpose) without '$'", at: token)
    default:
      throw fail("expected \(purpose) after \(context), found \(describe(token))", at: token)
    }
  }

  /// returnStatement := "return" [ pipeline ]
  func returnStatement() throws(ParseFailure) -> Statement {
    let returnToken = advance()
    if functionDepth == 0 { report("'return' outside a function", at: returnToken.range) }
    let next = peek(.expression)
    switch next.kind {
    case .newline, .semicolon, .endOfInput, .punctuator(.rightBrace):
      return Statement(.returnValue(nil), range: returnToken.range)
    default:
      let value = try pipeline()
      return Statement(.returnValue(value), range: range(from: returnToken.range.start))
    }
  }

  /// breakStatement := "break";  continueStatement := "continue"
  func loopControlStatement() -> Statement {
    let token = advance()
    let isBreak = token.isKeyword(.break)
    if loopDepth == 0 { report("'\(isBreak ? "break" : "continue")' outside a loop", at: token.range) }
    return Statement(isBreak ? .breakLoop : .continueLoop, range: token.range)
  }

  /// tryStatement := "try" block "catch" [ IDENTIFIER ] block
  ///
  /// `catch` may start the line after the `}`; input that ends before it needs more lines.
  func tryStatement() throws(ParseFailure) -> Statement {
    let tryToken = advance()
    let body = try block(after: "'try'")
    let catchToken = peekPastNewlines(.expression)
    guard catchToken.isKeyword(.catch) else {
      throw fail(
        "expected 'catch' after the 'try' block, found \(describe(catchToken))", at: catchToken,
        needsMoreInputAtEnd: true)
    }
    skipNewlines()
    advance()
    var errorVariable: Symbol?
    if !peek(.expression).isPunctuator(.leftBrace) {
      let name = try declaredName(after: "'catch'", purpose: "the error variable")
      errorVariable = intern(identifierText(name))
    }
    let handler = try block(after: "'catch'")
    let statement = TryCatch(body: body, errorVariable: errorVariable, handler: handler)
    return Statement(.tryCatch(statement), range: range(from: tryToken.range.start))
  }
}

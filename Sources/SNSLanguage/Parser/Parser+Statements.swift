/// Statement lists, statements, assignments, and recovery after a bad statement.
extension Parser {
  /// statementList := { separator } [ statement { separator+ statement } ] { separator }
  ///
  /// Parses statements up to the end of input, or up to the `}` of a block. A statement that fails is
  /// reported once; the parser then skips to the next statement and goes on.
  func statementList(insideBlock: Bool) -> [Statement] {
    var statements: [Statement] = []
    while !hasStopped {
      let token = peek(.expression)
      switch token.kind {
      case .newline, .semicolon:
        advance()
        continue
      case .endOfInput:
        return statements
      case .punctuator(.rightBrace) where insideBlock:
        return statements
      default:
        break
      }
      do {
        statements.append(try statement())
        try endOfStatement(insideBlock: insideBlock)
      } catch {
        synchronize(insideBlock: insideBlock)
      }
    }
    return statements
  }

  /// After a statement: a newline, `;`, the end of input, or the block's `}`.
  private func endOfStatement(insideBlock: Bool) throws(ParseFailure) {
    let next = peek(.operator)
    switch next.kind {
    case .newline, .semicolon, .endOfInput: return
    case .punctuator(.rightBrace) where insideBlock: return
    case .punctuator(.assign), .punctuator(.addAssign):
      throw fail("only a variable can be assigned: write 'name = value'", at: next)
    default:
      throw fail("expected a new line or ';' before \(describe(next))", at: next)
    }
  }

  /// Panic mode: skips the rest of the bad statement, that is up to the next newline or `;` outside
  /// any bracket the statement opened, or up to the `}` that closes the current block.
  func synchronize(insideBlock: Bool) {
    var depth = max(0, openersAtFailure - openers.count)
    while true {
      let token = peek(.argument)
      switch token.kind {
      case .endOfInput:
        return
      case .newline, .semicolon:
        if depth == 0 { return }
      case .punctuator(.leftParenthesis), .punctuator(.leftBracket), .punctuator(.leftBrace):
        depth += 1
      case .punctuator(.rightParenthesis), .punctuator(.rightBracket):
        depth = max(0, depth - 1)
      case .punctuator(.rightBrace):
        if depth == 0, insideBlock { return }
        depth = max(0, depth - 1)
      default:
        break
      }
      advance()
    }
  }

  /// statement := assignment | addAssignment | ifStatement | forStatement | whileStatement
  ///            | defStatement | returnStatement | breakStatement | continueStatement
  ///            | tryStatement | exitStatement | sourceStatement | pipeline
  ///
  /// A statement that starts with an identifier is a command call, unless the identifier is followed
  /// by `=` or `+=`; keywords start their own statements; anything else is an expression.
  func statement() throws(ParseFailure) -> Statement {
    let token = peek(.expression)
    switch token.kind {
    case .keyword(let keyword):
      switch keyword {
      case .if: return try ifStatement()
      case .for: return try forStatement()
      case .while: return try whileStatement()
      case .def: return try defStatement()
      case .return: return try returnStatement()
      case .break, .continue: return loopControlStatement()
      case .try: return try tryStatement()
      case .else, .catch, .in, .and, .or:
        let what = keyword == .else ? " without 'if'" : keyword == .catch ? " without 'try'" : ""
        throw fail("unexpected '\(keyword.rawValue)'\(what)", at: token)
      case .not, .true, .false, .null: break
      }
    case .identifier(let name):
      let following = lexer.token(at: token.range.end, mode: .operator)
      if following.isPunctuator(.assign) { return try assignment() }
      if following.isPunctuator(.addAssign) { return try addAssignment() }
      if name == "exit" || name == "source" { return try exitOrSourceStatement() }
    case .punctuator(.rightBrace), .punctuator(.rightParenthesis), .punctuator(.rightBracket):
      throw fail("unexpected \(describe(token)) without a matching opening bracket", at: token)
    default:
      break
    }
    let pipeline = try pipeline()
    if peek(.operator).isPunctuator(.assign), case .variable(let variable)? = pipeline.singleExpression?.kind
    {
      throw fail("write '\(variable.name) = ...' without '$' to assign", at: pipeline.range)
    }
    return Statement(.pipeline(pipeline), range: pipeline.range)
  }

  /// assignment := IDENTIFIER "=" pipeline
  func assignment() throws(ParseFailure) -> Statement {
    let name = advance()
    let equals = peek(.operator)
    advance()
    let value = peek(.expression)
    if value.kind == .newline || value.kind == .endOfInput || value.kind == .semicolon {
      throw fail("expected a value after '='", at: equals)
    }
    let pipeline = try pipeline()
    let assignment = Assignment(
      target: intern(identifierText(name)), targetRange: name.range, value: pipeline)
    return Statement(.assign(assignment), range: range(from: name.range.start))
  }

  /// addAssignment := IDENTIFIER "+=" expression
  func addAssignment() throws(ParseFailure) -> Statement {
    let name = advance()
    let plusEquals = peek(.operator)
    advance()
    let value = peek(.expression)
    if value.kind == .newline || value.kind == .endOfInput || value.kind == .semicolon {
      throw fail("expected a value after '+='", at: plusEquals)
    }
    let expression = try expression()
    let update = AddAssignment(
      target: intern(identifierText(name)), targetRange: name.range, value: expression)
    return Statement(.addAssign(update), range: range(from: name.range.start))
  }

  /// exitStatement := "exit" [ argument ];  sourceStatement := "source" argument
  ///
  /// `exit` and `source` are not keywords, so they read their argument like any command, but they act
  /// on the interpreter itself and so become statements of their own.
  func exitOrSourceStatement() throws(ParseFailure) -> Statement {
    let call = try commandCall()
    let name = call.name.name
    let next = peek(.operator)
    if next.isPunctuator(.pipe) { throw fail("'\(name)' cannot be used in a pipeline", at: next) }
    let values: [Expression] = call.arguments.compactMap {
      if case .positional(let value) = $0.kind { value } else { nil }
    }
    if name == "exit" {
      guard values.count == call.arguments.count, values.count <= 1 else {
        throw fail("'exit' takes at most one argument, the exit status", at: call.range)
      }
      return Statement(.exit(values.first), range: call.range)
    }
    guard values.count == call.arguments.count, values.count == 1, let file = values.first else {
      throw fail("'source' takes one argument, the file to run", at: call.range)
    }
    return Statement(.source(file), range: call.range)
  }

  /// The name of an identifier or keyword token.
  func identifierText(_ token: Token) -> String {
    switch token.kind {
    case .identifier(let name): name
    case .keyword(let keyword): keyword.rawValue
    default: lexer.file.text(of: token.range)
    }
  }
}

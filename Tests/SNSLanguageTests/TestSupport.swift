import Testing

@testable import SNSLanguage

/// Parses `source` as a script named `test.sns`.
func parseScript(_ source: String) -> ParseResult {
  Parser.parse(source: source, fileName: "test.sns")
}

/// The S-expression form of a source that must parse, one line per top-level statement; a failure is
/// recorded (with the rendered errors) and the empty string returned.
func dumpAST(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
  switch parseScript(source) {
  case .program(let program):
    return program.statements.map(ASTDump.statement).joined(separator: "\n")
  case .incomplete(let diagnostics), .errors(let diagnostics):
    let rendered = DiagnosticRenderer().render(
      diagnostics, source: SourceFile(name: "test.sns", text: source))
    Issue.record("expected \(source.debugDescription) to parse:\n\(rendered)", sourceLocation: sourceLocation)
    return ""
  }
}

/// The errors of a source that must not parse, as `line:column: message`.
func syntaxErrors(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
  let result = parseScript(source)
  if case .program = result {
    Issue.record("expected \(source.debugDescription) to fail", sourceLocation: sourceLocation)
  }
  return result.diagnostics.map { "\($0.location): \($0.fullMessage)" }
}

/// True when the source is reported as incomplete (the prompt should read another line).
func needsMoreInput(_ source: String) -> Bool {
  if case .incomplete = parseScript(source) { return true }
  return false
}

/// The kinds of the tokens of `source` read in one mode, without the end-of-input token.
func tokenKinds(_ source: String, mode: LexMode) -> [Token.Kind] {
  Lexer(source: source).tokens(mode: mode).map(\.kind).filter { $0 != .endOfInput }
}

/// The message of the first error token of `source` in `mode`, as `line:column: message`.
func firstLexError(_ source: String, mode: LexMode = .argument) -> String? {
  for token in Lexer(source: source).tokens(mode: mode) {
    if case .error(let diagnostic) = token.kind { return "\(diagnostic.location): \(diagnostic.message)" }
  }
  return nil
}

/// A compact, unambiguous text form of the AST, so tests can state a whole tree in one line.
enum ASTDump {
  static func statement(_ statement: Statement) -> String {
    switch statement.kind {
    case .assign(let assignment): "(= \(assignment.target.name) \(pipeline(assignment.value)))"
    case .addAssign(let update): "(+= \(update.target.name) \(expression(update.value)))"
    case .ifElse(let statement):
      "(if "
        + statement.branches.map { "\(expression($0.condition)) \(block($0.body))" }.joined(
          separator: " elif ")
        + (statement.elseBody.map { " else \(block($0))" } ?? "") + ")"
    case .forIn(let loop): "(for \(loop.variable.name) \(expression(loop.sequence)) \(block(loop.body)))"
    case .whileLoop(let loop): "(while \(expression(loop.condition)) \(block(loop.body)))"
    case .breakLoop: "break"
    case .continueLoop: "continue"
    case .define(let definition):
      "(def \(definition.name.name) ("
        + definition.parameters.map { parameter in
          parameter.name.name + (parameter.defaultValue.map { "=" + expression($0) } ?? "")
        }.joined(separator: " ") + ") \(block(definition.body)))"
    case .returnValue(let value): value.map { "(return \(pipeline($0)))" } ?? "(return)"
    case .tryCatch(let statement):
      "(try \(block(statement.body)) catch\(statement.errorVariable.map { " " + $0.name } ?? "") \(block(statement.handler)))"
    case .exit(let code): code.map { "(exit \(expression($0)))" } ?? "(exit)"
    case .source(let file): "(source \(expression(file)))"
    case .pipeline(let value): pipeline(value)
    }
  }

  static func block(_ block: Block) -> String {
    "{" + block.statements.map(statement).joined(separator: "; ") + "}"
  }

  static func pipeline(_ pipeline: Pipeline) -> String {
    if pipeline.stages.count == 1 { return stage(pipeline.stages[0]) }
    return "(| " + pipeline.stages.map(stage).joined(separator: " ") + ")"
  }

  static func stage(_ stage: Stage) -> String {
    switch stage {
    case .expression(let value): expression(value)
    case .command(let call):
      "(\(([call.name.name] + call.arguments.map(argument)).joined(separator: " ")))"
    case .filter(let filter): "(where \(expression(filter.condition)))"
    case .each(let each):
      "(each\(each.concurrency.map { " -j " + expression($0) } ?? "") \(block(each.body)))"
    }
  }

  static func argument(_ argument: Argument) -> String {
    switch argument.kind {
    case .positional(let value): expression(value)
    case .named(let key, let value): "\(key)=\(expression(value))"
    case .flag(let name): "-\(name)"
    }
  }

  static func expression(_ expression: Expression) -> String {
    switch expression.kind {
    case .null: "null"
    case .boolean(let value): "\(value)"
    case .integer(let value): "\(value)"
    case .decimal(let value): "\(value)"
    case .string(let text): text.debugDescription
    case .interpolatedString(let parts):
      "(interp "
        + parts.map { part in
          switch part {
          case .text(let text): text.debugDescription
          case .expression(let value): Self.expression(value)
          }
        }.joined(separator: " ") + ")"
    case .phone(let number): number
    case .variable(let symbol): "$\(symbol.name)"
    case .field(let base, let name): "(. \(Self.expression(base)) \(name.name))"
    case .index(let base, let index): "([] \(Self.expression(base)) \(Self.expression(index)))"
    case .unary(let operation, let operand): "(\(operation.rawValue) \(Self.expression(operand)))"
    case .binary(let operation, let left, let right):
      "(\(operation.rawValue) \(Self.expression(left)) \(Self.expression(right)))"
    case .list(let elements): "[" + elements.map(Self.expression).joined(separator: " ") + "]"
    case .record(let entries):
      "{" + entries.map { "\($0.key): \(Self.expression($0.value))" }.joined(separator: ", ") + "}"
    case .pipeline(let value): pipeline(value)
    }
  }
}

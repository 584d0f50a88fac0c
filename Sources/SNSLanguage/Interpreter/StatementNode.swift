/// A compiled statement. Like `ExpressionNode`, pure statements (no command anywhere inside) run
/// synchronously; a pure `for` loop runs entirely without `async` calls.
///
/// `display` says whether values are shown: true for the top level of a script or the prompt and
/// the blocks of top-level `if`/`for`/`while`/`try`, false in function bodies and `each` blocks.
class StatementNode: @unchecked Sendable {
  /// The statement's source.
  let range: SourceRange
  /// True when executing runs no command, so the synchronous form applies.
  let isPure: Bool

  init(range: SourceRange, isPure: Bool) {
    self.range = range
    self.isPure = isPure
  }

  /// True for assignments, whose value goes into a variable rather than being the statement's
  /// result in a block (LANGUAGE.md §5: neither shown nor the block's value).
  var consumesValue: Bool { false }

  /// Executes a pure statement.
  func execute(_ frame: Frame, display: Bool) throws(RuntimeError) -> Flow {
    throw RuntimeError(.runtime, "internal error: a command ran where none was expected", range: range)
  }

  /// Executes any statement on the interpreter's actor; pure ones take the synchronous path.
  func execute(_ frame: Frame, display: Bool, on interpreter: isolated Interpreter) async throws -> Flow {
    try StatementNode.settled(try execute(frame, display: display))
  }

  /// The flow of a synchronous run, with an interruption it noticed turned into cancellation.
  static func settled(_ flow: Flow) throws -> Flow {
    if case .interrupted = flow { throw CancellationError() }
    return flow
  }
}

/// A pipeline statement: a command or an expression, whose value may be shown.
final class PipelineStatementNode: StatementNode, @unchecked Sendable {
  let pipeline: PipelineNode

  init(_ pipeline: PipelineNode, range: SourceRange) {
    self.pipeline = pipeline
    super.init(range: range, isPure: pipeline.pureExpression != nil)
  }

  override func execute(_ frame: Frame, display: Bool) throws(RuntimeError) -> Flow {
    guard let expression = pipeline.pureExpression else { return try super.execute(frame, display: display) }
    let value = try expression.evaluate(frame)
    if display { frame.state.show(value) }
    return .normal(value)
  }

  override func execute(_ frame: Frame, display: Bool, on interpreter: isolated Interpreter) async throws
    -> Flow
  {
    if isPure { return try execute(frame, display: display) }
    let result = try await pipeline.run(frame, on: interpreter)
    if display {
      frame.state.show(result.value, reported: result.reported)
    } else {
      CommandContext.currentBlock?.record(result.reported)
    }
    return .normal(result.value)
  }
}

/// `name = pipeline`
final class AssignNode: StatementNode, @unchecked Sendable {
  let target: Symbol
  let value: PipelineNode

  init(target: Symbol, value: PipelineNode, range: SourceRange) {
    self.target = target
    self.value = value
    super.init(range: range, isPure: value.pureExpression != nil)
  }

  override var consumesValue: Bool { true }

  override func execute(_ frame: Frame, display: Bool) throws(RuntimeError) -> Flow {
    guard let expression = value.pureExpression else { return try super.execute(frame, display: display) }
    let result = try expression.evaluate(frame)
    frame.scope.assign(target.id, result)
    return .normal(result)
  }

  override func execute(_ frame: Frame, display: Bool, on interpreter: isolated Interpreter) async throws
    -> Flow
  {
    if isPure { return try execute(frame, display: display) }
    let result = try await value.run(frame, on: interpreter).value
    frame.scope.assign(target.id, result)
    return .normal(result)
  }
}

/// `name += expr`, which is `name = $name + expr`.
final class AddAssignNode: StatementNode, @unchecked Sendable {
  let target: VariableNode
  let value: ExpressionNode

  init(target: VariableNode, value: ExpressionNode, range: SourceRange) {
    self.target = target
    self.value = value
    super.init(range: range, isPure: value.isPure)
  }

  override var consumesValue: Bool { true }

  override func execute(_ frame: Frame, display: Bool) throws(RuntimeError) -> Flow {
    let current = try target.evaluate(frame)
    return try store(current, try value.evaluate(frame), frame)
  }

  override func execute(_ frame: Frame, display: Bool, on interpreter: isolated Interpreter) async throws
    -> Flow
  {
    if isPure { return try execute(frame, display: display) }
    let current = try target.evaluate(frame)
    return try store(current, try await value.evaluate(frame, on: interpreter), frame)
  }

  private func store(_ current: Value, _ addition: Value, _ frame: Frame) throws(RuntimeError) -> Flow {
    do {
      let sum = try Value.add(current, addition)
      frame.scope.assign(target.symbol.id, sum)
      return .normal(sum)
    } catch {
      throw RuntimeError(.runtime, error.description, range: range)
    }
  }
}

/// `{ ... }`: statements in order; the last one's value is the block's value, except that an
/// assignment's value went into its variable, so a block ending in one is worth null (as at the
/// top level, where an assignment shows nothing): `def reset() { n = 0 }` returns null.
final class BlockNode: StatementNode, @unchecked Sendable {
  let statements: [StatementNode]

  init(_ statements: [StatementNode], range: SourceRange) {
    self.statements = statements
    super.init(range: range, isPure: statements.allSatisfy(\.isPure))
  }

  override func execute(_ frame: Frame, display: Bool) throws(RuntimeError) -> Flow {
    var value = Value.null
    for statement in statements {
      let flow = try statement.execute(frame, display: display)
      guard case .normal(let result) = flow else { return flow }
      value = statement.consumesValue ? .null : result
    }
    return .normal(value)
  }

  override func execute(_ frame: Frame, display: Bool, on interpreter: isolated Interpreter) async throws
    -> Flow
  {
    if isPure {
      if !display { CommandContext.currentBlock?.record(false) }
      return try StatementNode.settled(try execute(frame, display: display))
    }
    var value = Value.null
    for statement in statements {
      // Only a pipeline statement can be a reporting command; any other clears the mark.
      if !display { CommandContext.currentBlock?.record(false) }
      let flow = try await statement.execute(frame, display: display, on: interpreter)
      guard case .normal(let result) = flow else { return flow }
      value = statement.consumesValue ? .null : result
    }
    return .normal(value)
  }
}

/// `break`, `continue`
final class JumpNode: StatementNode, @unchecked Sendable {
  let isBreak: Bool

  init(isBreak: Bool, range: SourceRange) {
    self.isBreak = isBreak
    super.init(range: range, isPure: true)
  }

  override func execute(_ frame: Frame, display: Bool) throws(RuntimeError) -> Flow {
    isBreak ? .breakLoop : .continueLoop
  }
}

/// `return [pipeline]`
final class ReturnNode: StatementNode, @unchecked Sendable {
  let value: PipelineNode?

  init(_ value: PipelineNode?, range: SourceRange) {
    self.value = value
    super.init(range: range, isPure: value == nil || value?.pureExpression != nil)
  }

  override func execute(_ frame: Frame, display: Bool) throws(RuntimeError) -> Flow {
    guard let value else { return .returned(.null) }
    guard let expression = value.pureExpression else { return try super.execute(frame, display: display) }
    return .returned(try expression.evaluate(frame))
  }

  override func execute(_ frame: Frame, display: Bool, on interpreter: isolated Interpreter) async throws
    -> Flow
  {
    if isPure { return try execute(frame, display: display) }
    guard let value else { return .returned(.null) }
    return .returned(try await value.run(frame, on: interpreter).value)
  }
}

/// `exit [code]`: the status is the code modulo 256, as in a POSIX shell.
final class ExitNode: StatementNode, @unchecked Sendable {
  let code: ExpressionNode?

  init(_ code: ExpressionNode?, range: SourceRange) {
    self.code = code
    super.init(range: range, isPure: code?.isPure ?? true)
  }

  override func execute(_ frame: Frame, display: Bool) throws(RuntimeError) -> Flow {
    guard let code else { return .exited(0) }
    return try status(try code.evaluate(frame))
  }

  override func execute(_ frame: Frame, display: Bool, on interpreter: isolated Interpreter) async throws
    -> Flow
  {
    if isPure { return try execute(frame, display: display) }
    guard let code else { return .exited(0) }
    return try status(try await code.evaluate(frame, on: interpreter))
  }

  private func status(_ value: Value) throws(RuntimeError) -> Flow {
    guard case .int(let number) = value else {
      throw RuntimeError(
        .runtime, "exit needs an int status, not \(value.typeName)", range: code?.range ?? range)
    }
    return .exited(Int32(truncatingIfNeeded: number & 0xFF))
  }
}

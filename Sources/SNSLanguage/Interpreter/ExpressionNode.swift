/// A compiled expression: the AST after `Compiler`, ready to evaluate many times.
///
/// Nodes are immutable classes (hence `@unchecked Sendable`: every stored property is a `let` of
/// a `Sendable` type). A pure node runs no command, so it evaluates synchronously with no `async`
/// overhead and no allocation beyond the values it builds; that is what makes loops fast. Impure
/// nodes (a `(pipeline)` somewhere inside) override the asynchronous form, which runs on the
/// interpreter's actor.
class ExpressionNode: @unchecked Sendable {
  /// Where the expression is written; errors point at it.
  let range: SourceRange
  /// True when evaluating runs no command, so the synchronous form applies.
  let isPure: Bool

  init(range: SourceRange, isPure: Bool = true) {
    self.range = range
    self.isPure = isPure
  }

  /// Evaluates a pure expression.
  func evaluate(_ frame: Frame) throws(RuntimeError) -> Value {
    throw RuntimeError(.runtime, "internal error: a command ran where none was expected", range: range)
  }

  /// Evaluates any expression; pure ones take the synchronous path.
  func evaluate(_ frame: Frame, on interpreter: isolated Interpreter) async throws -> Value {
    try evaluate(frame)
  }

  /// The value, or nil when it is absent: an undefined variable, a missing field, an index out of
  /// range, or a field of null. `??` uses this instead of failing.
  func evaluateIfPresent(_ frame: Frame) throws(RuntimeError) -> Value? {
    try evaluate(frame)
  }
}

/// A literal: its value is computed once, when the program is compiled.
final class ConstantNode: ExpressionNode, @unchecked Sendable {
  let value: Value

  init(_ value: Value, range: SourceRange) {
    self.value = value
    super.init(range: range)
  }

  override func evaluate(_ frame: Frame) throws(RuntimeError) -> Value { value }
}

/// `$name`
final class VariableNode: ExpressionNode, @unchecked Sendable {
  let symbol: Symbol

  init(_ symbol: Symbol, range: SourceRange) {
    self.symbol = symbol
    super.init(range: range)
  }

  override func evaluate(_ frame: Frame) throws(RuntimeError) -> Value {
    if let value = frame.scope.lookup(symbol.id) { return value }
    throw frame.state.unknownVariable(symbol, at: range, in: frame.scope)
  }

  override func evaluateIfPresent(_ frame: Frame) throws(RuntimeError) -> Value? {
    frame.scope.lookup(symbol.id)
  }
}

/// `base.name`
final class FieldNode: ExpressionNode, @unchecked Sendable {
  let base: ExpressionNode
  let name: String

  init(_ base: ExpressionNode, name: String, range: SourceRange) {
    self.base = base
    self.name = name
    super.init(range: range, isPure: base.isPure)
  }

  override func evaluate(_ frame: Frame) throws(RuntimeError) -> Value {
    try read(try base.evaluate(frame))
  }

  override func evaluate(_ frame: Frame, on interpreter: isolated Interpreter) async throws -> Value {
    if isPure { return try evaluate(frame) }
    return try read(try await base.evaluate(frame, on: interpreter))
  }

  override func evaluateIfPresent(_ frame: Frame) throws(RuntimeError) -> Value? {
    guard let value = try base.evaluateIfPresent(frame), case .record(let record) = value else {
      return nil
    }
    return record[name]
  }

  private func read(_ value: Value) throws(RuntimeError) -> Value {
    do {
      return try value.field(name)
    } catch {
      throw RuntimeError(.runtime, error.description, range: range)
    }
  }
}

/// `base[index]`
final class IndexNode: ExpressionNode, @unchecked Sendable {
  let base: ExpressionNode
  let index: ExpressionNode

  init(_ base: ExpressionNode, index: ExpressionNode, range: SourceRange) {
    self.base = base
    self.index = index
    super.init(range: range, isPure: base.isPure && index.isPure)
  }

  override func evaluate(_ frame: Frame) throws(RuntimeError) -> Value {
    try read(try base.evaluate(frame), at: try index.evaluate(frame))
  }

  override func evaluate(_ frame: Frame, on interpreter: isolated Interpreter) async throws -> Value {
    if isPure { return try evaluate(frame) }
    let container = try await base.evaluate(frame, on: interpreter)
    return try read(container, at: try await index.evaluate(frame, on: interpreter))
  }

  override func evaluateIfPresent(_ frame: Frame) throws(RuntimeError) -> Value? {
    guard let container = try base.evaluateIfPresent(frame), !container.isNull else { return nil }
    let position = try index.evaluate(frame)
    do throws(ValueError) {
      return try container.element(at: position)
    } catch {
      switch error {
      case .indexOutOfRange, .noSuchField: return nil
      default: throw RuntimeError(.runtime, error.description, range: range)
      }
    }
  }

  private func read(_ container: Value, at position: Value) throws(RuntimeError) -> Value {
    do {
      return try container.element(at: position)
    } catch {
      throw RuntimeError(.runtime, error.description, range: range)
    }
  }
}

/// `(pipeline)` inside an expression: the one impure leaf.
final class PipelineExpressionNode: ExpressionNode, @unchecked Sendable {
  let pipeline: PipelineNode

  init(_ pipeline: PipelineNode, range: SourceRange) {
    self.pipeline = pipeline
    super.init(range: range, isPure: false)
  }

  override func evaluate(_ frame: Frame, on interpreter: isolated Interpreter) async throws -> Value {
    try await pipeline.run(frame, on: interpreter).value
  }
}

/// `if cond { } else if cond { } else { }`
final class IfNode: StatementNode, @unchecked Sendable {
  let conditions: [ExpressionNode]
  let bodies: [BlockNode]
  let elseBody: BlockNode?

  init(conditions: [ExpressionNode], bodies: [BlockNode], elseBody: BlockNode?, range: SourceRange) {
    self.conditions = conditions
    self.bodies = bodies
    self.elseBody = elseBody
    let pure =
      conditions.allSatisfy(\.isPure) && bodies.allSatisfy(\.isPure) && (elseBody?.isPure ?? true)
    super.init(range: range, isPure: pure)
  }

  override func execute(_ frame: Frame, display: Bool) throws(RuntimeError) -> Flow {
    for index in conditions.indices where try conditions[index].evaluate(frame).isTruthy {
      return try bodies[index].execute(frame, display: display)
    }
    return try elseBody?.execute(frame, display: display) ?? .normal(.null)
  }

  override func execute(_ frame: Frame, display: Bool, on interpreter: isolated Interpreter) async throws
    -> Flow
  {
    if isPure { return try StatementNode.settled(try execute(frame, display: display)) }
    for (condition, body) in zip(conditions, bodies)
    where try await condition.evaluate(frame, on: interpreter).isTruthy {
      return try await body.execute(frame, display: display, on: interpreter)
    }
    return try await elseBody?.execute(frame, display: display, on: interpreter) ?? .normal(.null)
  }
}

/// `for x in sequence { }` over a list, a record (items `{key, value}`) or a range. A range is
/// counted, never built, so `for i in 1..1000000` runs in constant memory.
final class ForNode: StatementNode, @unchecked Sendable {
  let variable: Symbol
  let sequence: ExpressionNode
  let body: BlockNode

  init(variable: Symbol, sequence: ExpressionNode, body: BlockNode, range: SourceRange) {
    self.variable = variable
    self.sequence = sequence
    self.body = body
    super.init(range: range, isPure: sequence.isPure && body.isPure)
  }

  override func execute(_ frame: Frame, display: Bool) throws(RuntimeError) -> Flow {
    if let range = sequence as? RangeNode {
      let low = try range.lower.evaluate(frame)
      guard let bounds = try range.bounds(low, try range.upper.evaluate(frame)) else { return .normal(.null) }
      var index = bounds.lowerBound
      while true {
        // Asking the task costs as much as a simple loop body; every 256 passes is still instant.
        if index & 0xFF == 0, Task.isCancelled { return .interrupted }
        frame.scope.assign(variable.id, .int(index))
        switch try body.execute(frame, display: display) {
        case .normal, .continueLoop: break
        case .breakLoop: return .normal(.null)
        case let jump: return jump
        }
        if index == bounds.upperBound { break }
        index += 1
      }
      return .normal(.null)
    }
    for item in try items(of: try sequence.evaluate(frame)) {
      if Task.isCancelled { return .interrupted }
      frame.scope.assign(variable.id, item)
      switch try body.execute(frame, display: display) {
      case .normal, .continueLoop: continue
      case .breakLoop: return .normal(.null)
      case let jump: return jump
      }
    }
    return .normal(.null)
  }

  override func execute(_ frame: Frame, display: Bool, on interpreter: isolated Interpreter) async throws
    -> Flow
  {
    if isPure { return try StatementNode.settled(try execute(frame, display: display)) }
    if let range = sequence as? RangeNode {
      let low = try await range.lower.evaluate(frame, on: interpreter)
      let high = try await range.upper.evaluate(frame, on: interpreter)
      guard let bounds = try range.bounds(low, high) else { return .normal(.null) }
      var index = bounds.lowerBound
      while true {
        try Task.checkCancellation()
        frame.scope.assign(variable.id, .int(index))
        switch try await body.execute(frame, display: display, on: interpreter) {
        case .normal, .continueLoop: break
        case .breakLoop: return .normal(.null)
        case let jump: return jump
        }
        if index == bounds.upperBound { break }
        index += 1
      }
      return .normal(.null)
    }
    let items = try items(of: try await sequence.evaluate(frame, on: interpreter))
    for (index, item) in items.enumerated() {
      do {
        try Task.checkCancellation()
        frame.scope.assign(variable.id, item)
        switch try await body.execute(frame, display: display, on: interpreter) {
        case .normal, .continueLoop: continue
        case .breakLoop: return .normal(.null)
        case .interrupted:
          interpreter.context.changes.recordNotReached(items[index...])
          return .interrupted
        case let jump: return jump
        }
      } catch let cancellation as CancellationError {
        // Ctrl-C: the report after the statement names the items this loop did not finish.
        interpreter.context.changes.recordNotReached(items[index...])
        throw cancellation
      }
    }
    return .normal(.null)
  }

  /// The items a loop visits: a list's items, a record's `{key, value}` pairs.
  private func items(of value: Value) throws(RuntimeError) -> [Value] {
    switch value {
    case .list(let items): return items
    case .record(let record):
      return record.map { key, value in .record(Record([("key", .string(key)), ("value", value)])) }
    default:
      throw RuntimeError(
        .runtime, "cannot loop over \(value.typeName); 'for' needs a list, a range or a record",
        range: sequence.range)
    }
  }
}

/// `while cond { }`
final class WhileNode: StatementNode, @unchecked Sendable {
  let condition: ExpressionNode
  let body: BlockNode

  init(condition: ExpressionNode, body: BlockNode, range: SourceRange) {
    self.condition = condition
    self.body = body
    super.init(range: range, isPure: condition.isPure && body.isPure)
  }

  override func execute(_ frame: Frame, display: Bool) throws(RuntimeError) -> Flow {
    var passes = 0
    while try condition.evaluate(frame).isTruthy {
      passes &+= 1
      if passes & 0xFF == 0, Task.isCancelled { return .interrupted }
      switch try body.execute(frame, display: display) {
      case .normal, .continueLoop: continue
      case .breakLoop: return .normal(.null)
      case let jump: return jump
      }
    }
    return .normal(.null)
  }

  override func execute(_ frame: Frame, display: Bool, on interpreter: isolated Interpreter) async throws
    -> Flow
  {
    if isPure { return try StatementNode.settled(try execute(frame, display: display)) }
    while try await condition.evaluate(frame, on: interpreter).isTruthy {
      try Task.checkCancellation()
      switch try await body.execute(frame, display: display, on: interpreter) {
      case .normal, .continueLoop: continue
      case .breakLoop: return .normal(.null)
      case let jump: return jump
      }
    }
    return .normal(.null)
  }
}

/// `try { } catch err { }`: catches runtime errors, never `exit` or Ctrl-C.
final class TryNode: StatementNode, @unchecked Sendable {
  let body: BlockNode
  let errorVariable: Symbol?
  let handler: BlockNode

  init(body: BlockNode, errorVariable: Symbol?, handler: BlockNode, range: SourceRange) {
    self.body = body
    self.errorVariable = errorVariable
    self.handler = handler
    super.init(range: range, isPure: body.isPure && handler.isPure)
  }

  override func execute(_ frame: Frame, display: Bool) throws(RuntimeError) -> Flow {
    do {
      return try body.execute(frame, display: display)
    } catch {
      bind(error, frame)
      return try handler.execute(frame, display: display)
    }
  }

  override func execute(_ frame: Frame, display: Bool, on interpreter: isolated Interpreter) async throws
    -> Flow
  {
    if isPure { return try StatementNode.settled(try execute(frame, display: display)) }
    do {
      return try await body.execute(frame, display: display, on: interpreter)
    } catch let error as RuntimeError {
      bind(error, frame)
      return try await handler.execute(frame, display: display, on: interpreter)
    }
  }

  private func bind(_ error: RuntimeError, _ frame: Frame) {
    guard let errorVariable else { return }
    frame.scope.assign(errorVariable.id, error.locatedRecord(defaultFile: frame.file))
  }
}

/// `def name(a, b = 2) { }`: defines the function when executed.
final class DefineNode: StatementNode, @unchecked Sendable {
  let function: UserFunction
  let nameRange: SourceRange

  init(_ function: UserFunction, nameRange: SourceRange, range: SourceRange) {
    self.function = function
    self.nameRange = nameRange
    super.init(range: range, isPure: true)
  }

  override func execute(_ frame: Frame, display: Bool) throws(RuntimeError) -> Flow {
    let name = function.name.name
    if frame.state.registry[name] != nil || InterpreterState.specialForms.contains(name) {
      throw RuntimeError(
        .runtime, "cannot define '\(name)': it is a builtin command", range: nameRange,
        suggestion: "choose another name, such as 'my-\(name)'")
    }
    frame.state.functions[function.name.id] = function
    return .normal(.null)
  }
}

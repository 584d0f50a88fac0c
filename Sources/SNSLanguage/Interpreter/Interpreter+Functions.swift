extension Interpreter {
  /// Calls a function defined with `def`. Positional arguments bind in order (a piped value comes
  /// first), `name=value` by name; missing ones take their defaults, evaluated in the new scope.
  /// The body runs in a scope whose parent is the global scope, and shows nothing.
  /// The function's value, and whether it is what a reporting command returned (`BlockReport`).
  func call(
    _ function: UserFunction, from call: CommandCallNode, in frame: Frame, input: Value?
  ) async throws -> (value: Value, reported: Bool) {
    guard frame.depth < InterpreterState.maximumDepth else {
      throw RuntimeError(
        .runtime,
        "too many nested calls (more than \(InterpreterState.maximumDepth)) in '\(function.name.name)'",
        range: call.range, suggestion: "is the recursion missing a base case?")
    }
    var values: [Value?] = Array(repeating: nil, count: function.parameters.count)
    var position = 0
    func bindNext(_ value: Value, at range: SourceRange) throws(RuntimeError) {
      guard position < values.count else {
        throw RuntimeError(
          .runtime,
          "'\(function.name.name)' takes \(values.count) argument\(values.count == 1 ? "" : "s"): "
            + function.signature, range: range)
      }
      values[position] = value
      position += 1
    }
    if let input { try bindNext(input, at: call.range) }
    for argument in call.arguments {
      switch argument {
      case .positional(let node, let fieldPath):
        try bindNext(try await call.value(of: node, fieldPath: fieldPath, frame, on: self), at: node.range)
      case .named(let key, let node, let range):
        let names = function.parameters.map(\.symbol.name)
        guard let index = names.firstIndex(of: key) else {
          throw RuntimeError(
            .runtime, "unknown argument '\(key)' for '\(function.name.name)'; it takes \(function.signature)",
            range: range, suggestion: suggestion(for: key, among: names))
        }
        guard values[index] == nil else {
          throw RuntimeError(.runtime, "argument '\(key)' given twice", range: range)
        }
        values[index] = try await node.evaluate(frame, on: self)
      case .flag(let written, let range):
        throw RuntimeError(
          .runtime,
          "'\(function.name.name)' is a function and takes no flags, not '\(ArgumentCheck.spelling(of: written))'",
          range: range)
      }
    }
    let report = BlockReport()
    let value = try await CommandContext.$currentBlock.withValue(report) {
      try await run(function, values: values, call: call, callerFile: frame.file, depth: frame.depth + 1)
    }
    return (value, report.lastStatementReported)
  }

  /// Binds defaults and runs the body; errors raised inside are located in the function's file.
  private func run(
    _ function: UserFunction, values: [Value?], call: CommandCallNode, callerFile: SourceFile, depth: Int
  ) async throws -> Value {
    let scope = Scope(parent: state.global)
    let frame = Frame(state: state, scope: scope, file: function.file, depth: depth)
    do {
      for (parameter, value) in zip(function.parameters, values) {
        if let value {
          scope.define(parameter.symbol.id, value)
        } else if let defaultValue = parameter.defaultValue {
          scope.define(parameter.symbol.id, try await defaultValue.evaluate(frame, on: self))
        } else {
          throw RuntimeError(
            .runtime,
            "missing argument '\(parameter.symbol.name)' for '\(function.name.name)'; it takes "
              + function.signature, range: call.range
          ).located(in: callerFile)
        }
      }
      return try EachNode.value(of: try await function.body.execute(frame, display: false, on: self))
    } catch let error as RuntimeError {
      throw error.located(in: function.file)
    }
  }
}

/// `NAME ARG...`: a call of a function defined with `def` or of a builtin.
final class CommandCallNode: @unchecked Sendable {
  /// One compiled argument.
  enum Argument {
    /// A value in position; `fieldPath` is `a.b` when the value is written `.a.b` (see `value`).
    case positional(ExpressionNode, fieldPath: String?)
    case named(String, ExpressionNode, range: SourceRange)
    case flag(String, range: SourceRange)
  }

  let name: Symbol
  let nameRange: SourceRange
  let arguments: [Argument]
  let range: SourceRange

  init(name: Symbol, nameRange: SourceRange, arguments: [Argument], range: SourceRange) {
    self.name = name
    self.nameRange = nameRange
    self.arguments = arguments
    self.range = range
  }

  /// Runs the call with `input` piped in.
  func call(_ frame: Frame, input: Value?, on interpreter: isolated Interpreter) async throws -> (
    value: Value, reported: Bool
  ) {
    let state = frame.state
    if let function = state.functions[name.id] {
      return try await interpreter.call(function, from: self, in: frame, input: input)
    }
    guard let command = state.registry[name.name] else { throw unknownCommand(state) }
    let bound = try await bind(command, frame, input: input, on: interpreter)
    let report = ResultReport()
    do {
      let context = state.context
      let value = try await CommandContext.$currentReport.withValue(report) {
        try await command.run(bound, context)
      }
      return (value, report.isReported)
    } catch {
      if Task.isCancelled { throw CancellationError() }
      throw RuntimeError.converting(error, at: range)
    }
  }

  /// The builtin this call names and its bound arguments, without running it; nil when the name
  /// is a function's or no command's (the caller then runs the call as usual).
  func boundBuiltin(_ frame: Frame, on interpreter: isolated Interpreter) async throws -> (
    BuiltinCommand, CommandArguments
  )? {
    let state = frame.state
    guard state.functions[name.id] == nil, let command = state.registry[name.name] else { return nil }
    return (command, try await bind(command, frame, input: nil, on: interpreter))
  }

  /// An argument's value. `.name` means `$it.name`; where no `$it` is bound (`ls | sort .name`
  /// evaluates its arguments before any item exists) it stands for the field name itself, so
  /// `sort .name`, `get .name` and `group .regionCode` read as they would in a `where`.
  func value(
    of node: ExpressionNode, fieldPath: String?, _ frame: Frame, on interpreter: isolated Interpreter
  ) async throws -> Value {
    if let fieldPath, frame.scope.lookup(Symbol.it.id) == nil { return .string(fieldPath) }
    return try await node.evaluate(frame, on: interpreter)
  }

  /// Evaluates the arguments for a builtin: pairs flags with their values and checks named
  /// arguments and enumeration values against the command's definition.
  private func bind(
    _ command: BuiltinCommand, _ frame: Frame, input: Value?, on interpreter: isolated Interpreter
  ) async throws -> CommandArguments {
    var bound = CommandArguments(input: input, range: range)
    var pendingFlag: (name: String, written: String, range: SourceRange)?
    for argument in arguments {
      switch argument {
      case .positional(let node, let fieldPath):
        let value = try await value(of: node, fieldPath: fieldPath, frame, on: interpreter)
        if let flag = pendingFlag {
          bound.flags[flag.name] = value
          pendingFlag = nil
        } else {
          bound.positional.append(value)
          bound.positionalRanges.append(node.range)
        }
      case .named(let key, let node, let argumentRange):
        guard let parameter = command.parameter(key) else {
          throw ArgumentCheck.unknownParameter(key, of: command, at: argumentRange)
        }
        var value = try await node.evaluate(frame, on: interpreter)
        if !parameter.values.isEmpty {
          value = try ArgumentCheck.canonical(value, for: parameter, of: command, at: node.range)
        }
        bound.named.append(.init(name: key, value: value, range: argumentRange))
      case .flag(let written, let flagRange):
        if let flag = pendingFlag {
          throw RuntimeError(.runtime, "'\(flag.written)' needs a value", range: flag.range)
        }
        let flag = try ArgumentCheck.flag(written, of: command, at: flagRange)
        if flag.takesValue {
          pendingFlag = (flag.name, ArgumentCheck.spelling(of: written), flagRange)
        } else {
          bound.flags[flag.name] = .bool(true)
        }
      }
    }
    if let flag = pendingFlag {
      throw RuntimeError(.runtime, "'\(flag.written)' needs a value", range: flag.range)
    }
    return bound
  }

  private func unknownCommand(_ state: InterpreterState) -> RuntimeError {
    let candidates =
      state.registry.names + state.functions.values.map(\.name.name) + InterpreterState.specialForms
    return RuntimeError(
      .runtime, "unknown command '\(name.name)'", range: nameRange,
      suggestion: suggestion(for: name.name, among: candidates) ?? "type 'help' for the list of commands")
  }
}

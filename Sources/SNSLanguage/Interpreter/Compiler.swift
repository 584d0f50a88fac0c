import SinchNumbers

/// Turns the parser's tree into nodes the interpreter runs: literals become constants once,
/// `a..b` in a `for` becomes a counted range, and every node knows whether it is pure (runs no
/// command) so that pure code runs synchronously.
struct Compiler {
  /// The file the tree was parsed from; functions remember it for their error locations.
  let file: SourceFile

  func statements(_ statements: [Statement]) -> [StatementNode] {
    statements.map(statement)
  }

  func block(_ block: Block) -> BlockNode {
    BlockNode(statements(block.statements), range: block.range)
  }

  func statement(_ statement: Statement) -> StatementNode {
    let range = statement.range
    switch statement.kind {
    case .assign(let assignment):
      return AssignNode(target: assignment.target, value: pipeline(assignment.value), range: range)
    case .addAssign(let update):
      let target = VariableNode(update.target, range: update.targetRange)
      return AddAssignNode(target: target, value: expression(update.value), range: range)
    case .ifElse(let statement):
      return IfNode(
        conditions: statement.branches.map { expression($0.condition) },
        bodies: statement.branches.map { block($0.body) }, elseBody: statement.elseBody.map(block),
        range: range)
    case .forIn(let loop):
      return ForNode(
        variable: loop.variable, sequence: expression(loop.sequence), body: block(loop.body), range: range)
    case .whileLoop(let loop):
      return WhileNode(condition: expression(loop.condition), body: block(loop.body), range: range)
    case .breakLoop:
      return JumpNode(isBreak: true, range: range)
    case .continueLoop:
      return JumpNode(isBreak: false, range: range)
    case .define(let definition):
      let parameters = definition.parameters.map { parameter in
        UserFunction.Parameter(symbol: parameter.name, defaultValue: parameter.defaultValue.map(expression))
      }
      let function = UserFunction(
        name: definition.name, parameters: parameters, body: block(definition.body), file: file)
      return DefineNode(function, nameRange: definition.nameRange, range: range)
    case .returnValue(let value):
      return ReturnNode(value.map(pipeline), range: range)
    case .tryCatch(let statement):
      return TryNode(
        body: block(statement.body), errorVariable: statement.errorVariable,
        handler: block(statement.handler), range: range)
    case .exit(let code):
      return ExitNode(code.map(expression), range: range)
    case .source(let path):
      return SourceNode(path: expression(path), range: range)
    case .pipeline(let value):
      return PipelineStatementNode(pipeline(value), range: range)
    }
  }

  func pipeline(_ pipeline: Pipeline) -> PipelineNode {
    let stages = pipeline.stages.map { stage -> PipelineNode.Stage in
      switch stage {
      case .expression(let value): .expression(expression(value))
      case .command(let call): .command(command(call))
      case .filter(let filter):
        .filter(FilterNode(condition: expression(filter.condition), range: filter.range))
      case .each(let each):
        .each(
          EachNode(concurrency: each.concurrency.map(expression), body: block(each.body), range: each.range))
      }
    }
    return PipelineNode(stages: stages, range: pipeline.range)
  }

  func command(_ call: CommandCall) -> CommandCallNode {
    let arguments = call.arguments.map { argument -> CommandCallNode.Argument in
      switch argument.kind {
      case .positional(let value): .positional(expression(value), fieldPath: itemFieldPath(value))
      case .named(let key, let value): .named(key, expression(value), range: argument.range)
      case .flag(let name): .flag(name, range: argument.range)
      }
    }
    return CommandCallNode(
      name: call.name, nameRange: call.nameRange, arguments: arguments, range: call.range)
  }

  /// `a.b` when the argument is the shorthand `.a.b` (that is, `$it.a.b`), else nil.
  private func itemFieldPath(_ value: Expression) -> String? {
    var names: [String] = []
    var current = value
    while case .field(let base, let name) = current.kind {
      names.append(name.name)
      current = base
    }
    guard !names.isEmpty, case .variable(let symbol) = current.kind, symbol == Symbol.it else { return nil }
    return names.reversed().joined(separator: ".")
  }

  func expression(_ expression: Expression) -> ExpressionNode {
    let range = expression.range
    switch expression.kind {
    case .null: return ConstantNode(.null, range: range)
    case .boolean(let flag): return ConstantNode(.bool(flag), range: range)
    case .integer(let number): return ConstantNode(.int(number), range: range)
    case .decimal(let number): return ConstantNode(.decimal(number), range: range)
    case .string(let text): return ConstantNode(.string(text), range: range)
    case .phone(let text): return ConstantNode(Value.phoneOrString(text), range: range)
    case .interpolatedString(let segments):
      let parts = segments.map { segment -> InterpolationNode.Part in
        switch segment {
        case .text(let text): .text(text)
        case .expression(let value): .value(self.expression(value))
        }
      }
      return InterpolationNode(parts, range: range)
    case .variable(let symbol): return VariableNode(symbol, range: range)
    case .field(let base, let name): return FieldNode(self.expression(base), name: name.name, range: range)
    case .index(let base, let index):
      return IndexNode(self.expression(base), index: self.expression(index), range: range)
    case .unary(let operation, let operand):
      return UnaryNode(operation, self.expression(operand), range: range)
    case .binary(let operation, let left, let right):
      let lhs = self.expression(left)
      let rhs = self.expression(right)
      switch operation {
      case .and: return LogicalNode(isAnd: true, lhs, rhs, range: range)
      case .or: return LogicalNode(isAnd: false, lhs, rhs, range: range)
      case .coalesce: return CoalesceNode(lhs, rhs, range: range)
      case .range: return RangeNode(lhs, rhs, range: range)
      default: return BinaryNode(operation, lhs, rhs, range: range)
      }
    case .list(let elements): return ListNode(elements.map(self.expression), range: range)
    case .record(let entries):
      return RecordNode(
        keys: entries.map(\.key), values: entries.map { self.expression($0.value) }, range: range)
    case .pipeline(let value): return PipelineExpressionNode(pipeline(value), range: range)
    }
  }
}

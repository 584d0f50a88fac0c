/// `a | b | c`, compiled: each stage receives the previous stage's value as its input.
final class PipelineNode: @unchecked Sendable {
  /// One compiled stage.
  enum Stage {
    case expression(ExpressionNode)
    case command(CommandCallNode)
    case filter(FilterNode)
    case each(EachNode)
  }

  let stages: [Stage]
  let range: SourceRange
  /// The expression, when the pipeline is one pure expression and so can run synchronously.
  let pureExpression: ExpressionNode?
  /// The page-by-page form, when the pipeline is `ls` followed by stages that allow it.
  let listing: ListingPipeline?

  init(stages: [Stage], range: SourceRange) {
    self.stages = stages
    self.range = range
    listing = ListingPipeline(stages)
    if stages.count == 1, case .expression(let expression) = stages[0], expression.isPure {
      pureExpression = expression
    } else {
      pureExpression = nil
    }
  }

  /// The last stage's value, and whether a command reported it itself (see `ResultReport`).
  func run(_ frame: Frame, on interpreter: isolated Interpreter) async throws -> (
    value: Value, reported: Bool
  ) {
    if let listing, let value = try await listing.run(frame, on: interpreter) { return (value, false) }
    var input: Value?
    var reported = false
    for stage in stages {
      reported = false
      switch stage {
      case .expression(let expression):
        input = try await expression.evaluate(frame, on: interpreter)
      case .command(let call):
        let result = try await call.call(frame, input: input, on: interpreter)
        input = result.value
        reported = result.reported
      case .filter(let filter):
        input = try await filter.run(frame, input: input, on: interpreter)
      case .each(let each):
        (input, reported) = try await each.run(frame, input: input, on: interpreter)
      }
    }
    return (input ?? .null, reported)
  }
}

/// The items a `where` or `each` stage works through: its input must be a list (null counts as
/// an empty one).
func pipedItems(_ input: Value?, for stage: String, at range: SourceRange) throws(RuntimeError) -> [Value] {
  switch input {
  case .list(let items)?: return items
  case .null?: return []
  case nil:
    throw RuntimeError(
      .runtime, "'\(stage)' needs a list from a pipe, such as: ls | \(stage) ...", range: range)
  case let value?:
    throw RuntimeError(.runtime, "'\(stage)' needs a list, not \(value.typeName)", range: range)
  }
}

/// `where EXPR`: keeps the items for which EXPR, with `$it` bound to the item, is truthy.
final class FilterNode: @unchecked Sendable {
  let condition: ExpressionNode
  let range: SourceRange

  init(condition: ExpressionNode, range: SourceRange) {
    self.condition = condition
    self.range = range
  }

  func run(_ frame: Frame, input: Value?, on interpreter: isolated Interpreter) async throws -> Value {
    let items = try pipedItems(input, for: "where", at: range)
    let scope = Scope(parent: frame.scope)
    let itemFrame = frame.nested(scope: scope)
    var kept: [Value] = []
    for item in items {
      try Task.checkCancellation()
      scope.define(Symbol.it.id, item)
      let verdict =
        condition.isPure
        ? try condition.evaluate(itemFrame) : try await condition.evaluate(itemFrame, on: interpreter)
      if verdict.isTruthy { kept.append(item) }
    }
    return .list(kept)
  }
}

/// `each [-j N] { block }`: the block's value for each item, in input order. With `-j N` up to N
/// items run at once; they interleave on the interpreter's actor while they wait for the API.
final class EachNode: @unchecked Sendable {
  let concurrency: ExpressionNode?
  let body: BlockNode
  let range: SourceRange

  init(concurrency: ExpressionNode?, body: BlockNode, range: SourceRange) {
    self.concurrency = concurrency
    self.body = body
    self.range = range
  }

  /// The list of the block's values, and whether every one is what a reporting command returned
  /// (then the summaries stand for the list, as for `set` itself).
  func run(_ frame: Frame, input: Value?, on interpreter: isolated Interpreter) async throws -> (
    value: Value, reported: Bool
  ) {
    let items = try pipedItems(input, for: "each", at: range)
    let jobs = try await jobCount(frame, on: interpreter)
    if jobs == 1 || items.count < 2 {
      let scope = Scope(parent: frame.scope)
      let itemFrame = frame.nested(scope: scope)
      var results: [Value] = []
      results.reserveCapacity(items.count)
      var allReported = !items.isEmpty
      for (index, item) in items.enumerated() {
        do {
          try Task.checkCancellation()
          scope.define(Symbol.it.id, item)
          let report = BlockReport()
          results.append(
            try await CommandContext.$currentBlock.withValue(report) {
              try EachNode.value(of: try await self.body.execute(itemFrame, display: false, on: interpreter))
            })
          allReported = allReported && report.lastStatementReported
        } catch let cancellation as CancellationError {
          // Ctrl-C: the report after the statement names the items not finished.
          interpreter.context.changes.recordNotReached(items[index...])
          throw cancellation
        }
      }
      return (.list(results), allReported)
    }
    let parent = ActorConfined(value: frame)
    let body = self.body
    var finished = [Bool](repeating: false, count: items.count)
    do {
      return try await withThrowingTaskGroup(of: (Int, Value, Bool).self) { group in
        var results = [Value](repeating: .null, count: items.count)
        var allReported = true
        var next = 0
        while next < min(jobs, items.count) {
          let (index, item) = (next, items[next])
          group.addTask {
            let (value, reported) = try await interpreter.runEachItem(body, item: item, parent: parent)
            return (index, value, reported)
          }
          next += 1
        }
        while let (index, value, reported) = try await group.next() {
          results[index] = value
          finished[index] = true
          allReported = allReported && reported
          if next < items.count && !Task.isCancelled {
            let (index, item) = (next, items[next])
            group.addTask {
              let (value, reported) = try await interpreter.runEachItem(body, item: item, parent: parent)
              return (index, value, reported)
            }
            next += 1
          }
        }
        try Task.checkCancellation()
        return (.list(results), allReported)
      }
    } catch let cancellation as CancellationError {
      // Ctrl-C: no new item started; the blocks in flight ran their API calls to the end (the
      // calls are shielded), and the report after the statement names what was not finished.
      interpreter.context.changes.recordNotReached(zip(items, finished).filter { !$0.1 }.map(\.0))
      throw cancellation
    }
  }

  /// The value of `-j N`, at least 1.
  private func jobCount(_ frame: Frame, on interpreter: isolated Interpreter) async throws -> Int {
    guard let concurrency else { return 1 }
    let value = try await concurrency.evaluate(frame, on: interpreter)
    guard case .int(let count) = value, count >= 1 else {
      throw RuntimeError(
        .runtime, "'each -j' needs a positive int, not \(value.literalText)", range: concurrency.range)
    }
    return count
  }

  /// The value a block produced for one item; `exit` inside it ends the script.
  static func value(of flow: Flow) throws -> Value {
    switch flow {
    case .normal(let value), .returned(let value): return value
    case .exited(let status): throw ExitRequest(status: status)
    case .interrupted: throw CancellationError()
    case .breakLoop, .continueLoop: return .null
    }
  }
}

extension Interpreter {
  /// Runs an `each -j` block for one item in a scope of its own, on the actor.
  /// The block's value for the item, and whether a reporting command made it (`BlockReport`).
  func runEachItem(_ body: BlockNode, item: Value, parent: ActorConfined<Frame>) async throws -> (Value, Bool)
  {
    let scope = Scope(parent: parent.value.scope)
    scope.define(Symbol.it.id, item)
    let report = BlockReport()
    let flow = try await CommandContext.$currentBlock.withValue(report) {
      try await body.execute(parent.value.nested(scope: scope), display: false, on: self)
    }
    return (try EachNode.value(of: flow), report.lastStatementReported)
  }
}

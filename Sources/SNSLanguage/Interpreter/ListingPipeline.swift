import SinchNumbers

/// `ls | where … | count` and the like, run page by page instead of on the whole listing: a
/// project of 100,000 numbers is counted, filtered or sampled with a few pages in memory.
///
/// Only pipelines whose meaning cannot change qualify: `ls`, then any of `where` (with a pure
/// condition), `get` and `select`, which work item by item, then optionally `count` (no
/// arguments) or `first`. Those run on each chunk of records as they would on the whole list,
/// and the chunks' results are joined (or summed, for `count`); `first` stops the listing as soon
/// as it has what it needs. Anything else (`each`, `sort`, a mutation...) gets the whole list as
/// before, so side effects never start before the listing is complete.
struct ListingPipeline {
  /// Records handed to the later stages at once.
  static let chunkSize = 1000

  let list: CommandCallNode
  let itemStages: [PipelineNode.Stage]
  let terminal: Terminal?

  enum Terminal {
    case count(CommandCallNode)
    case first(CommandCallNode)
  }

  /// The streamed form of `stages`, or nil when they do not have its shape.
  init?(_ stages: [PipelineNode.Stage]) {
    guard stages.count > 1, case .command(let list) = stages[0], list.name.name == "ls" else { return nil }
    var middle = stages.dropFirst()
    var terminal: Terminal?
    if case .command(let last)? = middle.last {
      switch last.name.name {
      case "count" where last.arguments.isEmpty: terminal = .count(last)
      case "first": terminal = .first(last)
      default: break
      }
      if terminal != nil { middle = middle.dropLast() }
    }
    for stage in middle {
      switch stage {
      case .filter(let filter) where filter.condition.isPure: continue
      case .command(let call) where call.name.name == "get" || call.name.name == "select": continue
      default: return nil
      }
    }
    self.list = list
    self.itemStages = Array(middle)
    self.terminal = terminal
  }

  /// The pipeline's value, or nil when a stage's name turns out not to be the builtin (then the
  /// pipeline runs as usual).
  func run(_ frame: Frame, on interpreter: isolated Interpreter) async throws -> Value? {
    guard let (command, arguments) = try await list.boundBuiltin(frame, on: interpreter),
      command.name == "ls", areBuiltins(frame.state)
    else { return nil }
    let records: ListedNumbers
    do {
      records = try NumbersCommands.activeNumbers(arguments, frame.state.context)
    } catch {
      throw RuntimeError.converting(error, at: list.range)
    }
    var counted = 0
    var kept: [Value] = []
    var chunk: [Value] = []
    chunk.reserveCapacity(Self.chunkSize)
    // `first` is asked early and then less often, so `ls | first 2` reads no page it need not.
    var chunkLimit: Int
    if case .first = terminal { chunkLimit = 16 } else { chunkLimit = Self.chunkSize }
    var iterator = records.makeAsyncIterator()
    while true {
      let next: Value?
      do {
        next = try await iterator.next()
      } catch {
        if Task.isCancelled { throw CancellationError() }
        throw RuntimeError.converting(error, at: list.range)
      }
      if let next { chunk.append(next) }
      guard next == nil || chunk.count == chunkLimit else { continue }
      chunkLimit = min(chunkLimit * 2, Self.chunkSize)
      let results = items(of: try await throughItemStages(chunk, frame, on: interpreter))
      chunk.removeAll(keepingCapacity: true)
      switch terminal {
      case .count: counted += results.count
      case .first(let call):
        kept.append(contentsOf: results)
        // `first` has all it needs once it leaves some of what it was given.
        let taken = try await call.call(frame, input: .list(kept), on: interpreter).value
        if case .list(let some) = taken, some.count == kept.count, next != nil { continue }
        return taken
      case nil: kept.append(contentsOf: results)
      }
      if next == nil { break }
    }
    if case .count = terminal { return .int(counted) }
    return .list(kept)
  }

  /// Whether every later stage names the builtin (functions cannot shadow builtins, but a
  /// registry without one is possible).
  private func areBuiltins(_ state: InterpreterState) -> Bool {
    var calls: [CommandCallNode] = []
    for stage in itemStages { if case .command(let call) = stage { calls.append(call) } }
    switch terminal {
    case .count(let call), .first(let call): calls.append(call)
    case nil: break
    }
    return calls.allSatisfy { state.functions[$0.name.id] == nil && state.registry[$0.name.name] != nil }
  }

  private func throughItemStages(_ chunk: [Value], _ frame: Frame, on interpreter: isolated Interpreter)
    async throws -> Value
  {
    var value = Value.list(chunk)
    for stage in itemStages {
      switch stage {
      case .filter(let filter): value = try await filter.run(frame, input: value, on: interpreter)
      case .command(let call): value = try await call.call(frame, input: value, on: interpreter).value
      case .expression, .each: break  // excluded by init
      }
    }
    return value
  }

  /// The items of an item-wise stage's result (always a list for a list input).
  private func items(of value: Value) -> [Value] {
    if case .list(let items) = value { return items }
    return value.isNull ? [] : [value]
  }
}

import SinchNumbers

/// What a bulk operation does, named for its messages.
struct BulkAction: Sendable {
  /// `update`, as in "2 of 5 updates failed".
  var noun: String
  /// `updated`, as in "interrupted: updated +1...".
  var pastTense: String
  /// How a 404 about one of its numbers reads.
  var lookup: NumbersFailure.Lookup
  /// Whether a success changes the project (and goes into the statement's `ChangeJournal`).
  var changesProject = true

  static let update = BulkAction(noun: "update", pastTense: "updated", lookup: .active)
  static let release = BulkAction(noun: "release", pastTense: "released", lookup: .active)
  static let rent = BulkAction(noun: "rent", pastTense: "rented", lookup: .available)
  /// The reads that show what a release or rent will do before asking.
  static let lookUp = BulkAction(
    noun: "lookup", pastTense: "looked up", lookup: .active, changesProject: false)
  static let check = BulkAction(
    noun: "lookup", pastTense: "looked up", lookup: .available, changesProject: false)
}

/// Runs one API call per number, at most `jobs` at once, and keeps results in input order
/// (LANGUAGE.md §6.1). Every failure is reported, not only the first: the calls that can go on
/// do, and one error then names each number that failed and why.
///
/// On cancellation (Ctrl-C) no new call starts, the calls in flight finish — a release cut off
/// half-way would leave the user unsure what they pay for — and the statement's `ChangeJournal`
/// learns which numbers were changed and which were not before `CancellationError` is rethrown;
/// the runner prints it when the statement ends.
struct BulkRunner {
  let action: BulkAction
  let jobs: Int
  let context: CommandContext

  /// The result of `operation` for each target in input order; `completed` sees each success as
  /// it happens (summaries are printed from it).
  func run<Output: Sendable>(
    _ targets: [TargetNumber],
    operation: @escaping @Sendable (PhoneNumber) async throws -> Output,
    completed: @escaping @Sendable (PhoneNumber, Output) -> Void = { _, _ in }
  ) async throws -> [Output] {
    let outcomes = await runAll(targets, operation: operation, completed: completed)
    if outcomes.contains(where: { $0 == nil }) {
      let notDone = zip(targets, outcomes).compactMap { target, outcome -> String? in
        if case .success? = outcome { return nil }
        return target.number.e164
      }
      if journals { context.changes.recordNotChanged(notDone) }
      throw CancellationError()
    }
    var values: [Output] = []
    var failures: [(TargetNumber, any Error)] = []
    for (target, outcome) in zip(targets, outcomes) {
      switch outcome {
      case .success(let value)?: values.append(value)
      case .failure(let error)?: failures.append((target, error))
      case nil: break
      }
    }
    if !failures.isEmpty { throw combined(failures, of: targets.count) }
    return values
  }

  private func runAll<Output: Sendable>(
    _ targets: [TargetNumber], operation: @escaping @Sendable (PhoneNumber) async throws -> Output,
    completed: @escaping @Sendable (PhoneNumber, Output) -> Void
  ) async -> [Result<Output, any Error>?] {
    await withTaskGroup(of: (Int, Result<Output, any Error>).self) { group in
      var outcomes = [Result<Output, any Error>?](repeating: nil, count: targets.count)
      var nextIndex = 0
      func start(_ index: Int) {
        let number = targets[index].number
        group.addTask {
          // An unstructured task does not inherit cancellation, so a call in flight completes
          // and its outcome is known.
          let shielded = Task { try await operation(number) }
          return (index, await shielded.result)
        }
      }
      while nextIndex < targets.count && nextIndex < jobs && !Task.isCancelled {
        start(nextIndex)
        nextIndex += 1
      }
      while let (index, outcome) = await group.next() {
        outcomes[index] = outcome
        if case .success(let value) = outcome {
          if journals { context.changes.recordChange(action.pastTense, targets[index].number.e164) }
          completed(targets[index].number, value)
        }
        if nextIndex < targets.count && !Task.isCancelled {
          start(nextIndex)
          nextIndex += 1
        }
      }
      return outcomes
    }
  }

  /// Whether this run's successes change the project: a dry run only announces.
  private var journals: Bool { action.changesProject && !context.settings.dryRun }

  /// One error naming every failure; a single number keeps its own error as it is.
  private func combined(_ failures: [(TargetNumber, any Error)], of total: Int) -> any Error {
    if let cancelled = failures.first(where: { $0.1 is CancellationError }) { return cancelled.1 }
    let runtimeErrors = failures.map { target, error in
      NumbersFailure.runtimeError(error, about: target, lookup: action.lookup)
    }
    // `run` calls this only with failures, so there is a first one.
    let first = runtimeErrors[0]
    if total == 1 { return first }
    let lines = zip(failures, runtimeErrors).map { failure, error in
      let number = failure.0.number.e164
      return error.message.contains(number) ? error.message : "\(number): \(error.message)"
    }
    let message = "\(failures.count) of \(total) \(action.noun)s failed: " + lines.joined(separator: "; ")
    // Status, code and place are kept when every failure shares them (all 404s, one list).
    let statuses = Set(runtimeErrors.map(\.status))
    let codes = Set(runtimeErrors.map(\.code))
    let ranges = Set(runtimeErrors.map(\.range))
    return RuntimeError(
      first.kind, message, status: statuses.count == 1 ? first.status : nil,
      code: codes.count == 1 ? first.code : nil, range: ranges.count == 1 ? first.range : nil)
  }
}

import SinchNumbers

extension NumbersCommands {
  /// `set NUMBER... name=...`: changes the given fields of each number.
  static let update = BuiltinCommand(
    name: "set", category: .numbers,
    summary: "change the name, SMS plan, campaign, callback URL or voice app of numbers",
    usage:
      "set NUMBER... [name=S] [plan=ID] [campaign=ID] [callback=URL] "
      + "[voice=RTC|EST|FAX app=ID|trunk=ID|service=ID] [-j N]",
    example: "set +12086390939 name=\"Support\" plan=957ae16ae12d4942b91b61eda5e4ed6b",
    parameters: [NumbersParameters.name] + NumbersParameters.configuration,
    flags: [NumbersParameters.jobs], positionalCompletion: .phoneNumbers,
    run: { arguments, context in try await UpdateCommand(arguments, context).run() })
}

/// One run of `set`: only the fields given are sent; `plan=""` and `campaign=""` unlink.
struct UpdateCommand {
  let arguments: CommandArguments
  let context: CommandContext

  init(_ arguments: CommandArguments, _ context: CommandContext) {
    self.arguments = arguments
    self.context = context
  }

  func run() async throws -> Value {
    let parsed = NumbersArguments(arguments, command: "set")
    let changes = try NumberChanges(parsed)
    guard !changes.isEmpty else {
      throw RuntimeError(
        .runtime, "set needs at least one field: name=, plan=, campaign=, callback= or voice=",
        range: arguments.range)
    }
    let numbers = try TargetNumbers(arguments, command: "set")
    // The summaries (or dry-run lines) stand for the result at statement level in table mode.
    context.markResultReported()
    let runner = BulkRunner(
      action: .update, jobs: try parsed.jobs(default: context.settings.jobs), context: context)
    let updated: [ActiveNumber]
    if DryRun(context: context).isOn {
      updated = try await predict(changes, numbers.targets, runner)
    } else {
      updated = try await apply(changes, numbers.targets, runner)
    }
    return numbers.result(updated.map(Value.init(activeNumber:)))
  }

  private func apply(_ changes: NumberChanges, _ targets: [TargetNumber], _ runner: BulkRunner)
    async throws -> [ActiveNumber]
  {
    let api = context.api
    let update = changes.update
    let reporter = ChangeReporter(context: context)
    let summary = changes.summary
    return try await runner.run(targets) { number in
      try await api.updateActiveNumber(number, update)
    } completed: { number, _ in
      reporter.report("updated \(number): \(summary)")
    }
  }

  /// Reads each number, so an unknown one fails as it would, and returns it as it would become.
  private func predict(_ changes: NumberChanges, _ targets: [TargetNumber], _ runner: BulkRunner)
    async throws -> [ActiveNumber]
  {
    let api = context.api
    let current = try await runner.run(targets) { number in try await api.activeNumber(number) }
    let dryRun = DryRun(context: context)
    dryRun.announce(
      targets.map { dryRun.line("PATCH", "activeNumbers/\($0.number.pathForm)", body: changes.update) })
    return current.map(changes.applied(to:))
  }
}

import SinchNumbers

extension NumbersCommands {
  /// `release NUMBER... [--yes]`: gives numbers back.
  static let release = BuiltinCommand(
    name: "release", category: .numbers,
    summary: "give numbers back (they stay until the period paid for ends)",
    usage: "release NUMBER... [--yes] [-j N]", example: "release +12086390939 --yes",
    flags: [NumbersParameters.yes, NumbersParameters.jobs], positionalCompletion: .phoneNumbers,
    run: { arguments, context in try await ReleaseCommand(arguments, context).run() })
}

/// One run of `release`, confirmed as `Confirmation` says.
struct ReleaseCommand {
  let arguments: CommandArguments
  let context: CommandContext

  init(_ arguments: CommandArguments, _ context: CommandContext) {
    self.arguments = arguments
    self.context = context
  }

  func run() async throws -> Value {
    let parsed = NumbersArguments(arguments, command: "release")
    let numbers = try TargetNumbers(arguments, command: "release")
    let jobs = try parsed.jobs(default: context.settings.jobs)
    let confirmation = Confirmation(action: "release", arguments: arguments, context: context)
    let mustAsk = try confirmation.isNeeded()
    // The summaries (or dry-run lines) stand for the result at statement level in table mode.
    context.markResultReported()
    let targets = numbers.targets
    guard !targets.isEmpty else { return .list([]) }
    let api = context.api
    let dryRun = DryRun(context: context)
    if mustAsk || dryRun.isOn {
      let current = try await readAll(targets, jobs: jobs)
      if dryRun.isOn {
        dryRun.announce(targets.map { dryRun.line("POST", "activeNumbers/\($0.number.pathForm):release") })
        return numbers.result(current.map { Value(activeNumber: DryRun.released($0)) })
      }
      try await confirmation.ask(
        confirmation.question(for: targets), showing: current.map(Self.preview))
    }
    let reporter = ChangeReporter(context: context)
    let runner = BulkRunner(action: .release, jobs: jobs, context: context)
    let released = try await runner.run(targets) { number in
      try await api.releaseNumber(number)
    } completed: { number, _ in
      reporter.report("released \(number)")
    }
    return numbers.result(released.map(Value.init(activeNumber:)))
  }

  /// The numbers as they are now; a number that cannot be read stops everything before any
  /// release is sent.
  private func readAll(_ targets: [TargetNumber], jobs: Int) async throws -> [ActiveNumber] {
    let api = context.api
    do {
      let runner = BulkRunner(action: .lookUp, jobs: jobs, context: context)
      return try await runner.run(targets) { number in try await api.activeNumber(number) }
    } catch var error as RuntimeError {
      if !context.settings.dryRun { error.message += "; nothing was released" }
      throw error
    }
  }

  /// `+12086390939  Support  US LOCAL  2.00 USD/month`.
  static func preview(_ number: ActiveNumber) -> [String] {
    let name = number.displayName.flatMap { $0.isEmpty ? nil : $0 } ?? "(no name)"
    let kind = [number.regionCode, number.type?.rawValue].compactMap { $0 }.joined(separator: " ")
    return [number.phoneNumber ?? "?", name, kind, MoneyText.perMonth(number.money) ?? ""]
  }
}

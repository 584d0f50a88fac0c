import SinchNumbers

extension NumbersCommands {
  /// `rent NUMBER...` and `rent region=CC type=T ...` (rent any matching number).
  static let rent = BuiltinCommand(
    name: "rent", category: .numbers, summary: "rent numbers, chosen or any that match",
    usage:
      "rent NUMBER... [plan=ID] [campaign=ID] [callback=URL] [voice=RTC|EST|FAX app=ID|trunk=ID|service=ID] "
      + "[--yes] [-j N]  |  rent region=CC type=T [pattern=P] [match=start|contains|end] "
      + "[capability=C,...] [plan=ID] ... [--yes]",
    example: "rent +12085550200 plan=957ae16ae12d4942b91b61eda5e4ed6b --yes",
    parameters: [
      NumbersParameters.region, NumbersParameters.type, NumbersParameters.capability,
      NumbersParameters.pattern, NumbersParameters.match,
    ] + NumbersParameters.configuration,
    flags: [NumbersParameters.yes, NumbersParameters.jobs], positionalCompletion: .phoneNumbers,
    run: { arguments, context in try await RentCommand(arguments, context).run() })
}

/// One run of `rent`, confirmed as `Confirmation` says; the price shown before asking, and the
/// record a dry run returns, come from `check`.
struct RentCommand {
  let arguments: CommandArguments
  let context: CommandContext
  let parsed: NumbersArguments
  let confirmation: Confirmation

  init(_ arguments: CommandArguments, _ context: CommandContext) {
    self.arguments = arguments
    self.context = context
    parsed = NumbersArguments(arguments, command: "rent")
    confirmation = Confirmation(action: "rent", arguments: arguments, context: context)
  }

  func run() async throws -> Value {
    let changes = try NumberChanges(parsed)
    // The summaries (or dry-run lines) stand for the result at statement level in table mode.
    context.markResultReported()
    let searchNames = ["region", "type", "capability", "pattern", "match"]
    let searches = searchNames.contains(where: parsed.has)
    let hasNumbers = !arguments.positional.isEmpty || arguments.input != nil
    if searches && hasNumbers {
      throw RuntimeError(
        .runtime, "rent takes NUMBER... or region= and type=, not both", range: arguments.range)
    }
    if searches || !hasNumbers {
      return try await rentAny(changes)
    }
    return try await rentChosen(changes, try TargetNumbers(arguments, command: "rent"))
  }

  private func rentChosen(_ changes: NumberChanges, _ numbers: TargetNumbers) async throws -> Value {
    let jobs = try parsed.jobs(default: context.settings.jobs)
    let mustAsk = try confirmation.isNeeded()
    let targets = numbers.targets
    guard !targets.isEmpty else { return .list([]) }
    let api = context.api
    let dryRun = DryRun(context: context)
    if mustAsk || dryRun.isOn {
      let checker = BulkRunner(action: .check, jobs: jobs, context: context)
      let available = try await checker.run(targets) { number in try await api.availableNumber(number) }
      if dryRun.isOn {
        dryRun.announce(
          targets.map {
            dryRun.line("POST", "availableNumbers/\($0.number.pathForm):rent", body: changes.rentRequest)
          })
        return numbers.result(
          available.map {
            Value(activeNumber: DryRun.rented($0, projectId: api.projectId, changes: changes))
          })
      }
      try await confirmation.ask(confirmation.question(for: targets), showing: available.map(Self.preview))
    }
    let reporter = ChangeReporter(context: context)
    let request = changes.rentRequest
    let runner = BulkRunner(action: .rent, jobs: jobs, context: context)
    let rented = try await runner.run(targets) { number in
      try await api.rentNumber(number, request)
    } completed: { _, number in
      reporter.report(ChangeReporter.rented(number))
    }
    context.noteNumbers(rented.compactMap(\.phoneNumber))
    return numbers.result(rented.map(Value.init(activeNumber:)))
  }

  private func rentAny(_ changes: NumberChanges) async throws -> Value {
    let (region, type) = try NumbersCommands.requiredRegionAndType(
      parsed, usage: "rent without a NUMBER")
    let (pattern, match) = try parsed.numberPattern()
    let capabilities = try parsed.capabilities()
    let request = RentAnyNumberRequest(
      regionCode: region, type: type,
      numberPattern: pattern.map { NumberPattern(pattern: $0, searchPattern: match) },
      capabilities: capabilities.isEmpty ? nil : capabilities, smsConfiguration: changes.sms,
      voiceConfiguration: changes.voice, callbackUrl: changes.callbackUrl)
    let mustAsk = try confirmation.isNeeded()
    let dryRun = DryRun(context: context)
    let api = context.api
    if mustAsk || dryRun.isOn {
      let candidate = try await firstMatch(request)
      if dryRun.isOn {
        dryRun.announce([dryRun.line("POST", "availableNumbers:rentAny", body: request)])
        return Value(
          activeNumber: DryRun.rented(candidate, projectId: api.projectId, changes: changes))
      }
      let price = MoneyText.perMonth(candidate.monthlyPrice).map { " at \($0)" } ?? ""
      try await confirmation.ask(
        "Rent one \(region) \(type) number?",
        showing: [["any \(region) \(type) number, such as \(candidate.phoneNumber ?? "?")\(price)"]])
    }
    let rented = try await NumbersFailure.converting { try await api.rentAnyNumber(request) }
    ChangeReporter(context: context).report(ChangeReporter.rented(rented))
    context.noteNumbers(rented.phoneNumber.map { [$0] } ?? [])
    return Value(activeNumber: rented)
  }

  /// The first available number that a rent of any would take, as far as a search can tell.
  private func firstMatch(_ request: RentAnyNumberRequest) async throws -> AvailableNumber {
    let query = AvailableNumberQuery(
      regionCode: request.regionCode, type: request.type, capabilities: request.capabilities ?? [],
      pattern: request.numberPattern?.pattern, searchPattern: request.numberPattern?.searchPattern,
      size: 1)
    let found = try await NumbersFailure.converting {
      try await context.api.searchAvailableNumbers(query)
    }
    guard let first = found.first else {
      throw RuntimeError(
        .api, "no available \(request.regionCode) \(request.type) number matches (404 NOT_FOUND)",
        status: 404, code: "NOT_FOUND", range: arguments.range)
    }
    return first
  }

  /// `+12085550200  US LOCAL  2.00 USD/month  setup 0.00 USD`.
  static func preview(_ number: AvailableNumber) -> [String] {
    let kind = [number.regionCode, number.type?.rawValue].compactMap { $0 }.joined(separator: " ")
    let setup = MoneyText.amount(number.setupPrice).map { "setup \($0)" } ?? ""
    return [number.phoneNumber ?? "?", kind, MoneyText.perMonth(number.monthlyPrice) ?? "", setup]
  }
}

import SinchNumbers

/// The commands that only read: `show`, `check`, `search` and `regions`.
extension NumbersCommands {
  /// `show NUMBER`: one active number.
  static let show = BuiltinCommand(
    name: "show", category: .numbers, summary: "show one active number",
    usage: "show NUMBER", example: "show +12086390939", positionalCompletion: .phoneNumbers,
    run: { arguments, context in
      let target = try TargetNumbers.single(arguments, command: "show")
      let number = try await NumbersFailure.converting(about: target, lookup: .active) {
        try await context.api.activeNumber(target.number)
      }
      context.noteNumbers([target.number.e164])
      return Value(activeNumber: number)
    })

  /// `check NUMBER`: whether a number can be rented, and at what price.
  static let check = BuiltinCommand(
    name: "check", category: .numbers, summary: "check whether one number can be rented",
    usage: "check NUMBER", example: "check +12085550200", positionalCompletion: .phoneNumbers,
    run: { arguments, context in
      let target = try TargetNumbers.single(arguments, command: "check")
      let number = try await NumbersFailure.converting(about: target, lookup: .available) {
        try await context.api.availableNumber(target.number)
      }
      context.noteNumbers([target.number.e164])
      return Value(availableNumber: number)
    })

  /// `search region=CC type=T ...`: numbers that can be rented.
  static let search = BuiltinCommand(
    name: "search", category: .numbers, summary: "search numbers that can be rented",
    usage: "search region=CC type=T [capability=C,...] [pattern=P] [match=start|contains|end] [limit=N]",
    example: "search region=US type=LOCAL capability=SMS limit=5",
    parameters: [
      NumbersParameters.region, NumbersParameters.type, NumbersParameters.capability,
      NumbersParameters.pattern, NumbersParameters.match, NumbersParameters.limit,
    ],
    run: { arguments, context in
      let parsed = NumbersArguments(arguments, command: "search")
      try parsed.expectNoPositional()
      let (region, type) = try requiredRegionAndType(parsed, usage: "search")
      let (pattern, match) = try parsed.numberPattern()
      let query = AvailableNumberQuery(
        regionCode: region, type: type, capabilities: try parsed.capabilities(), pattern: pattern,
        searchPattern: match, size: try parsed.limit())
      let numbers = try await NumbersFailure.converting {
        try await context.api.searchAvailableNumbers(query)
      }
      context.noteNumbers(numbers.compactMap(\.phoneNumber))
      return .list(numbers.map(Value.init(availableNumber:)))
    })

  /// `regions [type=T]`: where numbers can be rented.
  static let regions = BuiltinCommand(
    name: "regions", category: .numbers, summary: "list the regions where numbers can be rented",
    usage: "regions [type=T]", example: "regions type=MOBILE", parameters: [NumbersParameters.type],
    run: { arguments, context in
      let parsed = NumbersArguments(arguments, command: "regions")
      try parsed.expectNoPositional()
      let type = try parsed.choice("type", NumberType.self)
      let regions = try await NumbersFailure.converting {
        try await context.api.availableRegions(types: type.map { [$0] } ?? [])
      }
      // A filtered list is only part of the picture, so it adds to the cache rather than
      // replacing it; completion offers every region seen.
      let codes = regions.compactMap(\.regionCode)
      let known = type == nil ? [] : context.cachedRegions ?? []
      context.cachedRegions = Array(Set(known + codes)).sorted()
      return .list(regions.map(Value.init(region:)))
    })

  /// `region=` and `type=`, which `search` and `rent` (of any number) cannot do without.
  static func requiredRegionAndType(_ parsed: NumbersArguments, usage: String) throws
    -> (String, NumberType)
  {
    let region = try parsed.region()
    let type = try parsed.choice("type", NumberType.self)
    guard let region, let type else {
      let missing = [region == nil ? "region=CC" : nil, type == nil ? "type=T" : nil].compactMap { $0 }
      throw RuntimeError(
        .runtime,
        "\(usage) needs \(missing.joined(separator: " and ")) (such as region=US type=LOCAL)",
        range: parsed.arguments.range)
    }
    return (region, type)
  }
}

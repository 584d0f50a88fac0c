import SinchNumbers

extension NumbersCommands {
  /// `ls`: the project's active numbers, every page, every type unless `type=` says one.
  static let list = BuiltinCommand(
    name: "ls", category: .numbers, summary: "list the project's active numbers",
    usage:
      "ls [region=CC] [type=T] [capability=C,...] [pattern=P] [match=start|contains|end] "
      + "[order=phoneNumber|displayName] [limit=N]",
    example: "ls region=US type=LOCAL capability=SMS",
    parameters: [
      NumbersParameters.region, NumbersParameters.type, NumbersParameters.capability,
      NumbersParameters.pattern, NumbersParameters.match, NumbersParameters.order,
      NumbersParameters.limit,
    ],
    run: { arguments, context in
      var values: [Value] = []
      for try await value in try activeNumbers(arguments, context) { values.append(value) }
      return .list(values)
    })

  /// The lazy form of `ls`: its records one by one, each page fetched only when the consumer
  /// reaches it, so `ls | first 3` reads one page per type. Arguments are checked at once;
  /// iterating throws `RuntimeError`, or `CancellationError`.
  public static func activeNumbers(_ arguments: CommandArguments, _ context: CommandContext) throws
    -> ListedNumbers
  {
    try rejectUnknownParameters(arguments, of: list)
    let parsed = NumbersArguments(arguments, command: "ls")
    try parsed.expectNoPositional()
    let type = try parsed.choice("type", NumberType.self)
    let order = try parsed.choice("order", ActiveNumberOrder.self)
    let (pattern, match) = try parsed.numberPattern()
    let limit = try parsed.limit()
    let base = ActiveNumberQuery(
      regionCode: try parsed.region(), capabilities: try parsed.capabilities(), pattern: pattern,
      searchPattern: match, orderBy: order,
      // The largest page the API allows (a tenth of the round trips of its default of 100), or
      // no more than the limit: `ls limit=3` then moves three numbers per type.
      pageSize: min(limit ?? 1000, 1000))
    let queries = (type.map { [$0] } ?? NumberType.knownValues).map { type in
      var query = base
      query.type = type
      return query
    }
    let merged = MergedActiveNumbers(
      api: context.api, queries: queries, order: order ?? .phoneNumber, limit: limit)
    return ListedNumbers(numbers: merged, context: context)
  }
}

/// `ls` records as the consumer reads them; each number is remembered for completion.
public struct ListedNumbers: AsyncSequence, Sendable {
  public typealias Element = Value

  let numbers: MergedActiveNumbers
  let context: CommandContext

  public func makeAsyncIterator() -> Iterator {
    Iterator(numbers: numbers.makeAsyncIterator(), context: context)
  }

  /// Reads one number and turns it into its record.
  public struct Iterator: AsyncIteratorProtocol {
    var numbers: MergedActiveNumbers.Iterator
    let context: CommandContext

    public mutating func next() async throws -> Value? {
      let next: ActiveNumber?
      do {
        next = try await numbers.next()
      } catch {
        throw NumbersFailure.error(error, about: nil, lookup: .none)
      }
      guard let number = next else { return nil }
      if let phoneNumber = number.phoneNumber { context.noteNumbers([phoneNumber]) }
      return Value(activeNumber: number)
    }
  }
}

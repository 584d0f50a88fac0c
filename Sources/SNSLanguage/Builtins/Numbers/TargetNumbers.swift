import SinchNumbers

/// One number a command acts on, and where the user wrote it, so an error about it can point there.
struct TargetNumber: Sendable {
  var number: PhoneNumber
  var range: SourceRange
}

/// The `NUMBER...` of a command: several positional numbers, a list (of phones, strings or
/// records), or the piped input. A single number given as such yields a single result; anything
/// else yields a list, so `ls | set ...` always gives a list even when one number matched.
struct TargetNumbers {
  /// The numbers in the order given, each once.
  var targets: [TargetNumber]
  /// Whether exactly one number was given on its own rather than in a list.
  var isSingle: Bool

  /// Reads the numbers; `command` names the command in messages.
  init(_ arguments: CommandArguments, command: String) throws {
    if arguments.input != nil, !arguments.positional.isEmpty {
      throw RuntimeError(
        .runtime,
        "\(command) takes numbers either from the pipe or as arguments, not both",
        range: arguments.range(ofPositional: 0))
    }
    var collected: [TargetNumber] = []
    var sawList = false
    if let input = arguments.input {
      sawList = try Self.collect(input, at: arguments.range, into: &collected)
    } else {
      for (index, value) in arguments.positional.enumerated() {
        let listed = try Self.collect(value, at: arguments.range(ofPositional: index), into: &collected)
        sawList = sawList || listed
      }
    }
    if collected.isEmpty && !sawList {
      throw RuntimeError(.runtime, "\(command) needs a NUMBER", range: arguments.range)
    }
    // Acting twice on one number is never meant: a second release would only fail.
    var seen: Set<PhoneNumber> = []
    targets = collected.filter { seen.insert($0.number).inserted }
    isSingle = !sawList && collected.count == 1
  }

  /// The one number of a command that takes exactly one.
  static func single(_ arguments: CommandArguments, command: String) throws -> TargetNumber {
    let numbers = try TargetNumbers(arguments, command: command)
    guard numbers.isSingle, let target = numbers.targets.first else {
      throw RuntimeError(
        .runtime, "\(command) takes one NUMBER; use `each { \(command) $it }` for several",
        range: arguments.range)
    }
    return target
  }

  /// The command's result: one record for a single number, else the list in input order.
  func result(_ values: [Value]) -> Value {
    if isSingle, values.count == 1, let value = values.first { return value }
    return .list(values)
  }

  /// Adds the numbers `value` stands for; returns whether it was a list.
  private static func collect(_ value: Value, at range: SourceRange, into targets: inout [TargetNumber])
    throws -> Bool
  {
    if case .list(let items) = value {
      for item in items { targets.append(try number(item, at: range)) }
      return true
    }
    targets.append(try number(value, at: range))
    return false
  }

  private static func number(_ value: Value, at range: SourceRange) throws -> TargetNumber {
    do throws(ValueError) {
      return TargetNumber(number: try value.phoneNumber(), range: range)
    } catch {
      throw RuntimeError(.runtime, error.description, range: range)
    }
  }
}

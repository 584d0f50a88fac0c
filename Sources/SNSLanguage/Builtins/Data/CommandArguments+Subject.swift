/// How data and text commands find what they work on: the piped value, else their first
/// positional argument (LANGUAGE.md §6).
extension CommandArguments {
  /// The value worked on and the positional arguments that remain after it.
  func subject(of command: String, expecting what: String = "a list") throws(RuntimeError) -> (
    value: Value, rest: [Value], restRanges: [SourceRange]
  ) {
    if let input { return (input, positional, positionalRanges) }
    guard let first = positional.first else {
      throw RuntimeError(
        .runtime, "'\(command)' needs \(what) from a pipe or as its first argument", range: range)
    }
    return (first, Array(positional.dropFirst()), Array(positionalRanges.dropFirst()))
  }

  /// The items of a list subject; null is empty and any other value is one item.
  func items(of command: String) throws(RuntimeError) -> (
    items: [Value], rest: [Value], restRanges: [SourceRange]
  ) {
    let (value, rest, ranges) = try subject(of: command)
    switch value {
    case .list(let items): return (items, rest, ranges)
    case .null: return ([], rest, ranges)
    default: return ([value], rest, ranges)
    }
  }

  /// The string subject of a text command.
  func text(of command: String) throws(RuntimeError) -> (
    text: String, rest: [Value], restRanges: [SourceRange]
  ) {
    let (value, rest, ranges) = try subject(of: command, expecting: "a string")
    switch value {
    case .string(let text): return (text, rest, ranges)
    case .phone(let number): return (number.e164, rest, ranges)
    default:
      throw RuntimeError(.runtime, "'\(command)' needs a string, not \(value.typeName)", range: range)
    }
  }

  /// The count argument of `first N` and `last N`: a non-negative int, 1 when absent.
  func count(in rest: [Value], ranges: [SourceRange], of command: String) throws(RuntimeError) -> Int? {
    guard let value = rest.first else { return nil }
    guard case .int(let count) = value, count >= 0 else {
      throw RuntimeError(
        .runtime, "'\(command)' needs a count that is an int of 0 or more, not \(value.literalText)",
        range: ranges.first ?? range)
    }
    return count
  }

  /// A string positional argument at `index` of `rest`, such as a field name or a separator.
  func string(_ rest: [Value], _ ranges: [SourceRange], at index: Int, named what: String, of command: String)
    throws(RuntimeError) -> String?
  {
    guard index < rest.count else { return nil }
    switch rest[index] {
    case .string(let text): return text
    case .phone(let number): return number.e164
    case let other:
      throw RuntimeError(
        .runtime, "'\(command)' needs \(what) as a string, not \(other.typeName)",
        range: index < ranges.count ? ranges[index] : range)
    }
  }
}

extension Value {
  /// The value at a dotted field path such as `money.amount`, with the error located at `range`.
  func field(dotted path: String, at range: SourceRange) throws(RuntimeError) -> Value {
    do {
      return try field(path: path.split(separator: ".").map(String.init))
    } catch {
      throw RuntimeError(.runtime, error.description, range: range)
    }
  }
}

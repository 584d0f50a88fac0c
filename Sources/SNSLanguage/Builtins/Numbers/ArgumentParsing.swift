import Foundation
import SinchNumbers

/// Reads the `key=value` arguments and flags of a Numbers command into API types. Every error
/// points at the argument it is about and says what would be accepted.
struct NumbersArguments {
  let arguments: CommandArguments
  /// The command's name, for messages.
  let command: String

  init(_ arguments: CommandArguments, command: String) {
    self.arguments = arguments
    self.command = command
  }

  /// Whether `name=` was given at all.
  func has(_ name: String) -> Bool { arguments.value(name) != nil }

  /// `name=` as text: strings, numbers and phones are accepted as written.
  func text(_ name: String) throws -> String? {
    guard let value = arguments.value(name) else { return nil }
    switch value {
    case .string(let text): return text
    case .int(let number): return String(number)
    case .decimal(let number): return String(number)
    case .phone(let number): return number.e164
    default:
      throw problem(name, "\(name)= expects text, not \(value.typeName)")
    }
  }

  /// `region=` as an upper-case two-letter code.
  func region() throws -> String? {
    guard let text = try text("region") else { return nil }
    let code = text.uppercased()
    guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
      throw problem("region", "region must be a two-letter code such as US, not '\(text)'")
    }
    return code
  }

  /// `type=`, `order=`, `voice=` and the like: one of the enum's known values, in any case.
  func choice<Choice: OpenEnum>(_ name: String, _ kind: Choice.Type) throws -> Choice? {
    guard let text = try text(name) else { return nil }
    return try parse(text, as: kind, for: name)
  }

  /// `match=start|contains|end`.
  func match() throws -> SearchPattern? {
    try choice("match", SearchPattern.self)
  }

  /// `capability=SMS,VOICE`, or a list value of capabilities.
  func capabilities() throws -> [NumberCapability] {
    guard let value = arguments.value("capability") else { return [] }
    let items: [Value]
    if case .list(let list) = value { items = list } else { items = [value] }
    var result: [NumberCapability] = []
    for item in items {
      guard case .string(let text) = item else {
        throw problem("capability", "capability= expects SMS, VOICE or both, not \(item.typeName)")
      }
      for word in text.split(separator: ",") {
        let capability = try parse(
          word.trimmingCharacters(in: .whitespaces), as: NumberCapability.self, for: "capability")
        if !result.contains(capability) { result.append(capability) }
      }
    }
    return result
  }

  /// `pattern=` as digits with an optional leading `+`.
  func pattern() throws -> String? {
    guard let text = try text("pattern") else { return nil }
    let digits = text.hasPrefix("+") ? text.dropFirst() : Substring(text)
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      throw problem("pattern", "pattern must be digits, optionally starting with +, not '\(text)'")
    }
    return text
  }

  /// `pattern=` with `match=`; `match=` alone would silently do nothing, so it is refused.
  func numberPattern() throws -> (pattern: String?, match: SearchPattern?) {
    let pattern = try pattern()
    let match = try match()
    if match != nil && pattern == nil {
      throw problem("match", "match= needs a pattern= to match")
    }
    return (pattern, match)
  }

  /// `limit=N` with N at least 1.
  func limit() throws -> Int? {
    guard let value = arguments.value("limit") else { return nil }
    guard case .int(let count) = value, count >= 1 else {
      throw problem("limit", "limit must be a whole number of at least 1")
    }
    return count
  }

  /// `-j N`, else the session's default.
  func jobs(default standard: Int) throws -> Int {
    guard let value = arguments.flags["jobs"] else { return max(1, standard) }
    guard case .int(let count) = value, count >= 1 else {
      throw RuntimeError(.runtime, "-j needs a whole number of at least 1", range: arguments.range)
    }
    return count
  }

  /// Refuses positional arguments for commands that take none.
  func expectNoPositional() throws {
    guard let first = arguments.positional.first else { return }
    let hint =
      if case .string(let word) = first, word.count == 2 { "; did you mean region=\(word)?" } else { "" }
    throw RuntimeError(
      .runtime, "\(command) takes no positional argument\(hint)",
      range: arguments.range(ofPositional: 0))
  }

  /// A runtime error about `name=`, pointing at it.
  func problem(_ name: String, _ message: String) -> RuntimeError {
    RuntimeError(.runtime, message, range: arguments.range(of: name))
  }

  private func parse<Choice: OpenEnum>(_ text: String, as kind: Choice.Type, for name: String) throws
    -> Choice
  {
    if let parsed = Choice.parse(text) { return parsed }
    let valid = NumbersArguments.spelling(of: Choice.knownValues, for: name)
    var error = problem(name, "unknown \(name) '\(text)': expected \(NumbersArguments.alternatives(valid))")
    error.suggestion = suggestion(for: text, among: valid)
    throw error
  }

  /// How the language spells the values of `name`: `match=` is written in lower case.
  static func spelling<Choice: OpenEnum>(of values: [Choice], for name: String) -> [String] {
    name == "match" ? values.map { $0.rawValue.lowercased() } : values.map(\.rawValue)
  }

  /// `a, b or c`.
  static func alternatives(_ words: [String]) -> String {
    guard let last = words.last else { return "" }
    return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " or " + last
  }
}

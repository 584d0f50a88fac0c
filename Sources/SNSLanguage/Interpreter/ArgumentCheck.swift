import Foundation

/// Checks of a builtin's arguments against its `BuiltinCommand` definition, with the messages
/// that name the offending argument and list or suggest the valid ones.
enum ArgumentCheck {
  /// `-x` or `--name` as written, from the flag's name without dashes.
  static func spelling(of flag: String) -> String {
    flag.count == 1 ? "-\(flag)" : "--\(flag)"
  }

  /// The definition of the flag written as `written` (without dashes).
  static func flag(_ written: String, of command: BuiltinCommand, at range: SourceRange) throws(RuntimeError)
    -> BuiltinCommand.Flag
  {
    let match = command.flags.first { flag in
      flag.name == written || (written.count == 1 && flag.short == written.first)
    }
    if let match { return match }
    let spelled = spelling(of: written)
    guard !command.flags.isEmpty else {
      throw RuntimeError(.runtime, "'\(command.name)' takes no flags, not '\(spelled)'", range: range)
    }
    let valid = command.flags.map { flag in
      flag.short.map { "-\($0)" } ?? "--\(flag.name)"
    }
    return try fail(
      "unknown flag '\(spelled)' for '\(command.name)' (flags: \(valid.joined(separator: ", ")))",
      range, suggestion(for: spelled, among: valid + command.flags.map { "--\($0.name)" }))
  }

  /// The error for `key=value` with a key the command does not know.
  static func unknownParameter(_ key: String, of command: BuiltinCommand, at range: SourceRange)
    -> RuntimeError
  {
    let names = command.parameters.map(\.name)
    guard !names.isEmpty else {
      return RuntimeError(
        .runtime, "'\(command.name)' takes no key=value arguments, not '\(key)='", range: range)
    }
    return RuntimeError(
      .runtime,
      "unknown argument '\(key)' for '\(command.name)' (arguments: \(names.joined(separator: ", ")))",
      range: range, suggestion: suggestion(for: key, among: names))
  }

  /// An enumeration value in its canonical spelling (`local` → `LOCAL`); a comma-separated
  /// string or a list is checked item by item.
  static func canonical(
    _ value: Value, for parameter: BuiltinCommand.Parameter, of command: BuiltinCommand, at range: SourceRange
  ) throws(RuntimeError) -> Value {
    switch value {
    case .string(let text):
      var pieces: [String] = []
      for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
        pieces.append(try canonical(String(piece), parameter, command, range))
      }
      return .string(pieces.joined(separator: ","))
    case .list(let items):
      var checked: [Value] = []
      for item in items { checked.append(try canonical(item, for: parameter, of: command, at: range)) }
      return .list(checked)
    default:
      return value
    }
  }

  private static func canonical(
    _ text: String, _ parameter: BuiltinCommand.Parameter, _ command: BuiltinCommand, _ range: SourceRange
  ) throws(RuntimeError) -> String {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let match = parameter.values.first(where: { $0.caseInsensitiveCompare(trimmed) == .orderedSame }) {
      return match
    }
    return try fail(
      "invalid \(parameter.name) '\(trimmed)' for '\(command.name)'; valid values: "
        + parameter.values.joined(separator: ", "),
      range, suggestion(for: trimmed, among: parameter.values))
  }

  private static func fail<T>(_ message: String, _ range: SourceRange, _ suggestion: String?)
    throws(RuntimeError) -> T
  {
    throw RuntimeError(.runtime, message, range: range, suggestion: suggestion)
  }
}

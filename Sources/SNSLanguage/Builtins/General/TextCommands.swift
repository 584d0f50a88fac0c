import Foundation

/// Commands on strings and records: case, trimming, splitting, joining, keys and values.
enum TextCommands {
  static var all: [BuiltinCommand] { [upper, lower, trim, split, join, replace, keys, values] }

  static let upper = BuiltinCommand(
    name: "upper", category: .general, summary: "the string in upper case",
    usage: "upper S", example: "upper \"us\""
  ) { arguments, _ in
    .string(try arguments.text(of: "upper").text.uppercased())
  }

  static let lower = BuiltinCommand(
    name: "lower", category: .general, summary: "the string in lower case",
    usage: "lower S", example: "lower \"LOCAL\""
  ) { arguments, _ in
    .string(try arguments.text(of: "lower").text.lowercased())
  }

  static let trim = BuiltinCommand(
    name: "trim", category: .general, summary: "the string without leading and trailing white space",
    usage: "trim S", example: "trim \"  Support  \""
  ) { arguments, _ in
    .string(try arguments.text(of: "trim").text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  static let split = BuiltinCommand(
    name: "split", category: .general, summary: "a list of the parts of S between SEP (default: white space)",
    usage: "split S [SEP]", example: "split \"a,b,c\" \",\""
  ) { arguments, _ in
    let (text, rest, ranges) = try arguments.text(of: "split")
    guard let separator = try arguments.string(rest, ranges, at: 0, named: "a separator", of: "split") else {
      return .list(text.split(whereSeparator: \.isWhitespace).map { .string(String($0)) })
    }
    guard !separator.isEmpty else { return .list(text.map { .string(String($0)) }) }
    return .list(text.components(separatedBy: separator).map(Value.string))
  }

  static let join = BuiltinCommand(
    name: "join", category: .general,
    summary: "the text forms of a list's items joined by SEP (default: a space)",
    usage: "join LIST [SEP]", example: "ls | get regionCode | uniq | join \", \""
  ) { arguments, _ in
    let (items, rest, ranges) = try arguments.items(of: "join")
    let separator = try arguments.string(rest, ranges, at: 0, named: "a separator", of: "join") ?? " "
    return .string(items.map(\.description).joined(separator: separator))
  }

  static let replace = BuiltinCommand(
    name: "replace", category: .general, summary: "S with every OLD replaced by NEW",
    usage: "replace S OLD NEW", example: "replace \"Support US\" \"US\" \"CA\""
  ) { arguments, _ in
    let (text, rest, ranges) = try arguments.text(of: "replace")
    guard let old = try arguments.string(rest, ranges, at: 0, named: "the text to replace", of: "replace"),
      let new = try arguments.string(rest, ranges, at: 1, named: "the replacement", of: "replace")
    else {
      throw RuntimeError(
        .runtime, "'replace' needs the text to replace and its replacement", range: arguments.range)
    }
    guard !old.isEmpty else { return .string(text) }
    return .string(text.replacingOccurrences(of: old, with: new))
  }

  static let keys = BuiltinCommand(
    name: "keys", category: .general, summary: "the field names of a record",
    usage: "keys RECORD", example: "show +12086390939 | keys"
  ) { arguments, _ in
    .list(try record(arguments, "keys").keys.map(Value.string))
  }

  static let values = BuiltinCommand(
    name: "values", category: .general, summary: "the field values of a record",
    usage: "values RECORD", example: "{a: 1, b: 2} | values"
  ) { arguments, _ in
    .list(try record(arguments, "values").values)
  }

  private static func record(_ arguments: CommandArguments, _ command: String) throws(RuntimeError) -> Record
  {
    let value = try arguments.subject(of: command, expecting: "a record").value
    guard case .record(let record) = value else {
      throw RuntimeError(
        .runtime, "'\(command)' needs a record, not \(value.typeName)", range: arguments.range)
    }
    return record
  }
}

import Foundation

/// The general commands of LANGUAGE.md §6.3: printing, types and conversions, checks.
public enum GeneralCommands {
  /// Every general command, for the registry.
  public static var all: [BuiltinCommand] {
    [echo, len, type, str, int, decimal, assert, error] + TextCommands.all + InteractionCommands.all
  }

  static let echo = BuiltinCommand(
    name: "echo", category: .general, summary: "prints its arguments joined by spaces; returns null",
    usage: "echo ARG...", example: "echo \"hello\" $args"
  ) { arguments, context in
    let values = arguments.positional.isEmpty ? arguments.input.map { [$0] } ?? [] : arguments.positional
    context.io.writeOutput(values.map(\.description).joined(separator: " ") + "\n")
    return .null
  }

  static let len = BuiltinCommand(
    name: "len", category: .general, summary: "the length of a string, list or record",
    usage: "len VALUE", example: "len \"hello\""
  ) { arguments, _ in
    let (value, _, _) = try arguments.subject(of: "len", expecting: "a value")
    switch value {
    case .string(let text): return .int(text.count)
    case .list(let items): return .int(items.count)
    case .record(let record): return .int(record.count)
    case .phone(let number): return .int(number.e164.count)
    case .null: return .int(0)
    default:
      throw RuntimeError(
        .runtime, "'len' needs a string, list or record, not \(value.typeName)", range: arguments.range)
    }
  }

  static let type = BuiltinCommand(
    name: "type", category: .general, summary: "the name of a value's type",
    usage: "type VALUE", example: "type +12086390939"
  ) { arguments, _ in
    .string(try arguments.subject(of: "type", expecting: "a value").value.typeName)
  }

  static let str = BuiltinCommand(
    name: "str", category: .general, summary: "the text form of a value",
    usage: "str VALUE", example: "str 42"
  ) { arguments, _ in
    .string(try arguments.subject(of: "str", expecting: "a value").value.description)
  }

  static let int = BuiltinCommand(
    name: "int", category: .general, summary: "a value as an int: parses text, truncates decimals",
    usage: "int VALUE", example: "int \"42\""
  ) { arguments, _ in
    let value = try arguments.subject(of: "int", expecting: "a value").value
    switch value {
    case .int: return value
    case .bool(let flag): return .int(flag ? 1 : 0)
    case .decimal(let number):
      guard let whole = Int(exactly: number.rounded(.towardZero)) else {
        throw RuntimeError(.runtime, "\(number) does not fit in an int", range: arguments.range)
      }
      return .int(whole)
    case .string(let text):
      let trimmed = text.trimmingCharacters(in: .whitespaces)
      if let whole = Int(trimmed) { return .int(whole) }
      throw RuntimeError(.runtime, "cannot read \(value.literalText) as an int", range: arguments.range)
    default:
      throw RuntimeError(.runtime, "cannot convert \(value.typeName) to int", range: arguments.range)
    }
  }

  static let decimal = BuiltinCommand(
    name: "decimal", category: .general, summary: "a value as a decimal: parses text, widens ints",
    usage: "decimal VALUE", example: "decimal \"2.50\""
  ) { arguments, _ in
    let value = try arguments.subject(of: "decimal", expecting: "a value").value
    switch value {
    case .decimal: return value
    case .int(let number): return .decimal(Double(number))
    case .string(let text):
      if let number = Double(text.trimmingCharacters(in: .whitespaces)), number.isFinite {
        return .decimal(number)
      }
      throw RuntimeError(.runtime, "cannot read \(value.literalText) as a decimal", range: arguments.range)
    default:
      throw RuntimeError(.runtime, "cannot convert \(value.typeName) to decimal", range: arguments.range)
    }
  }

  static let assert = BuiltinCommand(
    name: "assert", category: .general,
    summary: "fails with an assertion error unless the condition is truthy",
    usage: "assert COND [MESSAGE]", example: "assert ($n > 0) \"n must be positive\""
  ) { arguments, _ in
    guard let condition = arguments.positional.first else {
      throw RuntimeError(.runtime, "'assert' needs a condition", range: arguments.range)
    }
    if condition.isTruthy { return .null }
    let message = arguments.positional.dropFirst().map(\.description).joined(separator: " ")
    throw RuntimeError(.assertion, message.isEmpty ? "assertion failed" : message, range: arguments.range)
  }

  static let error = BuiltinCommand(
    name: "error", category: .general, summary: "stops with a runtime error carrying MESSAGE",
    usage: "error MESSAGE", example: "error \"no numbers in $region\""
  ) { arguments, _ in
    let message = arguments.positional.map(\.description).joined(separator: " ")
    throw RuntimeError(.runtime, message.isEmpty ? "error" : message, range: arguments.range)
  }
}

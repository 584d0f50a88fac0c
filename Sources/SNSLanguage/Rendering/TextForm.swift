/// The text form of values, used by `echo`, string interpolation and `to text` (LANGUAGE.md §8):
/// strings unquoted at the top level only, lists as `[1, "a"]`, records as `{name: "x"}`.
extension Value: CustomStringConvertible {
  /// The text form: a top-level string is its own text, nested strings are quoted.
  public var description: String {
    if case .string(let text) = self { return text }
    return literalText
  }

  /// The form in which the value is written in a script: strings quoted and escaped.
  public var literalText: String {
    var output = ""
    writeLiteral(to: &output)
    return output
  }

  private func writeLiteral(to output: inout String) {
    switch self {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .int(let number): output += String(number)
    case .decimal(let number): output += Value.decimalText(number)
    case .string(let text): Value.writeQuoted(text, to: &output)
    case .phone(let number): output += number.e164
    case .list(let items):
      output += "["
      for (position, item) in items.enumerated() {
        if position > 0 { output += ", " }
        item.writeLiteral(to: &output)
      }
      output += "]"
    case .record(let record):
      output += "{"
      for (position, (key, value)) in record.enumerated() {
        if position > 0 { output += ", " }
        if Value.isIdentifier(key) { output += key } else { Value.writeQuoted(key, to: &output) }
        output += ": "
        value.writeLiteral(to: &output)
      }
      output += "}"
    }
  }

  /// A decimal in the shortest form that reads back as the same number, keeping `.0` on whole
  /// numbers so that they still read as decimals: `2.0`, `0.1`, `1e+20`.
  static func decimalText(_ number: Double) -> String {
    number.description
  }

  /// Whether `key` can be written bare in a record literal.
  static func isIdentifier(_ key: String) -> Bool {
    guard let first = key.unicodeScalars.first, first == "_" || isASCIILetter(first) else { return false }
    return key.unicodeScalars.allSatisfy { $0 == "_" || isASCIILetter($0) || ("0"..."9").contains($0) }
  }

  private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  /// Writes `text` as a double-quoted sns string literal with the escapes of LANGUAGE.md §2.
  static func writeQuoted(_ text: String, to output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\t": output += "\\t"
      case "\r": output += "\\r"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}

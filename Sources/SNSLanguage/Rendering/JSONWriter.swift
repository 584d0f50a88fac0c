/// JSON output: records keep their field order, phones are strings, decimals are numbers.
extension Value {
  /// The value as JSON text: pretty-printed with two-space indentation, or on one line.
  public func jsonText(pretty: Bool = true) -> String {
    var writer = JSONWriter(pretty: pretty)
    writer.write(self, depth: 0)
    return writer.output
  }
}

struct JSONWriter {
  let pretty: Bool
  var output = ""

  init(pretty: Bool) { self.pretty = pretty }

  mutating func write(_ value: Value, depth: Int) {
    switch value {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .int(let number): output += String(number)
    // JSON has no infinity or NaN; null is what JavaScript writes for them too.
    case .decimal(let number): output += number.isFinite ? Value.decimalText(number) : "null"
    case .string(let text): writeString(text)
    case .phone(let number): writeString(number.e164)
    case .list(let items):
      writeContainer(open: "[", close: "]", count: items.count, depth: depth) { writer, position in
        writer.write(items[position], depth: depth + 1)
      }
    case .record(let record):
      let keys = record.keys
      let values = record.values
      writeContainer(open: "{", close: "}", count: keys.count, depth: depth) { writer, position in
        writer.writeString(keys[position])
        writer.output += writer.pretty ? ": " : ":"
        writer.write(values[position], depth: depth + 1)
      }
    }
  }

  private mutating func writeContainer(
    open: String, close: String, count: Int, depth: Int,
    item: (inout JSONWriter, Int) -> Void
  ) {
    output += open
    guard count > 0 else {
      output += close
      return
    }
    for position in 0..<count {
      if position > 0 { output += "," }
      newline(depth: depth + 1)
      item(&self, position)
    }
    newline(depth: depth)
    output += close
  }

  private mutating func newline(depth: Int) {
    guard pretty else { return }
    output += "\n"
    output += String(repeating: "  ", count: depth)
  }

  mutating func writeString(_ text: String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default:
        output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}

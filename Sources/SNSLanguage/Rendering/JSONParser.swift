/// JSON input for `from json` and `open`: objects become records in the order written,
/// integers that fit in 64 bits become ints, every other number a decimal.
extension Value {
  /// Parses `text` as one JSON value.
  public init(jsonText text: String) throws(DataFormatError) {
    var parser = JSONParser(bytes: Array(text.utf8))
    self = try parser.parseDocument()
  }
}

struct JSONParser {
  /// Deeper nesting is refused rather than risking the stack of a concurrent task.
  static let maximumDepth = 256

  private let bytes: [UInt8]
  private var position = 0

  init(bytes: [UInt8]) {
    self.bytes = bytes
    // A byte order mark is not part of the text.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
  }

  mutating func parseDocument() throws(DataFormatError) -> Value {
    skipWhitespace()
    let value = try parseValue(depth: 0)
    skipWhitespace()
    guard position == bytes.count else { throw error("unexpected text after the JSON value") }
    return value
  }

  private mutating func parseValue(depth: Int) throws(DataFormatError) -> Value {
    guard depth < JSONParser.maximumDepth else {
      throw error("nesting deeper than \(JSONParser.maximumDepth) levels")
    }
    guard let byte = peek() else { throw error("unexpected end of input; expected a value") }
    switch byte {
    case UInt8(ascii: "{"): return try parseObject(depth: depth)
    case UInt8(ascii: "["): return try parseArray(depth: depth)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): return try parseWord("true", .bool(true))
    case UInt8(ascii: "f"): return try parseWord("false", .bool(false))
    case UInt8(ascii: "n"): return try parseWord("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw error("unexpected \(describe(byte)); expected a value")
    }
  }

  private mutating func parseObject(depth: Int) throws(DataFormatError) -> Value {
    position += 1
    var record = Record()
    skipWhitespace()
    if peek() == UInt8(ascii: "}") {
      position += 1
      return .record(record)
    }
    while true {
      skipWhitespace()
      guard peek() == UInt8(ascii: "\"") else { throw error("expected a string key in an object") }
      let key = try parseString()
      skipWhitespace()
      guard peek() == UInt8(ascii: ":") else { throw error("expected ':' after the key \"\(key)\"") }
      position += 1
      skipWhitespace()
      record[key] = try parseValue(depth: depth + 1)
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "}"):
        position += 1
        return .record(record)
      default: throw error("expected ',' or '}' after a value in an object")
      }
    }
  }

  private mutating func parseArray(depth: Int) throws(DataFormatError) -> Value {
    position += 1
    var items: [Value] = []
    skipWhitespace()
    if peek() == UInt8(ascii: "]") {
      position += 1
      return .list(items)
    }
    while true {
      skipWhitespace()
      items.append(try parseValue(depth: depth + 1))
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "]"):
        position += 1
        return .list(items)
      default: throw error("expected ',' or ']' after a value in an array")
      }
    }
  }

  private mutating func parseWord(_ word: String, _ value: Value) throws(DataFormatError) -> Value {
    let expected = Array(word.utf8)
    guard bytes[position...].starts(with: expected) else {
      throw error("unexpected \(describe(bytes[position])); expected a value")
    }
    position += expected.count
    return value
  }

  private mutating func parseNumber() throws(DataFormatError) -> Value {
    let start = position
    if peek() == UInt8(ascii: "-") { position += 1 }
    guard let first = peek(), isDigit(first) else { throw error("expected a digit after '-'") }
    position += 1
    if first == UInt8(ascii: "0"), let next = peek(), isDigit(next) {
      throw error("a number cannot start with 0")
    }
    skipDigits()
    var isInteger = true
    if peek() == UInt8(ascii: ".") {
      isInteger = false
      position += 1
      guard let digit = peek(), isDigit(digit) else { throw error("expected a digit after '.'") }
      skipDigits()
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      isInteger = false
      position += 1
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
      guard let digit = peek(), isDigit(digit) else { throw error("expected a digit in the exponent") }
      skipDigits()
    }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    if isInteger, let integer = Int(text) { return .int(integer) }
    guard let decimal = Double(text), decimal.isFinite else {
      position = start
      throw error("number \(text) is too large")
    }
    return .decimal(decimal)
  }

  private mutating func parseString() throws(DataFormatError) -> String {
    let start = position
    position += 1
    var scalars = String.UnicodeScalarView()
    var plainStart = position
    while let byte = peek() {
      switch byte {
      case UInt8(ascii: "\""):
        let plain = String(decoding: bytes[plainStart..<position], as: UTF8.self)
        position += 1
        if scalars.isEmpty { return plain }
        scalars.append(contentsOf: plain.unicodeScalars)
        return String(scalars)
      case UInt8(ascii: "\\"):
        scalars.append(
          contentsOf: String(decoding: bytes[plainStart..<position], as: UTF8.self).unicodeScalars)
        scalars.append(try parseEscape())
        plainStart = position
      case 0..<0x20:
        throw error("control character in a string; write it as an escape such as \\n")
      default:
        position += 1
      }
    }
    position = start
    throw error("unterminated string")
  }

  private mutating func parseEscape() throws(DataFormatError) -> Unicode.Scalar {
    position += 1
    guard let byte = peek() else { throw error("unterminated string") }
    position += 1
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let unit = try parseHexUnit()
      if (0xD800..<0xDC00).contains(unit), bytes[position...].starts(with: [92, 117]) {
        let save = position
        position += 2
        let low = try parseHexUnit()
        if (0xDC00..<0xE000).contains(low) {
          let combined = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
          return Unicode.Scalar(combined) ?? "\u{FFFD}"
        }
        position = save
      }
      // A lone surrogate cannot be held in a Swift string; it becomes the replacement character.
      return Unicode.Scalar(unit) ?? "\u{FFFD}"
    default:
      position -= 2
      throw error("invalid escape \\\(describe(byte).dropFirst().dropLast())")
    }
  }

  private mutating func parseHexUnit() throws(DataFormatError) -> UInt32 {
    guard position + 4 <= bytes.count,
      let unit = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
    else { throw error("expected four hex digits after \\u") }
    position += 4
    return unit
  }

  private func peek() -> UInt8? {
    position < bytes.count ? bytes[position] : nil
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private mutating func skipDigits() {
    while let byte = peek(), isDigit(byte) { position += 1 }
  }

  private mutating func skipWhitespace() {
    while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
      position += 1
    }
  }

  /// A byte as the user sees it in a message: `'x'`, or a description for the invisible.
  private func describe(_ byte: UInt8) -> String {
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    let start = position
    var end = start + 1
    while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
    let character = String(decoding: bytes[start..<min(end, bytes.count)], as: UTF8.self)
    return byte >= 0x80 ? "'\(character)'" : "character U+\(String(byte, radix: 16, uppercase: true))"
  }

  /// An error at the current position, with the line and column counted in characters.
  private func error(_ reason: String) -> DataFormatError {
    let offset = min(position, bytes.count)
    var line = 1
    var lineStart = 0
    for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
      line += 1
      lineStart = index + 1
    }
    let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
    return .invalidJSON(line: line, column: column, reason: reason)
  }
}

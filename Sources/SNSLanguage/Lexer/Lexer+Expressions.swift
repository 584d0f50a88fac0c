/// Tokens of expressions: identifiers, keywords, numbers, phone literals and operators.
extension Lexer {
  /// Reads one token in expression or operator mode.
  func lexOperatorOrWord(_ cursor: inout ByteCursor, mode: LexMode) -> Token.Kind {
    let start = cursor.offset
    guard let byte = cursor.peek() else { return .endOfInput }
    if CharacterClass.isDigit(byte) { return lexNumber(&cursor) }
    if CharacterClass.isIdentifierStart(byte) {
      let name = scanIdentifier(&cursor)
      return Keyword(rawValue: name).map(Token.Kind.keyword) ?? .identifier(name)
    }
    // Two-character operators first, so `==` is not read as `=` `=`.
    let next = cursor.peek(1)
    if let next, let twoCharacter = Punctuator(rawValue: String(decoding: [byte, next], as: UTF8.self)) {
      cursor.advance(2)
      return .punctuator(twoCharacter)
    }
    switch byte {
    case UInt8(ascii: "+") where mode == .expression && next.map(CharacterClass.isDigit) == true:
      return lexPhone(&cursor, inArguments: false)
    case UInt8(ascii: "!"):
      cursor.advance()
      return error("unexpected '!'; use 'not' or '!='", from: start, to: cursor.offset)
    case UInt8(ascii: "&"):
      cursor.advance()
      let isDouble = cursor.peek(is: "&")
      if isDouble { cursor.advance() }
      return error(
        isDouble ? "unexpected '&&'; use 'and'" : "unexpected character '&'", from: start, to: cursor.offset)
    default:
      break
    }
    if byte < 0x80, let single = Punctuator(rawValue: String(UnicodeScalar(byte))) {
      cursor.advance()
      return .punctuator(single)
    }
    if byte == UInt8(ascii: "\\") {
      cursor.advance()
      return error("unexpected '\\'; a line continuation must end the line", from: start, to: cursor.offset)
    }
    return unexpectedCharacter(&cursor)
  }

  /// `42` or `2.5` in an expression (the sign is the unary `-` operator there). A number glued to
  /// letters, such as `12abc` or `1e5`, is an error rather than two tokens.
  func lexNumber(_ cursor: inout ByteCursor) -> Token.Kind {
    let start = cursor.offset
    cursor.advance(while: CharacterClass.isDigit)
    // `1..5` is a range: only a dot followed by a digit makes a decimal.
    if cursor.peek(is: "."), cursor.peek(1).map(CharacterClass.isDigit) == true {
      cursor.advance()
      cursor.advance(while: CharacterClass.isDigit)
    }
    if let next = cursor.peek(), CharacterClass.isIdentifierStart(next) {
      cursor.advance(while: CharacterClass.isIdentifierContinue)
      return error("invalid number '\(cursor.text(from: start))'", from: start, to: cursor.offset)
    }
    return number(cursor.text(from: start), from: start, to: cursor.offset)
  }

  /// The integer or decimal token for `text`, which matches `-?[0-9]+(\.[0-9]+)?`.
  func number(_ text: String, from start: Int, to end: Int) -> Token.Kind {
    if text.contains(".") {
      guard let value = Double(text), value.isFinite else {
        return error("decimal '\(abbreviated(text))' is too large", from: start, to: end)
      }
      return .decimal(value)
    }
    let isNegative = text.hasPrefix("-")
    var magnitude: UInt64 = 0
    for byte in text.utf8.dropFirst(isNegative ? 1 : 0) {
      let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times10.addingReportingOverflow(UInt64(byte - 0x30))
      guard !overflow1, !overflow2 else { return integerOverflow(text, from: start, to: end) }
      magnitude = sum
    }
    let limit = UInt64(Int.max) + (isNegative ? 1 : 0)
    guard magnitude <= limit else { return integerOverflow(text, from: start, to: end) }
    return .integer(isNegative ? Int(truncatingIfNeeded: 0 &- magnitude) : Int(magnitude))
  }

  private func integerOverflow(_ text: String, from start: Int, to end: Int) -> Token.Kind {
    error("integer '\(abbreviated(text))' does not fit in 64 bits", from: start, to: end)
  }

  /// `+` followed by a digit: a phone literal, which must be E.164 (`+`, first digit 1-9, 7 to 15
  /// digits in all, nothing else). The word runs on over letters (and, in arguments, over every
  /// bareword character) so that `+1208abc` is one error, not a phone and a word.
  func lexPhone(_ cursor: inout ByteCursor, inArguments: Bool) -> Token.Kind {
    let start = cursor.offset
    cursor.advance()
    cursor.advance(while: CharacterClass.isDigit)
    let digitsEnd = cursor.offset
    let continuesWord: (UInt8) -> Bool =
      inArguments
      ? { CharacterClass.isBarewordASCII($0) || $0 >= 0x80 }
      : { CharacterClass.isIdentifierContinue($0) || $0 == UInt8(ascii: ".") }
    var strayOffset: Int?
    while let byte = cursor.peek(), continuesWord(byte) {
      // A dot not followed by a word character ends the literal: `(+12086390939).x` is fine.
      if byte == UInt8(ascii: "."), !inArguments,
        cursor.peek(1).map(CharacterClass.isIdentifierContinue) != true
      {
        break
      }
      if strayOffset == nil { strayOffset = cursor.offset }
      cursor.advance(byte >= 0x80 ? (cursor.sequenceLength ?? 1) : 1)
    }
    let word = abbreviated(cursor.text(from: start))
    if let strayOffset {
      var stray = cursor
      stray.offset = strayOffset
      let length = stray.sequenceLength ?? 1
      let character = describeCharacter(
        String(decoding: cursor.bytes[strayOffset..<(strayOffset + length)], as: UTF8.self))
      return error(
        "invalid phone number '\(word)': unexpected character \(character)", from: strayOffset,
        to: strayOffset + length)
    }
    let digitCount = digitsEnd - start - 1
    let problem: String? =
      if cursor.bytes[start + 1] == UInt8(ascii: "0") {
        "country code cannot start with 0"
      } else if digitCount < 7 {
        "too few digits (E.164 needs 7 to 15)"
      } else if digitCount > 15 {
        "too many digits (E.164 allows at most 15)"
      } else {
        nil
      }
    if let problem {
      return error("invalid phone number '\(word)': \(problem)", from: start, to: cursor.offset)
    }
    return .phone(cursor.text(from: start))
  }

  /// `text`, cut to 40 characters for messages about very long words.
  func abbreviated(_ text: String) -> String {
    text.count <= 40 ? text : String(text.prefix(39)) + "…"
  }
}

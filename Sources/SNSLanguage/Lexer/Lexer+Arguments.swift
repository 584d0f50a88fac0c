/// Tokens of command arguments: barewords, flags, `key=` and the `.field` shorthand.
extension Lexer {
  /// Reads one token in argument mode (brackets, strings, variables and separators are handled by
  /// the caller, the same in every mode).
  func lexArgumentWord(_ cursor: inout ByteCursor, first byte: UInt8) -> Token.Kind {
    let start = cursor.offset
    let next = cursor.peek(1)
    if byte == UInt8(ascii: "+"), let next, CharacterClass.isDigit(next) {
      return lexPhone(&cursor, inArguments: true)
    }
    if CharacterClass.isIdentifierStart(byte), let key = namedArgumentKey(cursor) {
      cursor.advance(key.utf8.count + 1)
      return .namedArgument(key)
    }
    if byte == UInt8(ascii: "=") {
      cursor.advance()
      if let next = cursor.peek(), next == UInt8(ascii: "=") || next == UInt8(ascii: "~") {
        cursor.advance()
        return error(
          "unexpected '\(cursor.text(from: start))' in command arguments", from: start, to: cursor.offset)
      }
      return error(
        "unexpected '='; named arguments are written key=value without spaces", from: start, to: cursor.offset
      )
    }
    guard isBarewordCharacter(cursor) else {
      if byte == UInt8(ascii: "&"), next == UInt8(ascii: "&") {
        cursor.advance(2)
        return error(
          "unexpected '&&'; use 'and' in an expression, ';' between commands", from: start, to: cursor.offset)
      }
      // An operator among arguments is nearly always an expression that needs parentheses:
      // `assert $x > 1` means `assert ($x > 1)`.
      if [UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "!")].contains(byte) {
        cursor.advance()
        if cursor.peek() == UInt8(ascii: "=") || cursor.peek() == UInt8(ascii: "~") { cursor.advance() }
        let written = cursor.text(from: start)
        return error(
          "unexpected '\(written)' in command arguments; put an expression in parentheses, "
            + "as in assert ($x \(written) 1)", from: start, to: cursor.offset)
      }
      return unexpectedCharacter(&cursor)
    }
    while isBarewordCharacter(cursor) {
      cursor.advance(cursor.sequenceLength ?? 1)
    }
    return classifyWord(cursor.text(from: start), from: start, to: cursor.offset, cursor: &cursor)
  }

  /// The key of a `key=value` argument starting at the cursor: an identifier directly followed by a
  /// single `=` (not `==` or `=~`).
  private func namedArgumentKey(_ cursor: ByteCursor) -> String? {
    var probe = cursor
    let key = scanIdentifier(&probe)
    guard probe.peek(is: "="), !probe.peek(is: "=", ahead: 1), !probe.peek(is: "~", ahead: 1) else {
      return nil
    }
    return key
  }

  private func isBarewordCharacter(_ cursor: ByteCursor) -> Bool {
    guard let byte = cursor.peek() else { return false }
    if byte < 0x80 { return CharacterClass.isBarewordASCII(byte) }
    return cursor.sequenceLength != nil
  }

  /// Decides what a scanned word is: a number, `true`/`false`/`null`, a flag, the `.field` shorthand,
  /// or a bareword string.
  private func classifyWord(_ word: String, from start: Int, to end: Int, cursor: inout ByteCursor)
    -> Token.Kind
  {
    let bytes = Array(word.utf8)
    if isNumeral(bytes) { return number(word, from: start, to: end) }
    if let keyword = Keyword(rawValue: word), keyword == .true || keyword == .false || keyword == .null {
      return .keyword(keyword)
    }
    if let flag = flagName(bytes) { return .flag(flag) }
    if isFieldShorthand(bytes) {
      // Only the dot is the token; the parser reads the field names after it as a postfix path.
      cursor.offset = start + 1
      return .punctuator(.dot)
    }
    return .bareword(word)
  }

  /// `-?[0-9]+(\.[0-9]+)?`, without a leading zero before another digit: `0939` or `007` are
  /// digit strings (a number pattern, an id), and reading them as numbers would drop the zeros.
  private func isNumeral(_ bytes: [UInt8]) -> Bool {
    var index = bytes.first == UInt8(ascii: "-") ? 1 : 0
    let integerStart = index
    while index < bytes.count, CharacterClass.isDigit(bytes[index]) { index += 1 }
    guard index > integerStart else { return false }
    if bytes[integerStart] == UInt8(ascii: "0") && index - integerStart > 1 { return false }
    if index == bytes.count { return true }
    guard bytes[index] == UInt8(ascii: "."), index + 1 < bytes.count else { return false }
    index += 1
    return bytes[index...].allSatisfy(CharacterClass.isDigit)
  }

  /// `-y` or `--yes`: one or two dashes, a letter, then identifier characters; the name without dashes.
  private func flagName(_ bytes: [UInt8]) -> String? {
    let dashes = bytes.prefix(2).prefix { $0 == UInt8(ascii: "-") }.count
    guard dashes > 0, dashes < bytes.count, CharacterClass.isLetter(bytes[dashes]),
      bytes[dashes...].allSatisfy(CharacterClass.isIdentifierContinue)
    else { return nil }
    return String(decoding: bytes[dashes...], as: UTF8.self)
  }

  /// `.name` or `.name.sub`: the `$it.name` shorthand. Anything else starting with a dot, such as
  /// `./file.sns` or `..`, stays a bareword.
  private func isFieldShorthand(_ bytes: [UInt8]) -> Bool {
    guard bytes.count > 1, bytes[0] == UInt8(ascii: "."), CharacterClass.isLetter(bytes[1]) else {
      return false
    }
    var expectsName = true
    for byte in bytes.dropFirst() {
      if byte == UInt8(ascii: ".") {
        if expectsName { return false }
        expectsName = true
      } else if expectsName {
        guard CharacterClass.isIdentifierStart(byte) else { return false }
        expectsName = false
      } else if !CharacterClass.isIdentifierContinue(byte) {
        return false
      }
    }
    return !expectsName
  }
}

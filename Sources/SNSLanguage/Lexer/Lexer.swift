/// Reads tokens from UTF-8 source. It never throws: bad input becomes an `.error` token carrying a
/// diagnostic, so the parser decides how to recover.
///
/// The lexer keeps no state between tokens: `token(at:mode:)` is a pure function of the offset and
/// the mode. That lets the parser peek, back up, and re-read the same bytes in another mode (a word
/// in a command's arguments versus in an expression) without any bookkeeping.
public struct Lexer: Sendable {
  /// The source being read.
  public let file: SourceFile
  /// Reading stops here; less than the source length when the parser reads an interpolation.
  public let end: Int

  /// How deeply `"$("$(...)")"` strings may nest before the lexer refuses them.
  static let maximumStringNesting = 64

  /// Creates a lexer over the whole of `file`.
  public init(file: SourceFile) {
    self.file = file
    self.end = file.bytes.count
  }

  /// Creates a lexer over the source text `source`, for tests and tools.
  public init(source: String, fileName: String = "<command>") {
    self.init(file: SourceFile(name: fileName, text: source))
  }

  /// A lexer over the same source that stops at `end`.
  public func bounded(to end: Int) -> Lexer {
    Lexer(file: file, end: min(end, file.bytes.count))
  }

  private init(file: SourceFile, end: Int) {
    self.file = file
    self.end = end
  }

  /// True when this lexer reads to the end of the real input (not an embedded range), so running out
  /// of bytes means the person has not finished typing.
  public var readsToEndOfInput: Bool { end == file.bytes.count }

  /// Every token from the start in one mode, up to and including `.endOfInput`; for tests and tools.
  public func tokens(mode: LexMode) -> [Token] {
    var result: [Token] = []
    var offset = 0
    while true {
      let token = token(at: offset, mode: mode)
      result.append(token)
      // Every token but the end of input consumes at least one byte, so this always finishes.
      if token.kind == .endOfInput || token.range.end <= offset { return result }
      offset = token.range.end
    }
  }

  /// The 1-based line and column of the byte at `offset`.
  public func location(of offset: Int) -> SourceLocation {
    file.location(of: offset)
  }

  /// The token that starts at or after `offset` (blank space and comments skipped), read in `mode`.
  public func token(at offset: Int, mode: LexMode) -> Token {
    var cursor = ByteCursor(bytes: file.bytes, end: end, offset: min(offset, end))
    if let error = skipTrivia(&cursor) { return error }
    let spaced = cursor.offset != offset
    let start = cursor.offset
    guard let byte = cursor.peek() else {
      return Token(.endOfInput, range: SourceRange(start: start, end: start), isPrecededBySpace: spaced)
    }
    let kind: Token.Kind
    switch byte {
    case UInt8(ascii: "\n"):
      cursor.advance()
      kind = .newline
    case UInt8(ascii: ";"):
      cursor.advance()
      kind = .semicolon
    case UInt8(ascii: "\""):
      kind = lexString(&cursor)
    case UInt8(ascii: "'"):
      kind = lexRawString(&cursor)
    case UInt8(ascii: "$"):
      kind = lexVariable(&cursor)
    case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
      UInt8(ascii: "}"):
      cursor.advance()
      kind = .punctuator(Punctuator(rawValue: cursor.text(from: start)) ?? .leftParenthesis)
    case UInt8(ascii: "|"):
      kind = lexPipe(&cursor)
    default:
      kind =
        mode == .argument ? lexArgumentWord(&cursor, first: byte) : lexOperatorOrWord(&cursor, mode: mode)
    }
    return Token(kind, range: SourceRange(start: start, end: cursor.offset), isPrecededBySpace: spaced)
  }

  // MARK: - Trivia

  /// Skips spaces, tabs, comments and `\` line continuations; returns an error token for bad bytes in a
  /// comment, or for a continuation that runs into the end of the input.
  private func skipTrivia(_ cursor: inout ByteCursor) -> Token? {
    var continuation: Int?
    while let byte = cursor.peek() {
      if CharacterClass.isHorizontalSpace(byte) {
        cursor.advance()
      } else if byte == UInt8(ascii: "#") {
        if let error = skipComment(&cursor) { return error }
      } else if byte == UInt8(ascii: "\\") {
        var lookahead = cursor
        lookahead.advance()
        lookahead.advance(while: CharacterClass.isHorizontalSpace)
        if lookahead.isAtEnd {
          continuation = cursor.offset
          cursor = lookahead
        } else if lookahead.peek(is: "\n") {
          continuation = cursor.offset
          lookahead.advance()
          cursor = lookahead
        } else {
          break
        }
      } else {
        break
      }
    }
    if cursor.isAtEnd, let continuation, readsToEndOfInput {
      let range = SourceRange(start: continuation, end: continuation + 1)
      let diagnostic = Diagnostic(
        "line continuation '\\' at end of input", at: range, in: file, needsMoreInput: true)
      return Token(
        .error(diagnostic), range: SourceRange(start: continuation, end: cursor.offset),
        isPrecededBySpace: true)
    }
    return nil
  }

  /// Skips a `#` comment up to (not including) the newline; the source must still be valid UTF-8.
  private func skipComment(_ cursor: inout ByteCursor) -> Token? {
    let start = cursor.offset
    var problem: (message: String, offset: Int)?
    while let byte = cursor.peek(), byte != UInt8(ascii: "\n") {
      if byte < 0x80 {
        if byte == 0, problem == nil { problem = ("unexpected NUL byte", cursor.offset) }
        cursor.advance()
      } else if let length = cursor.sequenceLength {
        cursor.advance(length)
      } else {
        if problem == nil { problem = (invalidByteMessage(byte), cursor.offset) }
        cursor.advance()
      }
    }
    guard let problem else { return nil }
    let diagnostic = Diagnostic(
      problem.message, at: SourceRange(start: problem.offset, end: problem.offset + 1), in: file)
    return Token(
      .error(diagnostic), range: SourceRange(start: start, end: cursor.offset), isPrecededBySpace: true)
  }

  // MARK: - Small tokens

  private func lexPipe(_ cursor: inout ByteCursor) -> Token.Kind {
    let start = cursor.offset
    cursor.advance()
    if cursor.peek(is: "|") {
      cursor.advance()
      return error("unexpected '||'; use 'or'", from: start, to: cursor.offset)
    }
    return .punctuator(.pipe)
  }

  /// `$name`; `$(...)` outside a string is a mistake worth a precise message.
  private func lexVariable(_ cursor: inout ByteCursor) -> Token.Kind {
    let start = cursor.offset
    cursor.advance()
    guard let next = cursor.peek(), CharacterClass.isIdentifierStart(next) else {
      if cursor.peek(is: "(") {
        cursor.advance()
        return error("'$(...)' is only for strings; write '(...)' instead", from: start, to: cursor.offset)
      }
      return error("expected a variable name after '$'", from: start, to: cursor.offset)
    }
    let name = scanIdentifier(&cursor)
    return .variable(name)
  }

  /// `[A-Za-z_][A-Za-z0-9_-]*` without trailing dashes, which belong to what follows (`$a-` is `$a -`).
  func scanIdentifier(_ cursor: inout ByteCursor) -> String {
    let start = cursor.offset
    cursor.advance(while: CharacterClass.isIdentifierContinue)
    while cursor.offset > start + 1, cursor.peek(-1) == UInt8(ascii: "-") { cursor.offset -= 1 }
    return cursor.text(from: start)
  }

  // MARK: - Errors

  /// An error token's kind for the bytes `start..<end`.
  func error(_ message: String, from start: Int, to end: Int, needsMoreInput: Bool = false) -> Token.Kind {
    .error(
      Diagnostic(message, at: SourceRange(start: start, end: end), in: file, needsMoreInput: needsMoreInput))
  }

  /// The message for a byte that starts no valid UTF-8 sequence.
  func invalidByteMessage(_ byte: UInt8) -> String {
    let hex = String(byte, radix: 16, uppercase: true)
    return "invalid UTF-8 byte 0x\(hex.count == 1 ? "0" + hex : hex)"
  }

  /// An error for the character at the cursor, consuming it: NUL, invalid UTF-8 or a character that
  /// has no meaning here. A run of the same bad byte is one token, so a megabyte of junk is skipped
  /// in one step.
  func unexpectedCharacter(_ cursor: inout ByteCursor) -> Token.Kind {
    let start = cursor.offset
    guard let byte = cursor.peek() else { return .endOfInput }
    let message: String
    if byte == 0 {
      message = "unexpected NUL byte"
      cursor.advance()
    } else if let length = cursor.sequenceLength {
      cursor.advance(length)
      message = "unexpected character \(describeCharacter(cursor.text(from: start)))"
    } else {
      message = invalidByteMessage(byte)
      cursor.advance()
    }
    let diagnosticEnd = cursor.offset
    if cursor.offset == start + 1 { cursor.advance { $0 == byte } }
    return .error(Diagnostic(message, at: SourceRange(start: start, end: diagnosticEnd), in: file))
  }

  /// `'x'` for a printable character, `U+0007` for a control character.
  func describeCharacter(_ text: String) -> String {
    guard let scalar = text.unicodeScalars.first else { return "''" }
    if scalar.value < 0x20 || scalar.value == 0x7F {
      let hex = String(scalar.value, radix: 16, uppercase: true)
      return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
    return "'\(text)'"
  }
}

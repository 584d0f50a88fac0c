/// `"..."` strings with escapes and interpolation, and raw `'...'` strings.
extension Lexer {
  /// What scanning one `"..."` string found.
  private struct StringScan {
    var segments: [StringSegment] = []
    /// The first problem inside the string; scanning goes on to the closing quote regardless.
    var problem: Diagnostic?
    var isUnterminated = false
    /// Set when strings nest beyond `maximumStringNesting`; the rest of the input was skipped.
    var isTooDeep = false
  }

  /// Reads a `"..."` string token.
  func lexString(_ cursor: inout ByteCursor) -> Token.Kind {
    let start = cursor.offset
    let scan = scanString(&cursor, nesting: 0, collectsSegments: true)
    if scan.isUnterminated {
      return error("unterminated string", from: start, to: start + 1, needsMoreInput: readsToEndOfInput)
    }
    if let problem = scan.problem { return .error(problem) }
    return .string(scan.segments)
  }

  /// Reads a raw `'...'` string: no escapes, no interpolation.
  func lexRawString(_ cursor: inout ByteCursor) -> Token.Kind {
    let start = cursor.offset
    cursor.advance()
    var problem: Diagnostic?
    while let byte = cursor.peek(), byte != UInt8(ascii: "'") {
      if let issue = invalidTextByte(cursor) { problem = problem ?? issue }
      cursor.advance(cursor.sequenceLength ?? 1)
    }
    guard cursor.peek(is: "'") else {
      return error("unterminated string", from: start, to: start + 1, needsMoreInput: readsToEndOfInput)
    }
    cursor.advance()
    if let problem { return .error(problem) }
    return .string([.text(String(decoding: cursor.bytes[(start + 1)..<(cursor.offset - 1)], as: UTF8.self))])
  }

  /// A diagnostic when the byte at the cursor cannot be part of a string's text (NUL, bad UTF-8).
  private func invalidTextByte(_ cursor: ByteCursor) -> Diagnostic? {
    guard let byte = cursor.peek() else { return nil }
    let range = SourceRange(start: cursor.offset, end: cursor.offset + 1)
    if byte == 0 { return Diagnostic("NUL byte in string", at: range, in: file) }
    if byte >= 0x80, cursor.sequenceLength == nil {
      return Diagnostic("\(invalidByteMessage(byte)) in string", at: range, in: file)
    }
    return nil
  }

  /// Scans from the opening quote to just after the closing one. Strings nested inside `$( )` are
  /// scanned recursively (to find where the interpolation ends) without collecting their segments.
  private func scanString(_ cursor: inout ByteCursor, nesting: Int, collectsSegments: Bool) -> StringScan {
    var scan = StringScan()
    var text: [UInt8] = []
    func flushText() {
      if collectsSegments, !text.isEmpty {
        scan.segments.append(.text(String(decoding: text, as: UTF8.self)))
      }
      text.removeAll(keepingCapacity: true)
    }
    func note(_ message: String, _ start: Int, _ end: Int) {
      if scan.problem == nil {
        scan.problem = Diagnostic(message, at: SourceRange(start: start, end: end), in: file)
      }
    }
    guard nesting <= Lexer.maximumStringNesting else {
      // Too deep to follow: give up on the rest of the input rather than recurse without bound.
      note(
        "nesting too deep (more than \(Lexer.maximumStringNesting) levels of interpolation)", cursor.offset,
        cursor.offset + 1)
      scan.isTooDeep = true
      cursor.offset = cursor.end
      return scan
    }
    cursor.advance()
    while true {
      guard let byte = cursor.peek() else {
        scan.isUnterminated = !scan.isTooDeep
        return scan
      }
      switch byte {
      case UInt8(ascii: "\""):
        cursor.advance()
        flushText()
        return scan
      case UInt8(ascii: "\\"):
        let escapeStart = cursor.offset
        switch decodeEscape(&cursor) {
        case .success(let bytes): text += bytes
        case .failure(let message): note(message.text, escapeStart, cursor.offset)
        case nil:
          scan.isUnterminated = true
          return scan
        }
      case UInt8(ascii: "$") where cursor.peek(is: "(", ahead: 1):
        flushText()
        cursor.advance(2)
        let contentStart = cursor.offset
        guard skipInterpolatedPipeline(&cursor, nesting: nesting, scan: &scan) else {
          scan.isUnterminated = true
          return scan
        }
        if collectsSegments {
          scan.segments.append(.pipeline(SourceRange(start: contentStart, end: cursor.offset - 1)))
        }
      case UInt8(ascii: "$") where cursor.peek(1).map(CharacterClass.isIdentifierStart) == true:
        flushText()
        let pathStart = cursor.offset
        cursor.advance()
        _ = scanIdentifier(&cursor)
        if let message = scanPathSuffix(&cursor) {
          guard !cursor.isAtEnd else {
            scan.isUnterminated = true
            return scan
          }
          note(message, pathStart, cursor.offset)
        }
        if collectsSegments { scan.segments.append(.path(SourceRange(start: pathStart, end: cursor.offset))) }
      default:
        if let issue = invalidTextByte(cursor), scan.problem == nil { scan.problem = issue }
        let length = cursor.sequenceLength ?? 1
        text += cursor.bytes[cursor.offset..<(cursor.offset + length)]
        cursor.advance(length)
      }
    }
  }

  /// After `$name` in a string: `.field` (a dot followed by a letter) and `[index]` continue the path.
  /// Returns a message when an index bracket is not closed before the string ends.
  private func scanPathSuffix(_ cursor: inout ByteCursor) -> String? {
    while true {
      if cursor.peek(is: "."), let next = cursor.peek(1), CharacterClass.isIdentifierStart(next) {
        cursor.advance()
        _ = scanIdentifier(&cursor)
      } else if cursor.peek(is: "[") {
        var depth = 0
        repeat {
          guard let byte = cursor.peek(), byte != UInt8(ascii: "\"") else {
            return "unclosed '[' in string interpolation"
          }
          if byte == UInt8(ascii: "[") { depth += 1 }
          if byte == UInt8(ascii: "]") { depth -= 1 }
          cursor.advance()
        } while depth > 0
      } else {
        return nil
      }
    }
  }

  /// Skips the pipeline of `$( ... )` up to and including its `)`, over nested parentheses and
  /// strings. Returns false when the input ends first.
  private func skipInterpolatedPipeline(_ cursor: inout ByteCursor, nesting: Int, scan: inout StringScan)
    -> Bool
  {
    var depth = 1
    while let byte = cursor.peek() {
      switch byte {
      case UInt8(ascii: "("):
        depth += 1
        cursor.advance()
      case UInt8(ascii: ")"):
        depth -= 1
        cursor.advance()
        if depth == 0 { return true }
      case UInt8(ascii: "\""):
        let inner = scanString(&cursor, nesting: nesting + 1, collectsSegments: false)
        if inner.isTooDeep {
          scan.isTooDeep = true
          scan.problem = inner.problem
          return true
        }
        if inner.isUnterminated { return false }
        if scan.problem == nil { scan.problem = inner.problem }
      case UInt8(ascii: "'"):
        cursor.advance()
        cursor.advance { $0 != UInt8(ascii: "'") }
        if cursor.isAtEnd { return false }
        cursor.advance()
      default:
        cursor.advance()
      }
    }
    return false
  }

  private struct EscapeError: Error {
    var text: String
  }

  /// Decodes the escape at the cursor (`\n`, `\u{1F600}`, ...); nil when the input ends inside it.
  private func decodeEscape(_ cursor: inout ByteCursor) -> Result<[UInt8], EscapeError>? {
    cursor.advance()
    guard let byte = cursor.peek() else { return nil }
    cursor.advance()
    switch byte {
    case UInt8(ascii: "\""): return .success([byte])
    case UInt8(ascii: "\\"): return .success([byte])
    case UInt8(ascii: "$"): return .success([byte])
    case UInt8(ascii: "n"): return .success([0x0A])
    case UInt8(ascii: "t"): return .success([0x09])
    case UInt8(ascii: "r"): return .success([0x0D])
    case UInt8(ascii: "u"): return decodeUnicodeEscape(&cursor)
    default:
      let start = cursor.offset - 1
      cursor.offset = start
      cursor.advance(cursor.sequenceLength ?? 1)
      let shown = byte == UInt8(ascii: "\n") ? "a line break" : "'\\\(cursor.text(from: start))'"
      return .failure(EscapeError(text: "unknown escape \(shown) in string"))
    }
  }

  /// `\u{...}` with 1 to 6 hexadecimal digits naming a Unicode scalar.
  private func decodeUnicodeEscape(_ cursor: inout ByteCursor) -> Result<[UInt8], EscapeError>? {
    let malformed = EscapeError(text: "invalid unicode escape; write it as \\u{1F600}")
    guard cursor.peek(is: "{") else { return cursor.isAtEnd ? nil : .failure(malformed) }
    cursor.advance()
    let digitsStart = cursor.offset
    cursor.advance(while: CharacterClass.isHexDigit)
    let digits = cursor.text(from: digitsStart)
    guard cursor.peek(is: "}") else { return cursor.isAtEnd ? nil : .failure(malformed) }
    cursor.advance()
    guard (1...6).contains(digits.count), let value = UInt32(digits, radix: 16) else {
      return .failure(malformed)
    }
    guard let scalar = Unicode.Scalar(value) else {
      return .failure(EscapeError(text: "\\u{\(digits)} is not a Unicode character"))
    }
    return .success(Array(String(Character(scalar)).utf8))
  }
}

/// A read position in UTF-8 bytes that stops at `end`; the lexer's scanning functions advance it.
struct ByteCursor {
  let bytes: [UInt8]
  let end: Int
  var offset: Int

  var isAtEnd: Bool { offset >= end }

  /// The byte `ahead` positions after the cursor, or nil past the end.
  func peek(_ ahead: Int = 0) -> UInt8? {
    let index = offset + ahead
    return index < end && index >= 0 ? bytes[index] : nil
  }

  /// True when the byte `ahead` positions on is `character`.
  func peek(is character: Unicode.Scalar, ahead: Int = 0) -> Bool {
    peek(ahead) == UInt8(ascii: character)
  }

  mutating func advance(_ count: Int = 1) {
    offset = min(end, offset + count)
  }

  /// Advances over every byte for which `predicate` holds.
  mutating func advance(while predicate: (UInt8) -> Bool) {
    while offset < end, predicate(bytes[offset]) { offset += 1 }
  }

  /// The length of the valid UTF-8 sequence at the cursor, or nil if the byte there starts none.
  var sequenceLength: Int? {
    UTF8Scanning.sequenceLength(in: bytes, at: offset, end: end)
  }

  /// The bytes from `start` to the cursor, decoded.
  func text(from start: Int) -> String {
    String(decoding: bytes[start..<offset], as: UTF8.self)
  }
}

/// Byte classes of LANGUAGE.md §2.
enum CharacterClass {
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  static func isLetter(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }

  /// `[A-Za-z_]`
  static func isIdentifierStart(_ byte: UInt8) -> Bool { isLetter(byte) || byte == 0x5F }

  /// `[A-Za-z0-9_-]`
  static func isIdentifierContinue(_ byte: UInt8) -> Bool {
    isIdentifierStart(byte) || isDigit(byte) || byte == 0x2D
  }

  static func isHorizontalSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C
  }

  /// Letters, digits and `_ - . / : @ % , * ~ ?`, the ASCII part of a bareword; non-ASCII letters are
  /// accepted separately once their UTF-8 has been validated.
  static func isBarewordPunctuation(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ":"),
      UInt8(ascii: "@"), UInt8(ascii: "%"), UInt8(ascii: ","), UInt8(ascii: "*"), UInt8(ascii: "~"),
      UInt8(ascii: "?"):
      true
    default: false
    }
  }

  static func isBarewordASCII(_ byte: UInt8) -> Bool {
    isLetter(byte) || isDigit(byte) || isBarewordPunctuation(byte)
  }

  static func isHexDigit(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
  }
}

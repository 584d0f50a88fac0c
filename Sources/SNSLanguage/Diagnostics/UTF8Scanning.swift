/// UTF-8 helpers shared by the lexer (validation) and the diagnostics (column counting), so that both
/// agree on what one character is.
enum UTF8Scanning {
  /// The length of the valid UTF-8 sequence starting at `offset`, or nil when the bytes there are not
  /// valid UTF-8 (stray continuation byte, overlong form, surrogate, beyond U+10FFFF, truncated).
  static func sequenceLength(in bytes: [UInt8], at offset: Int, end: Int) -> Int? {
    guard offset < end else { return nil }
    let lead = bytes[offset]
    if lead < 0x80 { return 1 }
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; secondRange = 0xA0...0xBF
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; secondRange = 0x80...0x9F
    case 0xF0: length = 4; secondRange = 0x90...0xBF
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; secondRange = 0x80...0x8F
    default: return nil
    }
    guard offset + length <= end, secondRange.contains(bytes[offset + 1]) else { return nil }
    for index in (offset + 2)..<(offset + length) where !(0x80...0xBF).contains(bytes[index]) {
      return nil
    }
    return length
  }

  /// The number of characters (code points, invalid bytes counting one each) in `start..<end`.
  static func characterCount(in bytes: [UInt8], from start: Int, to end: Int) -> Int {
    var count = 0
    var offset = start
    while offset < end {
      offset += sequenceLength(in: bytes, at: offset, end: end) ?? 1
      count += 1
    }
    return count
  }

  /// Decodes `start..<end` into characters, an invalid byte becoming U+FFFD, one entry per column.
  static func characters(in bytes: [UInt8], from start: Int, to end: Int) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    var offset = start
    while offset < end {
      if let length = sequenceLength(in: bytes, at: offset, end: end) {
        let text = String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
        result.append(text.unicodeScalars.first ?? "\u{FFFD}")
        offset += length
      } else {
        result.append("\u{FFFD}")
        offset += 1
      }
    }
    return result
  }
}

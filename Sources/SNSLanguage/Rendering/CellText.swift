/// How one value reads inside a table cell, a `field: value` line or a CSV field.
///
/// Lists of scalars read as `SMS, VOICE` because that is how people write them; anything
/// nested deeper falls back to the text form.
enum CellText {
  /// The text of `value` in a cell; `null` becomes `nullText`.
  static func text(_ value: Value, nullText: String) -> String {
    switch value {
    case .null:
      return nullText
    case .list(let items) where !items.isEmpty && items.allSatisfy(\.isScalar):
      return items.map(\.description).joined(separator: ", ")
    default:
      return value.description
    }
  }

  /// `text` on one line: control characters become their escapes so a cell cannot break a row.
  static func singleLine(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
      return text
    }
    var output = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": output += "\\n"
      case "\t": output += "\\t"
      case "\r": output += "\\r"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  /// `text` cut to at most `width` columns, ending in `…` when something was cut.
  static func truncated(_ text: String, toWidth width: Int) -> String {
    guard displayWidth(text) > width, width > 0 else { return text }
    var output = ""
    var used = 0
    for character in text {
      let characterWidth = displayWidth(character)
      if used + characterWidth > width - 1 { break }
      output.append(character)
      used += characterWidth
    }
    return output + "…"
  }

  /// The columns `text` takes in a terminal: one per character, two for wide East Asian
  /// characters and emoji.
  static func displayWidth(_ text: String) -> Int {
    // ASCII, the common case, is one column per byte.
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
    return text.reduce(0) { $0 + displayWidth($1) }
  }

  private static func displayWidth(_ character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    if scalar.properties.isEmojiPresentation { return 2 }
    if character.unicodeScalars.contains("\u{FE0F}") { return 2 }
    return isWide(scalar.value) ? 2 : 1
  }

  /// East Asian Wide and Fullwidth ranges (Unicode 15, condensed).
  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      true
    default:
      false
    }
  }
}

extension Value {
  /// Whether the value is neither a list nor a record.
  var isScalar: Bool {
    switch self {
    case .list, .record: false
    default: true
    }
  }
}

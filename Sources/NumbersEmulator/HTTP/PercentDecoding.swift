/// Percent-decoding of URL paths and form-encoded queries.
enum PercentDecoding {
  /// Decodes `%XX` escapes; with `plusAsSpace` a `+` is a space, as in form encoding, so a literal
  /// plus must arrive as `%2B`. Nil for a broken escape or bytes that are not UTF-8.
  static func decode(_ text: Substring, plusAsSpace: Bool) -> String? {
    let utf8 = Array(text.utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    var index = 0
    while index < utf8.count {
      let byte = utf8[index]
      if byte == 0x25 {  // %
        guard index + 2 < utf8.count, let high = hexValue(utf8[index + 1]),
          let low = hexValue(utf8[index + 2])
        else { return nil }
        bytes.append(high << 4 | low)
        index += 3
      } else {
        bytes.append(plusAsSpace && byte == 0x2B ? 0x20 : byte)
        index += 1
      }
    }
    return String(validating: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: byte - 0x30
    case 0x41...0x46: byte - 0x41 + 10
    case 0x61...0x66: byte - 0x61 + 10
    default: nil
    }
  }
}

/// The decoded name-value pairs of a query string, in order; a name may repeat.
struct QueryParameters: Sendable {
  private(set) var items: [(name: String, value: String)] = []

  /// Parses `a=1&b=x+y&b=%2B1`; nil when an escape is broken.
  init?(_ query: String) {
    for pair in query.split(separator: "&") where !pair.isEmpty {
      let (rawName, rawValue) =
        pair.firstIndex(of: "=").map { (pair[..<$0], pair[pair.index(after: $0)...]) }
        ?? (pair, Substring(""))
      guard let name = PercentDecoding.decode(rawName, plusAsSpace: true),
        let value = PercentDecoding.decode(rawValue, plusAsSpace: true)
      else { return nil }
      items.append((name, value))
    }
  }

  /// The first value given for `name`.
  func first(_ name: String) -> String? { items.first { $0.name == name }?.value }

  /// Every value given for `name`, in order.
  func all(_ name: String) -> [String] { items.filter { $0.name == name }.map(\.value) }
}

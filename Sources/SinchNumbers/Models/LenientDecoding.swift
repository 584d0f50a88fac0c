/// Decoding that tolerates what the live API and older payloads send: `null`, `""` where a value
/// was expected, numbers as strings. The official SDKs accept these, so must we.
extension KeyedDecodingContainer {
  /// A string, or nil for a missing key or `null`. Numbers and booleans are kept as text.
  func lenientString(_ key: Key) -> String? {
    if let value = try? decodeIfPresent(String.self, forKey: key) { return value }
    if let value = try? decodeIfPresent(Int.self, forKey: key) { return String(value) }
    if let value = try? decodeIfPresent(Double.self, forKey: key) { return String(value) }
    if let value = try? decodeIfPresent(Bool.self, forKey: key) { return String(value) }
    return nil
  }

  /// An integer, also from a string such as `"1"`; nil for `null`, `""` or anything else.
  func lenientInt(_ key: Key) -> Int? {
    if let value = try? decodeIfPresent(Int.self, forKey: key) { return value }
    if let text = try? decodeIfPresent(String.self, forKey: key) { return Int(text) }
    return nil
  }

  /// A boolean, also from `"true"`/`"false"`; nil otherwise.
  func lenientBool(_ key: Key) -> Bool? {
    if let value = try? decodeIfPresent(Bool.self, forKey: key) { return value }
    if let text = try? decodeIfPresent(String.self, forKey: key) { return Bool(text.lowercased()) }
    return nil
  }

  /// An open enum; `""` and `null` give nil, an unknown value is kept.
  func lenientEnum<E: OpenEnum>(_ type: E.Type, _ key: Key) -> E? {
    guard let text = lenientString(key), !text.isEmpty else { return nil }
    return E(rawValue: text)
  }

  /// A nested object; nil when missing, `null`, `""` or malformed.
  func lenientObject<T: Decodable>(_ type: T.Type, _ key: Key) -> T? {
    try? decodeIfPresent(T.self, forKey: key)
  }

  /// An array whose malformed elements are dropped; nil when missing or `null`.
  func lenientArray<T: Decodable>(_ type: T.Type, _ key: Key) -> [T]? {
    guard contains(key), (try? decodeNil(forKey: key)) == false else { return nil }
    guard var container = try? nestedUnkeyedContainer(forKey: key) else { return nil }
    var items: [T] = []
    while !container.isAtEnd {
      if let item = try? container.decode(T.self) {
        items.append(item)
      } else if (try? container.decode(Discard.self)) == nil {
        break
      }
    }
    return items
  }
}

/// Consumes one JSON value of any shape.
private struct Discard: Decodable {
  init(from decoder: Decoder) throws {}
}

/// `.field`, `[index]` and `in` (LANGUAGE.md §3, §4).
extension Value {
  /// The value of `.name`; a missing field is an error that suggests the closest existing one.
  public func field(_ name: String) throws(ValueError) -> Value {
    guard case .record(let record) = self else {
      throw .notARecord(field: name, typeName: typeName)
    }
    guard let value = record[name] else {
      throw .noSuchField(
        name, suggestion: closestName(to: name, among: record.keys), available: record.keys)
    }
    return value
  }

  /// The value at the dotted `path`, such as `smsConfiguration.servicePlanId`.
  public func field(path: some Sequence<String>) throws(ValueError) -> Value {
    var current = self
    for name in path { current = try current.field(name) }
    return current
  }

  /// The value of `[index]`: zero-based, negative counting from the end, for lists and strings
  /// (a string's items are its characters); a record takes a string key as `.field` does.
  public func element(at index: Value) throws(ValueError) -> Value {
    switch (self, index) {
    case (.list(let items), .int(let position)):
      return items[try Value.resolve(position, count: items.count)]
    case (.string(let text), .int(let position)):
      let offset = try Value.resolve(position, count: text.count)
      return .string(String(text[text.index(text.startIndex, offsetBy: offset)]))
    case (.record, .string(let name)):
      return try field(name)
    case (.list, _), (.string, _), (.record, _):
      throw .invalidIndex(container: typeName, index: index.typeName)
    default:
      throw .notIndexable(typeName)
    }
  }

  /// `element in self`: list membership by `==`, substring of a string, key of a record.
  public func contains(_ element: Value) throws(ValueError) -> Bool {
    switch (self, element) {
    case (.list(let items), _):
      return items.contains(element)
    case (.string(let text), .string(let part)):
      return part.isEmpty || text.contains(part)
    case (.string(let text), .phone(let number)):
      return text.contains(number.e164)
    case (.phone(let number), .string(let part)):
      return part.isEmpty || number.e164.contains(part)
    case (.record(let record), .string(let key)):
      return record.contains(key: key)
    default:
      throw .invalidMembership(element: element.typeName, container: typeName)
    }
  }

  /// The array position of a language index, or an error when it falls outside.
  private static func resolve(_ index: Int, count: Int) throws(ValueError) -> Int {
    let position = index < 0 ? count + index : index
    guard position >= 0 && position < count else { throw .indexOutOfRange(index, count: count) }
    return position
  }
}

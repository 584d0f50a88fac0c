/// The fields of a record value, in order.
///
/// Records from the API have about a dozen fields, so a linear scan of the keys beats hashing
/// and keeps the struct two array references wide, which keeps `Value` small.
public struct Record: Sendable {
  /// The field names, in order.
  public private(set) var keys: [String]
  /// The field values, in the order of `keys`.
  public private(set) var values: [Value]

  /// An empty record.
  public init() {
    keys = []
    values = []
  }

  /// A record of `fields` in order; a repeated key keeps its first place and its last value.
  public init(_ fields: some Sequence<(String, Value)>) {
    self.init()
    for (key, value) in fields { self[key] = value }
  }

  /// How many fields the record has.
  public var count: Int { keys.count }

  /// Whether the record has no field.
  public var isEmpty: Bool { keys.isEmpty }

  /// The position of `key`, or nil when the record has no such field.
  public func index(of key: String) -> Int? {
    keys.firstIndex(of: key)
  }

  /// Whether the record has a field named `key`.
  public func contains(key: String) -> Bool {
    index(of: key) != nil
  }

  /// The value of field `key`; setting a new key appends it, setting nil removes the field.
  public subscript(key: String) -> Value? {
    get {
      guard let position = index(of: key) else { return nil }
      return values[position]
    }
    set {
      let position = index(of: key)
      switch (position, newValue) {
      case (let position?, let value?):
        values[position] = value
      case (let position?, nil):
        keys.remove(at: position)
        values.remove(at: position)
      case (nil, let value?):
        keys.append(key)
        values.append(value)
      case (nil, nil):
        break
      }
    }
  }

  /// The fields as name and value pairs, in order.
  public var fields: [(key: String, value: Value)] {
    Array(self)
  }

  /// This record with the fields of `other` added; fields of `other` win.
  public func merging(_ other: Record) -> Record {
    var result = self
    for (key, value) in other { result[key] = value }
    return result
  }
}

extension Record: Sequence {
  /// Iterates the fields in order.
  public struct Iterator: IteratorProtocol {
    private let record: Record
    private var position = 0

    init(_ record: Record) { self.record = record }

    /// The next field, or nil after the last one.
    public mutating func next() -> (key: String, value: Value)? {
      guard position < record.keys.count else { return nil }
      defer { position += 1 }
      return (record.keys[position], record.values[position])
    }
  }

  /// Iterates the fields in order.
  public func makeIterator() -> Iterator { Iterator(self) }

  /// The number of fields, so that `Array(record)` allocates once.
  public var underestimatedCount: Int { keys.count }
}

extension Record: ExpressibleByDictionaryLiteral {
  /// A record with the fields in the order written.
  public init(dictionaryLiteral elements: (String, Value)...) { self.init(elements) }
}

import SinchNumbers

/// Swift's `==` on values is the language's `==`: numbers compare by value across int and
/// decimal, a phone equals a string holding the same number, and unrelated types are unequal.
/// Hashing agrees with it, so `uniq` and `group` can use sets and dictionaries.
extension Value: Hashable {
  /// The language's `==` (LANGUAGE.md §3, §4).
  public static func == (lhs: Value, rhs: Value) -> Bool {
    switch (lhs, rhs) {
    case (.int(let left), .int(let right)): left == right
    case (.decimal(let left), .decimal(let right)): left == right
    case (.int(let left), .decimal(let right)): exactlyEqual(left, right)
    case (.decimal(let left), .int(let right)): exactlyEqual(right, left)
    case (.string(let left), .string(let right)): left == right
    case (.phone(let left), .phone(let right)): left == right
    case (.phone(let number), .string(let text)), (.string(let text), .phone(let number)):
      phoneNumber(in: text) == number
    case (.null, .null): true
    case (.bool(let left), .bool(let right)): left == right
    case (.list(let left), .list(let right)): left == right
    case (.record(let left), .record(let right)): left == right
    default: false
    }
  }

  /// Hashes so that values equal under the language's `==` hash alike.
  public func hash(into hasher: inout Hasher) {
    switch self {
    case .null:
      hasher.combine(0)
    case .bool(let flag):
      hasher.combine(1)
      hasher.combine(flag)
    case .int(let number):
      hasher.combine(2)
      hasher.combine(number)
    case .decimal(let number):
      if let whole = Int(exactly: number) {
        hasher.combine(2)
        hasher.combine(whole)
      } else {
        hasher.combine(3)
        hasher.combine(number)
      }
    case .string(let text):
      if let number = Value.phoneNumber(in: text) {
        hasher.combine(4)
        hasher.combine(number.e164)
      } else {
        hasher.combine(5)
        hasher.combine(text)
      }
    case .phone(let number):
      hasher.combine(4)
      hasher.combine(number.e164)
    case .list(let items):
      hasher.combine(6)
      hasher.combine(items)
    case .record(let record):
      hasher.combine(7)
      hasher.combine(record)
    }
  }

  /// Whether two values are the same type and content: unlike `==`, `2` and `2.0` differ.
  public func isIdentical(to other: Value) -> Bool {
    switch (self, other) {
    case (.int(let left), .int(let right)): left == right
    case (.decimal(let left), .decimal(let right)): left.bitPattern == right.bitPattern
    case (.string(let left), .string(let right)): left == right
    case (.phone(let left), .phone(let right)): left == right
    case (.null, .null): true
    case (.bool(let left), .bool(let right)): left == right
    case (.list(let left), .list(let right)):
      left.count == right.count && zip(left, right).allSatisfy { $0.isIdentical(to: $1) }
    case (.record(let left), .record(let right)):
      left.keys == right.keys && zip(left.values, right.values).allSatisfy { $0.isIdentical(to: $1) }
    default: false
    }
  }

  /// Exact comparison: `Double(integer)` would round large integers and call unequal numbers equal.
  private static func exactlyEqual(_ integer: Int, _ decimal: Double) -> Bool {
    Int(exactly: decimal) == integer
  }

  /// The phone number a string holds after the clean-up of §3, or nil.
  static func phoneNumber(in text: String) -> PhoneNumber? {
    // Most strings hold no `+`; skip the clean-up, which allocates, for them.
    guard text.utf8.contains(UInt8(ascii: "+")) else { return nil }
    return try? PhoneNumber(cleaning: text)
  }
}

/// Records are equal when they have the same fields with equal values, in any order.
extension Record: Hashable {
  /// Field-by-field equality that ignores field order.
  public static func == (lhs: Record, rhs: Record) -> Bool {
    guard lhs.count == rhs.count else { return false }
    if lhs.keys == rhs.keys { return lhs.values == rhs.values }
    return lhs.allSatisfy { key, value in rhs[key] == value }
  }

  /// Order-independent hashing, to agree with `==`.
  public func hash(into hasher: inout Hasher) {
    var combined = 0
    for (key, value) in self {
      var fieldHasher = Hasher()
      fieldHasher.combine(key)
      fieldHasher.combine(value)
      combined ^= fieldHasher.finalize()
    }
    hasher.combine(count)
    hasher.combine(combined)
  }
}

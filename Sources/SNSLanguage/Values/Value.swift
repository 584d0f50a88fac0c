import SinchNumbers

/// A value of the sns language (LANGUAGE.md §3).
///
/// Scalars live unboxed in the enum so that arithmetic in a loop allocates nothing; lists and
/// records are Swift collections, so copies are cheap until one side is changed.
public enum Value: Sendable {
  case null
  case bool(Bool)
  /// A 64-bit integer; overflow is an error, never a trap.
  case int(Int)
  case decimal(Double)
  case string(String)
  /// A validated E.164 number.
  case phone(PhoneNumber)
  case list([Value])
  /// Fields in the order they were written or received.
  case record(Record)

  /// The name of this value's type, as the `type` command reports it.
  public var typeName: String {
    switch self {
    case .null: "null"
    case .bool: "bool"
    case .int: "int"
    case .decimal: "decimal"
    case .string: "string"
    case .phone: "phone"
    case .list: "list"
    case .record: "record"
    }
  }

  /// Whether this value is `null`.
  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// Falsy values are `false`, `null`, `0`, `0.0`, `""`, `[]` and `{}`; everything else is truthy.
  public var isTruthy: Bool {
    switch self {
    case .null: false
    case .bool(let flag): flag
    case .int(let number): number != 0
    case .decimal(let number): number != 0
    case .string(let text): !text.isEmpty
    case .phone: true
    case .list(let items): !items.isEmpty
    case .record(let record): !record.isEmpty
    }
  }

  /// A phone value when `text` is exactly an E.164 number, else a string value.
  ///
  /// The API sends numbers as strings; keeping them as phones lets commands take them back.
  public static func phoneOrString(_ text: String) -> Value {
    guard let number = try? PhoneNumber(text) else { return .string(text) }
    return .phone(number)
  }

  /// A string value, or `null` when `text` is nil: how optional API fields arrive.
  static func optional(_ text: String?) -> Value {
    text.map(Value.string) ?? .null
  }
}

extension Value: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  /// An int value.
  public init(integerLiteral value: Int) { self = .int(value) }
  /// A decimal value.
  public init(floatLiteral value: Double) { self = .decimal(value) }
  /// A string value.
  public init(stringLiteral value: String) { self = .string(value) }
  /// A bool value.
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  /// A list value.
  public init(arrayLiteral elements: Value...) { self = .list(elements) }
  /// A record value with the fields in the order written.
  public init(dictionaryLiteral elements: (String, Value)...) { self = .record(Record(elements)) }
}

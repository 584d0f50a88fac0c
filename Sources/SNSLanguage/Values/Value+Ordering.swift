import Foundation

/// The order behind `<`, `<=`, `>`, `>=` and `sort`.
extension Value {
  /// Compares for `<` and friends: numbers with numbers, strings with strings, phones with
  /// phones or strings, bools with bools (false first); anything else is an error.
  public func compare(to other: Value) throws(ValueError) -> ComparisonResult {
    switch (self, other) {
    case (.int(let left), .int(let right)):
      return Value.order(left, right)
    case (.decimal(let left), .decimal(let right)):
      return Value.order(left, right)
    case (.int(let left), .decimal(let right)):
      return Value.order(left, right)
    case (.decimal(let left), .int(let right)):
      return Value.order(right, left).reversed
    case (.string(let left), .string(let right)):
      return Value.order(left, right)
    case (.phone(let left), .phone(let right)):
      return Value.order(left.e164, right.e164)
    case (.phone(let number), .string(let text)):
      return Value.order(number.e164, Value.phoneNumber(in: text)?.e164 ?? text)
    case (.string(let text), .phone(let number)):
      return Value.order(Value.phoneNumber(in: text)?.e164 ?? text, number.e164)
    case (.bool(let left), .bool(let right)):
      return Value.order(left ? 1 : 0, right ? 1 : 0)
    default:
      throw .cannotCompare(typeName, other.typeName)
    }
  }

  /// A total order that never fails, for `sort`: values of one kind keep the order of
  /// `compare(to:)`; across kinds, null < bool < numbers < strings and phones < lists < records.
  public func sortsBefore(_ other: Value) -> Bool {
    if let order = try? compare(to: other) { return order == .orderedAscending }
    if sortRank != other.sortRank { return sortRank < other.sortRank }
    switch (self, other) {
    case (.list(let left), .list(let right)):
      for (leftItem, rightItem) in zip(left, right) where leftItem != rightItem {
        return leftItem.sortsBefore(rightItem)
      }
      return left.count < right.count
    case (.record(let left), .record(let right)):
      return left.count < right.count
    default:
      return false
    }
  }

  /// The place of each type in `sortsBefore`.
  private var sortRank: Int {
    switch self {
    case .null: 0
    case .bool: 1
    case .int, .decimal: 2
    case .string, .phone: 3
    case .list: 4
    case .record: 5
    }
  }

  private static func order<T: Comparable>(_ left: T, _ right: T) -> ComparisonResult {
    left < right ? .orderedAscending : left == right ? .orderedSame : .orderedDescending
  }

  /// Orders an int against a decimal exactly, without rounding the int to a double.
  private static func order(_ integer: Int, _ decimal: Double) -> ComparisonResult {
    // NaN has no place in the order; putting it last keeps `sort` stable rather than trapping.
    if decimal.isNaN { return .orderedAscending }
    // Beyond ±2^63 no Int can reach the decimal; inside, compare whole parts then fraction.
    if decimal >= 9_223_372_036_854_775_808.0 { return .orderedAscending }
    if decimal < -9_223_372_036_854_775_808.0 { return .orderedDescending }
    let whole = decimal.rounded(.down)
    let wholeOrder = order(integer, Int(whole))
    if wholeOrder != .orderedSame { return wholeOrder }
    return decimal > whole ? .orderedAscending : .orderedSame
  }
}

extension ComparisonResult {
  /// The same comparison seen from the other side.
  fileprivate var reversed: ComparisonResult {
    switch self {
    case .orderedAscending: .orderedDescending
    case .orderedDescending: .orderedAscending
    case .orderedSame: .orderedSame
    }
  }
}

/// The operators `+ - * / %` and unary `-` (LANGUAGE.md §4).
///
/// int op int stays int and reports overflow as an error; any decimal operand makes the result
/// decimal. `+` also joins strings, lists and records (the right record's fields win), but does
/// not turn numbers into text: `"n=" + 1` is an error that points at interpolation.
extension Value {
  /// Applies one of the binary arithmetic operators.
  public static func apply(
    _ operation: ArithmeticOperation, _ lhs: Value, _ rhs: Value
  ) throws(ValueError) -> Value {
    switch operation {
    case .add: try add(lhs, rhs)
    case .subtract: try subtract(lhs, rhs)
    case .multiply: try multiply(lhs, rhs)
    case .divide: try divide(lhs, rhs)
    case .remainder: try remainder(lhs, rhs)
    }
  }

  /// `lhs + rhs`: adds numbers, joins strings, lists and records.
  public static func add(_ lhs: Value, _ rhs: Value) throws(ValueError) -> Value {
    if case .int(let left) = lhs, case .int(let right) = rhs {
      let (sum, overflow) = left.addingReportingOverflow(right)
      if overflow { throw .overflow(.add) }
      return .int(sum)
    }
    switch (lhs, rhs) {
    case (.string(let left), .string(let right)): return .string(left + right)
    case (.list(let left), .list(let right)): return .list(left + right)
    case (.record(let left), .record(let right)): return .record(left.merging(right))
    default: return try decimalResult(.add, lhs, rhs, +)
    }
  }

  /// `lhs - rhs` on numbers.
  public static func subtract(_ lhs: Value, _ rhs: Value) throws(ValueError) -> Value {
    if case .int(let left) = lhs, case .int(let right) = rhs {
      let (difference, overflow) = left.subtractingReportingOverflow(right)
      if overflow { throw .overflow(.subtract) }
      return .int(difference)
    }
    return try decimalResult(.subtract, lhs, rhs, -)
  }

  /// `lhs * rhs` on numbers.
  public static func multiply(_ lhs: Value, _ rhs: Value) throws(ValueError) -> Value {
    if case .int(let left) = lhs, case .int(let right) = rhs {
      let (product, overflow) = left.multipliedReportingOverflow(by: right)
      if overflow { throw .overflow(.multiply) }
      return .int(product)
    }
    return try decimalResult(.multiply, lhs, rhs, *)
  }

  /// `lhs / rhs`: int / int truncates toward zero; a zero divisor is an error.
  public static func divide(_ lhs: Value, _ rhs: Value) throws(ValueError) -> Value {
    if case .int(let left) = lhs, case .int(let right) = rhs {
      guard right != 0 else { throw .divisionByZero }
      let (quotient, overflow) = left.dividedReportingOverflow(by: right)
      if overflow { throw .overflow(.divide) }
      return .int(quotient)
    }
    try checkDivisor(.divide, lhs, rhs)
    return try decimalResult(.divide, lhs, rhs, /)
  }

  /// `lhs % rhs`: the remainder of truncating division, with the sign of `lhs` (as in C and Swift).
  public static func remainder(_ lhs: Value, _ rhs: Value) throws(ValueError) -> Value {
    if case .int(let left) = lhs, case .int(let right) = rhs {
      guard right != 0 else { throw .divisionByZero }
      // Int.min % -1 overflows in hardware although the answer, 0, fits.
      if right == -1 { return .int(0) }
      return .int(left % right)
    }
    try checkDivisor(.remainder, lhs, rhs)
    return try decimalResult(.remainder, lhs, rhs) { $0.truncatingRemainder(dividingBy: $1) }
  }

  /// Unary `-` on a number.
  public static func negate(_ operand: Value) throws(ValueError) -> Value {
    switch operand {
    case .int(let number):
      let (negated, overflow) = 0.subtractingReportingOverflow(number)
      if overflow { throw .overflow(.subtract) }
      return .int(negated)
    case .decimal(let number):
      return .decimal(-number)
    default:
      throw .cannotNegate(operand.typeName)
    }
  }

  /// The number as a double, or nil when the value is not a number.
  public var numericValue: Double? {
    switch self {
    case .int(let number): Double(number)
    case .decimal(let number): number
    default: nil
    }
  }

  /// Refuses a zero divisor, once both sides are known to be numbers.
  private static func checkDivisor(
    _ operation: ArithmeticOperation, _ lhs: Value, _ rhs: Value
  ) throws(ValueError) {
    guard lhs.numericValue != nil, let divisor = rhs.numericValue else {
      throw .unsupportedOperands(operation, lhs.typeName, rhs.typeName)
    }
    if divisor == 0 { throw .divisionByZero }
  }

  /// Applies `operation` in double precision once at least one side is a decimal.
  private static func decimalResult(
    _ operation: ArithmeticOperation, _ lhs: Value, _ rhs: Value,
    _ compute: (Double, Double) -> Double
  ) throws(ValueError) -> Value {
    guard let left = lhs.numericValue, let right = rhs.numericValue else {
      throw .unsupportedOperands(operation, lhs.typeName, rhs.typeName)
    }
    let result = compute(left, right)
    // Infinity and NaN cannot be written, compared or sent as JSON; stop at the cause instead.
    guard result.isFinite else { throw .overflow(operation) }
    return .decimal(result)
  }
}

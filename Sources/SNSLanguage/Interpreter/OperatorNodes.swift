import Foundation

/// `-a` and `not a`
final class UnaryNode: ExpressionNode, @unchecked Sendable {
  let operation: UnaryOperator
  let operand: ExpressionNode

  init(_ operation: UnaryOperator, _ operand: ExpressionNode, range: SourceRange) {
    self.operation = operation
    self.operand = operand
    super.init(range: range, isPure: operand.isPure)
  }

  override func evaluate(_ frame: Frame) throws(RuntimeError) -> Value {
    try apply(try operand.evaluate(frame))
  }

  override func evaluate(_ frame: Frame, on interpreter: isolated Interpreter) async throws -> Value {
    if isPure { return try evaluate(frame) }
    return try apply(try await operand.evaluate(frame, on: interpreter))
  }

  private func apply(_ value: Value) throws(RuntimeError) -> Value {
    switch operation {
    case .not: return .bool(!value.isTruthy)
    case .negate:
      do {
        return try Value.negate(value)
      } catch {
        throw RuntimeError(.runtime, error.description, range: range)
      }
    }
  }
}

/// The strict binary operators: arithmetic, comparisons, `=~`, `!~` and `in`.
final class BinaryNode: ExpressionNode, @unchecked Sendable {
  let operation: BinaryOperator
  let left: ExpressionNode
  let right: ExpressionNode
  /// The compiled pattern when the right side of `=~`/`!~` is a literal, so a loop compiles it once.
  let constantPattern: NSRegularExpression?

  init(_ operation: BinaryOperator, _ left: ExpressionNode, _ right: ExpressionNode, range: SourceRange) {
    self.operation = operation
    self.left = left
    self.right = right
    if operation == .matches || operation == .notMatches, let constant = right as? ConstantNode,
      case .string(let pattern) = constant.value
    {
      constantPattern = try? NSRegularExpression(pattern: pattern)
    } else {
      constantPattern = nil
    }
    super.init(range: range, isPure: left.isPure && right.isPure)
  }

  override func evaluate(_ frame: Frame) throws(RuntimeError) -> Value {
    try apply(try left.evaluate(frame), try right.evaluate(frame))
  }

  override func evaluate(_ frame: Frame, on interpreter: isolated Interpreter) async throws -> Value {
    if isPure { return try evaluate(frame) }
    let lhs = try await left.evaluate(frame, on: interpreter)
    return try apply(lhs, try await right.evaluate(frame, on: interpreter))
  }

  @inline(__always)
  private func apply(_ lhs: Value, _ rhs: Value) throws(RuntimeError) -> Value {
    do {
      switch operation {
      case .add: return try Value.add(lhs, rhs)
      case .subtract: return try Value.subtract(lhs, rhs)
      case .multiply: return try Value.multiply(lhs, rhs)
      case .divide: return try Value.divide(lhs, rhs)
      case .remainder: return try Value.remainder(lhs, rhs)
      case .equal: return .bool(lhs == rhs)
      case .notEqual: return .bool(lhs != rhs)
      case .less: return .bool(try lhs.compare(to: rhs) == .orderedAscending)
      case .lessOrEqual: return .bool(try lhs.compare(to: rhs) != .orderedDescending)
      case .greater: return .bool(try lhs.compare(to: rhs) == .orderedDescending)
      case .greaterOrEqual: return .bool(try lhs.compare(to: rhs) != .orderedAscending)
      case .in: return .bool(try rhs.contains(lhs))
      case .matches: return .bool(try matches(lhs, rhs))
      case .notMatches: return .bool(!(try matches(lhs, rhs)))
      case .and, .or, .coalesce, .range:
        throw RuntimeError(.runtime, "internal error: '\(operation.rawValue)' is not strict", range: range)
      }
    } catch let error as ValueError {
      throw RuntimeError(.runtime, error.description, range: range)
    } catch let error as RuntimeError {
      throw error
    } catch {
      throw RuntimeError(.runtime, "\(error)", range: range)
    }
  }

  /// A regular-expression search of the left side's text form.
  private func matches(_ subject: Value, _ pattern: Value) throws(RuntimeError) -> Bool {
    let expression: NSRegularExpression
    if let constantPattern {
      expression = constantPattern
    } else {
      guard case .string(let text) = pattern else {
        throw RuntimeError(
          .runtime, "a pattern after '=~' must be a string, not \(pattern.typeName)", range: range)
      }
      do {
        expression = try NSRegularExpression(pattern: text)
      } catch {
        throw RuntimeError(.runtime, "invalid regular expression \(pattern.literalText)", range: right.range)
      }
    }
    let text: String
    switch subject {
    case .phone(let number): text = number.e164
    case .null: text = ""
    default: text = subject.description
    }
    let whole = NSRange(text.startIndex..<text.endIndex, in: text)
    return expression.firstMatch(in: text, range: whole) != nil
  }
}

/// `and`, `or`: short-circuit, yielding the deciding operand.
final class LogicalNode: ExpressionNode, @unchecked Sendable {
  let isAnd: Bool
  let left: ExpressionNode
  let right: ExpressionNode

  init(isAnd: Bool, _ left: ExpressionNode, _ right: ExpressionNode, range: SourceRange) {
    self.isAnd = isAnd
    self.left = left
    self.right = right
    super.init(range: range, isPure: left.isPure && right.isPure)
  }

  override func evaluate(_ frame: Frame) throws(RuntimeError) -> Value {
    let lhs = try left.evaluate(frame)
    if lhs.isTruthy != isAnd { return lhs }
    return try right.evaluate(frame)
  }

  override func evaluate(_ frame: Frame, on interpreter: isolated Interpreter) async throws -> Value {
    if isPure { return try evaluate(frame) }
    let lhs = try await left.evaluate(frame, on: interpreter)
    if lhs.isTruthy != isAnd { return lhs }
    return try await right.evaluate(frame, on: interpreter)
  }
}

/// `a ?? b`: `b` when `a` is null or absent (undefined variable, missing field, index out of range).
final class CoalesceNode: ExpressionNode, @unchecked Sendable {
  let left: ExpressionNode
  let right: ExpressionNode

  init(_ left: ExpressionNode, _ right: ExpressionNode, range: SourceRange) {
    self.left = left
    self.right = right
    super.init(range: range, isPure: left.isPure && right.isPure)
  }

  override func evaluate(_ frame: Frame) throws(RuntimeError) -> Value {
    if let value = try left.evaluateIfPresent(frame), !value.isNull { return value }
    return try right.evaluate(frame)
  }

  override func evaluate(_ frame: Frame, on interpreter: isolated Interpreter) async throws -> Value {
    if isPure { return try evaluate(frame) }
    let value =
      left.isPure ? try left.evaluateIfPresent(frame) : try await left.evaluate(frame, on: interpreter)
    if let value, !value.isNull { return value }
    return try await right.evaluate(frame, on: interpreter)
  }
}

/// `a..b` used as a value: the list of integers from a to b (empty when b < a). A `for` loop
/// over a range never builds this list.
final class RangeNode: ExpressionNode, @unchecked Sendable {
  /// The longest list a range value may build; `for` loops are not limited.
  static let maximumLength = 10_000_000

  let lower: ExpressionNode
  let upper: ExpressionNode

  init(_ lower: ExpressionNode, _ upper: ExpressionNode, range: SourceRange) {
    self.lower = lower
    self.upper = upper
    super.init(range: range, isPure: lower.isPure && upper.isPure)
  }

  override func evaluate(_ frame: Frame) throws(RuntimeError) -> Value {
    try list(try bounds(try lower.evaluate(frame), try upper.evaluate(frame)))
  }

  override func evaluate(_ frame: Frame, on interpreter: isolated Interpreter) async throws -> Value {
    if isPure { return try evaluate(frame) }
    let low = try await lower.evaluate(frame, on: interpreter)
    return try list(try bounds(low, try await upper.evaluate(frame, on: interpreter)))
  }

  /// Both ends as integers, or an error naming the one that is not.
  func bounds(_ low: Value, _ high: Value) throws(RuntimeError) -> ClosedRange<Int>? {
    guard case .int(let first) = low else {
      throw RuntimeError(.runtime, "a range needs int bounds, not \(low.typeName)", range: lower.range)
    }
    guard case .int(let last) = high else {
      throw RuntimeError(.runtime, "a range needs int bounds, not \(high.typeName)", range: upper.range)
    }
    return first <= last ? first...last : nil
  }

  private func list(_ bounds: ClosedRange<Int>?) throws(RuntimeError) -> Value {
    guard let bounds else { return .list([]) }
    let (length, overflow) = bounds.upperBound.subtractingReportingOverflow(bounds.lowerBound)
    guard !overflow, length < RangeNode.maximumLength else {
      throw RuntimeError(
        .runtime, "range too large for a list (at most \(RangeNode.maximumLength) items); use it in 'for'",
        range: range)
    }
    return .list(bounds.map(Value.int))
  }
}

/// `[a, b, c]`
final class ListNode: ExpressionNode, @unchecked Sendable {
  let elements: [ExpressionNode]

  init(_ elements: [ExpressionNode], range: SourceRange) {
    self.elements = elements
    super.init(range: range, isPure: elements.allSatisfy(\.isPure))
  }

  override func evaluate(_ frame: Frame) throws(RuntimeError) -> Value {
    var items: [Value] = []
    items.reserveCapacity(elements.count)
    for element in elements { items.append(try element.evaluate(frame)) }
    return .list(items)
  }

  override func evaluate(_ frame: Frame, on interpreter: isolated Interpreter) async throws -> Value {
    if isPure { return try evaluate(frame) }
    var items: [Value] = []
    for element in elements { items.append(try await element.evaluate(frame, on: interpreter)) }
    return .list(items)
  }
}

/// `{key: value, ...}`
final class RecordNode: ExpressionNode, @unchecked Sendable {
  let keys: [String]
  let values: [ExpressionNode]

  init(keys: [String], values: [ExpressionNode], range: SourceRange) {
    self.keys = keys
    self.values = values
    super.init(range: range, isPure: values.allSatisfy(\.isPure))
  }

  override func evaluate(_ frame: Frame) throws(RuntimeError) -> Value {
    var record = Record()
    for (key, value) in zip(keys, values) { record[key] = try value.evaluate(frame) }
    return .record(record)
  }

  override func evaluate(_ frame: Frame, on interpreter: isolated Interpreter) async throws -> Value {
    if isPure { return try evaluate(frame) }
    var record = Record()
    for (key, value) in zip(keys, values) { record[key] = try await value.evaluate(frame, on: interpreter) }
    return .record(record)
  }
}

/// `"text $name $(pipeline)"`: each part's text form, joined.
final class InterpolationNode: ExpressionNode, @unchecked Sendable {
  /// One piece: literal text, or an expression whose text form is inserted.
  enum Part {
    case text(String)
    case value(ExpressionNode)
  }

  let parts: [Part]

  init(_ parts: [Part], range: SourceRange) {
    self.parts = parts
    let pure = parts.allSatisfy { part in
      if case .value(let node) = part { return node.isPure }
      return true
    }
    super.init(range: range, isPure: pure)
  }

  override func evaluate(_ frame: Frame) throws(RuntimeError) -> Value {
    var text = ""
    for part in parts {
      switch part {
      case .text(let literal): text += literal
      case .value(let node): append(try node.evaluate(frame), to: &text)
      }
    }
    return .string(text)
  }

  override func evaluate(_ frame: Frame, on interpreter: isolated Interpreter) async throws -> Value {
    if isPure { return try evaluate(frame) }
    var text = ""
    for part in parts {
      switch part {
      case .text(let literal): text += literal
      case .value(let node): append(try await node.evaluate(frame, on: interpreter), to: &text)
      }
    }
    return .string(text)
  }

  @inline(__always)
  private func append(_ value: Value, to text: inout String) {
    if case .string(let string) = value {
      text += string
    } else {
      text += value.description
    }
  }
}

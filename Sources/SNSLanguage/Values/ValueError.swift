import SinchNumbers

/// Why an operation on values failed at run time; `description` is the message a user reads.
public enum ValueError: Error, Equatable, Sendable, CustomStringConvertible {
  /// `<`, `<=`, `>`, `>=` between types that have no order, such as an int and a string.
  case cannotCompare(String, String)
  /// An arithmetic operator applied to types it does not accept: operator word, left and right type.
  case unsupportedOperands(ArithmeticOperation, String, String)
  /// Unary `-` applied to something other than a number.
  case cannotNegate(String)
  /// `/` or `%` with a zero right side.
  case divisionByZero
  /// An int result that does not fit in 64 bits, or a decimal result that is not finite.
  case overflow(ArithmeticOperation)
  /// A record has no field with this name; `suggestion` is the closest existing name.
  case noSuchField(String, suggestion: String?, available: [String])
  /// `.field` on a value that is not a record: field name, type of the value.
  case notARecord(field: String, typeName: String)
  /// An index outside a list or string: the index, the length.
  case indexOutOfRange(Int, count: Int)
  /// `[...]` on a value that cannot be indexed.
  case notIndexable(String)
  /// An index of the wrong type: the container's type, the index's type.
  case invalidIndex(container: String, index: String)
  /// A value given where a phone number is expected is neither a phone, nor a string holding
  /// one, nor a record with a `phoneNumber` field: its type.
  case notAPhoneNumber(String)
  /// A string that is not an E.164 number after clean-up: why.
  case invalidPhoneNumber(PhoneNumberError)
  /// `in` with a right side that has no members, or a left side it cannot hold.
  case invalidMembership(element: String, container: String)

  /// The message shown to the user: a terse phrase without a trailing period.
  public var description: String {
    switch self {
    case .cannotCompare(let left, let right):
      return "cannot compare \(left) with \(right)"
    case .unsupportedOperands(let operation, let left, let right):
      let message = "cannot \(operation.verb) \(left) and \(right)"
      let joinsText = operation == .add && (left == "string" || right == "string")
      return joinsText ? message + " (use str, or interpolation such as \"$a$b\", to join text)" : message
    case .cannotNegate(let type):
      return "cannot negate \(type)"
    case .divisionByZero:
      return "division by zero"
    case .overflow(let operation):
      return "number too large: \(operation.noun) overflows"
    case .noSuchField(let name, let suggestion?, _):
      return "record has no field '\(name)'; did you mean '\(suggestion)'?"
    case .noSuchField(let name, nil, let available) where available.isEmpty:
      return "record has no field '\(name)'; it has no fields"
    case .noSuchField(let name, nil, let available) where available.count <= 12:
      return "record has no field '\(name)'; fields: \(available.joined(separator: ", "))"
    case .noSuchField(let name, nil, _):
      return "record has no field '\(name)'"
    case .notARecord(let field, "list"):
      return "cannot read field '\(field)' of a list; use 'get \(field)' to read it from each item"
    case .notARecord(let field, let type):
      return "cannot read field '\(field)' of \(type)"
    case .indexOutOfRange(let index, let count):
      let items = count == 1 ? "1 item" : "\(count) items"
      return "index \(index) is out of range for \(items)"
    case .notIndexable(let type):
      return "cannot index \(type)"
    case .invalidIndex(let container, let index):
      return "\(container) index must be \(container == "record" ? "a string" : "an int"), not \(index)"
    case .notAPhoneNumber(let type):
      return "expected a phone number, not \(type)"
    case .invalidPhoneNumber(let problem):
      return problem.description
    case .invalidMembership(let element, let container):
      return "cannot look for \(element) in \(container)"
    }
  }
}

/// The binary arithmetic operators, named for error messages.
public enum ArithmeticOperation: String, Sendable, CaseIterable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  case remainder = "%"

  /// The verb of "cannot add string and int".
  var verb: String {
    switch self {
    case .add: "add"
    case .subtract: "subtract"
    case .multiply: "multiply"
    case .divide: "divide"
    case .remainder: "take the remainder of"
    }
  }

  /// The noun of "addition overflows".
  var noun: String {
    switch self {
    case .add: "addition"
    case .subtract: "subtraction"
    case .multiply: "multiplication"
    case .divide: "division"
    case .remainder: "remainder"
    }
  }
}

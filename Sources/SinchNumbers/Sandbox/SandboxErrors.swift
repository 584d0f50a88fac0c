/// The errors the Sandbox answers with, in the live API's format.
extension APIError {
  /// 404 for a number that is not one of the project's active numbers.
  static func activeNumberNotFound(_ number: String) -> APIError {
    .notFound("Number \(number) not found", resourceType: "ActiveNumber", name: number)
  }

  /// 404 for a number that is not in the inventory of numbers to rent.
  static func availableNumberNotFound(_ number: String) -> APIError {
    .notFound(
      "Number \(number) not found among available numbers", resourceType: "AvailableNumber",
      name: number)
  }

  /// 404 for a rent-any whose criteria no available number meets.
  static func noAvailableNumberMatches(regionCode: String, type: NumberType) -> APIError {
    .notFound(
      "No available \(regionCode) \(type.rawValue) number matches the criteria",
      resourceType: "AvailableNumber", name: "")
  }

  /// 400 for a value outside an enum, naming the values that are allowed.
  static func unknownValue<Value: OpenEnum>(_ value: Value, field: String) -> APIError {
    .invalidArgument(
      field: field,
      "\"\(value.rawValue)\" is not one of \(Value.knownValues.map(\.rawValue).joined(separator: ", "))")
  }

  /// 400 for a field the request must carry.
  static func missingValue(field: String, _ description: String) -> APIError {
    .invalidArgument(field: field, "required: \(description)")
  }

  /// 400 for a rent outside US `LOCAL`, which spec 1.0.3 sends to number orders.
  static func rentNeedsNumberOrder(regionCode: String, type: String, field: String) -> APIError {
    let what = [regionCode, type].filter { !$0.isEmpty }.joined(separator: " ")
    let description =
      "renting through availableNumbers supports US LOCAL numbers only; "
      + "order \(what) numbers with the Number Order API (numberOrders:createNumberOrder)"
    return APIError(
      httpStatus: 400, status: "INVALID_ARGUMENT", message: description,
      fieldViolations: [FieldViolation(field: field, description: description)])
  }
}

/// The same errors as the `NumbersAPI` methods throw them.
extension NumbersError {
  static func activeNumberNotFound(_ number: String) -> NumbersError {
    .api(.activeNumberNotFound(number))
  }

  static func availableNumberNotFound(_ number: String) -> NumbersError {
    .api(.availableNumberNotFound(number))
  }

  static func noAvailableNumberMatches(regionCode: String, type: NumberType) -> NumbersError {
    .api(.noAvailableNumberMatches(regionCode: regionCode, type: type))
  }

  static func invalidArgument(field: String, _ description: String) -> NumbersError {
    .api(.invalidArgument(field: field, description))
  }

  static func unknownValue<Value: OpenEnum>(_ value: Value, field: String) -> NumbersError {
    .api(.unknownValue(value, field: field))
  }

  static func missingValue(field: String, _ description: String) -> NumbersError {
    .api(.missingValue(field: field, description))
  }

  static func rentNeedsNumberOrder(regionCode: String, type: String, field: String) -> NumbersError {
    .api(.rentNeedsNumberOrder(regionCode: regionCode, type: type, field: field))
  }
}

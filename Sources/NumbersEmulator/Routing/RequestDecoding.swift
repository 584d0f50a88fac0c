import Foundation
import SinchNumbers

/// Turns the path, query and body of a Numbers request into the arguments of an API call; bad
/// input becomes the live API's 400 `INVALID_ARGUMENT`.
enum RequestDecoding {
  /// The phone number of the path, validated as E.164.
  static func phoneNumber(_ text: String?) throws(NumbersError) -> PhoneNumber {
    guard let text else { throw missing("phoneNumber") }
    do {
      return try PhoneNumber(text)
    } catch {
      throw .api(.invalidArgument(field: "phoneNumber", error.description))
    }
  }

  /// The filters of `GET activeNumbers`.
  static func activeNumberQuery(_ query: QueryParameters) throws(NumbersError) -> ActiveNumberQuery {
    ActiveNumberQuery(
      regionCode: query.first("regionCode"),
      type: query.first("type").map(NumberType.init(rawValue:)),
      capabilities: query.all("capability").map(NumberCapability.init(rawValue:)),
      pattern: query.first("numberPattern.pattern"),
      searchPattern: query.first("numberPattern.searchPattern").map(SearchPattern.init(rawValue:)),
      orderBy: query.first("orderBy").map(ActiveNumberOrder.init(rawValue:)),
      pageSize: try integer(query, "pageSize"),
      pageToken: query.first("pageToken"))
  }

  /// The filters of `GET availableNumbers`, where `regionCode` and `type` are required.
  static func availableNumberQuery(_ query: QueryParameters) throws(NumbersError) -> AvailableNumberQuery {
    guard let regionCode = query.first("regionCode"), !regionCode.isEmpty else {
      throw missing("regionCode")
    }
    guard let type = query.first("type"), !type.isEmpty else { throw missing("type") }
    return AvailableNumberQuery(
      regionCode: regionCode, type: NumberType(rawValue: type),
      capabilities: query.all("capabilities").map(NumberCapability.init(rawValue:)),
      pattern: query.first("numberPattern.pattern"),
      searchPattern: query.first("numberPattern.searchPattern").map(SearchPattern.init(rawValue:)),
      size: try integer(query, "size"))
  }

  /// The `types` filter of `GET availableRegions`.
  static func regionTypes(_ query: QueryParameters) -> [NumberType] {
    query.all("types").map(NumberType.init(rawValue:))
  }

  /// The JSON body as `Body`; an empty body is `empty` when the operation allows one.
  static func body<Body: Decodable>(_ type: Body.Type, from bytes: [UInt8], empty: Body?)
    throws(NumbersError) -> Body
  {
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
      if let empty { return empty }
      throw .api(invalidBody("a JSON body is required"))
    }
    do {
      return try JSONCoding.decoder.decode(Body.self, from: Data(bytes))
    } catch let error as DecodingError {
      throw .api(invalidBody(describe(error)))
    } catch {
      throw .api(invalidBody("the body is not valid JSON"))
    }
  }

  /// An optional int32 query parameter.
  private static func integer(_ query: QueryParameters, _ name: String) throws(NumbersError) -> Int? {
    guard let text = query.first(name) else { return nil }
    guard let value = Int32(text) else {
      throw .api(.invalidArgument(field: name, "'\(text)' is not an integer"))
    }
    return Int(value)
  }

  private static func missing(_ field: String) -> NumbersError {
    .api(
      APIError(
        httpStatus: 400, status: "INVALID_ARGUMENT", message: "\(field) is required",
        fieldViolations: [FieldViolation(field: field, description: "required field is missing")]))
  }

  private static func invalidBody(_ description: String) -> APIError {
    APIError(
      httpStatus: 400, status: "INVALID_ARGUMENT", message: "invalid request body: \(description)",
      fieldViolations: [FieldViolation(field: "body", description: description)])
  }

  /// A short reason naming the offending field, without Swift type names.
  private static func describe(_ error: DecodingError) -> String {
    func path(_ keys: [CodingKey]) -> String {
      keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
    switch error {
    case .keyNotFound(let key, let context):
      return "missing field \(path(context.codingPath + [key]))"
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return context.codingPath.isEmpty
        ? "expected a JSON object" : "wrong type for field \(path(context.codingPath))"
    case .dataCorrupted(let context):
      return context.codingPath.isEmpty
        ? "the body is not valid JSON" : "invalid value for field \(path(context.codingPath))"
    @unknown default:
      return "the body is not valid JSON"
    }
  }
}

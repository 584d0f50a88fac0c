/// A validated E.164 phone number: `+`, a first digit 1-9, 7 to 15 digits in all.
public struct PhoneNumber: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// The number in E.164 form, such as `+12086390939`.
  public let e164: String

  /// Validates `text` as written, without clean-up.
  public init(_ text: String) throws(PhoneNumberError) {
    try PhoneNumber.validate(text)
    e164 = text
  }

  /// Removes spaces, dashes, dots and parentheses, then validates: `"+1 (208) 639-0939"`.
  public init(cleaning text: String) throws(PhoneNumberError) {
    let removable: Set<Character> = [" ", "-", ".", "(", ")", "\t"]
    try self.init(String(text.filter { !removable.contains($0) }))
  }

  /// Why `text` is not an E.164 number, or nil when it is one.
  public static func problem(with text: String) -> PhoneNumberError? {
    do throws(PhoneNumberError) {
      try validate(text)
      return nil
    } catch {
      return error
    }
  }

  private static func validate(_ text: String) throws(PhoneNumberError) {
    guard let first = text.first else { throw .empty }
    guard first == "+" else { throw .missingPlus(text) }
    let digits = text.dropFirst()
    if let bad = digits.first(where: { !("0"..."9").contains($0) }) {
      throw .unexpectedCharacter(text, bad)
    }
    guard let leading = digits.first else { throw .tooFewDigits(text, 0) }
    guard leading != "0" else { throw .countryCodeStartsWithZero(text) }
    guard digits.count >= 7 else { throw .tooFewDigits(text, digits.count) }
    guard digits.count <= 15 else { throw .tooManyDigits(text, digits.count) }
  }

  /// The form used in a URL path: the `+` is sent literally.
  public var pathForm: String { e164 }

  /// The form used in a URL query: `+` is `%2B`, or a server reads it as a space.
  public var queryForm: String { "%2B" + e164.dropFirst() }

  public var description: String { e164 }

  public static func < (lhs: PhoneNumber, rhs: PhoneNumber) -> Bool { lhs.e164 < rhs.e164 }

  public init(from decoder: Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    do {
      try self.init(text)
    } catch {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: error.description))
    }
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(e164)
  }
}

/// Why a text is not an E.164 phone number.
public enum PhoneNumberError: Error, Hashable, Sendable, CustomStringConvertible {
  case empty
  case missingPlus(String)
  case unexpectedCharacter(String, Character)
  case countryCodeStartsWithZero(String)
  case tooFewDigits(String, Int)
  case tooManyDigits(String, Int)

  public var description: String {
    switch self {
    case .empty:
      "empty phone number"
    case .missingPlus(let text):
      "\(text): a phone number must start with + and the country code"
    case .unexpectedCharacter(let text, let character):
      "\(text): unexpected character '\(character)' in a phone number"
    case .countryCodeStartsWithZero(let text):
      "\(text): country code cannot start with 0"
    case .tooFewDigits(let text, let count):
      "\(text): too few digits (\(count); E.164 needs at least 7)"
    case .tooManyDigits(let text, let count):
      "\(text): too many digits (\(count); E.164 allows at most 15)"
    }
  }
}

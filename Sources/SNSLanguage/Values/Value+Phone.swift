import SinchNumbers

extension Value {
  /// The phone number this value stands for where a command expects one (LANGUAGE.md §3): a
  /// phone, a string holding one (spaces, dashes, dots and parentheses removed first), or a
  /// record with a `phoneNumber` field.
  public func phoneNumber() throws(ValueError) -> PhoneNumber {
    switch self {
    case .phone(let number):
      return number
    case .string(let text):
      do throws(PhoneNumberError) {
        return try PhoneNumber(cleaning: text)
      } catch {
        throw .invalidPhoneNumber(error)
      }
    case .record(let record):
      guard let field = record["phoneNumber"] else {
        throw .noSuchField(
          "phoneNumber", suggestion: closestName(to: "phoneNumber", among: record.keys),
          available: record.keys)
      }
      if case .record = field { throw .notAPhoneNumber("record") }
      return try field.phoneNumber()
    default:
      throw .notAPhoneNumber(typeName)
    }
  }
}

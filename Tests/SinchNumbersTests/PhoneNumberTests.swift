import SinchNumbers
import Testing

@Suite("PhoneNumber")
struct PhoneNumberTests {
  @Test("accepts E.164 numbers of 7 to 15 digits")
  func acceptsValidNumbers() throws {
    for text in ["+12086390939", "+4612345", "+123456789012345", "+447520651116"] {
      #expect(try PhoneNumber(text).e164 == text)
    }
  }

  @Test(
    "rejects malformed numbers with the reason",
    arguments: [
      ("", "empty phone number"),
      ("12086390939", "12086390939: a phone number must start with + and the country code"),
      ("+0123456789", "+0123456789: country code cannot start with 0"),
      ("+123456", "+123456: too few digits (6; E.164 needs at least 7)"),
      ("+1234567890123456", "+1234567890123456: too many digits (16; E.164 allows at most 15)"),
      ("+1208639093x", "+1208639093x: unexpected character 'x' in a phone number"),
      ("+", "+: too few digits (0; E.164 needs at least 7)"),
      ("+1 208 639 0939", "+1 208 639 0939: unexpected character ' ' in a phone number"),
    ])
  func rejectsWithReason(text: String, reason: String) {
    #expect(PhoneNumber.problem(with: text)?.description == reason)
    #expect(throws: PhoneNumberError.self) { try PhoneNumber(text) }
  }

  @Test("cleans spaces, dashes, dots and parentheses")
  func cleansPunctuation() throws {
    #expect(try PhoneNumber(cleaning: "+1 (208) 639-0939").e164 == "+12086390939")
    #expect(try PhoneNumber(cleaning: "+46.70.123.45.67").e164 == "+46701234567")
    #expect(throws: PhoneNumberError.self) { try PhoneNumber(cleaning: "(208) 639-0939") }
  }

  @Test("path form keeps the plus, query form encodes it")
  func pathAndQueryForms() throws {
    let number = try PhoneNumber("+12086390939")
    #expect(number.pathForm == "+12086390939")
    #expect(number.queryForm == "%2B12086390939")
  }
}

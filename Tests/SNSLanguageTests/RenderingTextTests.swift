import SinchNumbers
import Testing

@testable import SNSLanguage

@Suite("Rendering: the text form of echo and interpolation")
struct RenderingTextTests {
  @Test("strings are unquoted at the top level only")
  func strings() {
    #expect(Value.string("hi there").description == "hi there")
    #expect(Value.list(["a", 1]).description == "[\"a\", 1]")
    #expect(Value.record(["name": "x"]).description == "{name: \"x\"}")
  }

  @Test("scalars: null, bools, ints, decimals, phones")
  func scalars() throws {
    #expect(Value.null.description == "null")
    #expect(Value.bool(true).description == "true")
    #expect(Value.int(-42).description == "-42")
    #expect(Value.decimal(2.0).description == "2.0")
    #expect(Value.decimal(2.5).description == "2.5")
    #expect(Value.decimal(0.1).description == "0.1")
    #expect(Value.decimal(-0.75).description == "-0.75")
    #expect(Value.phone(try PhoneNumber("+12086390939")).description == "+12086390939")
  }

  @Test("nested values: lists, records, escapes, keys that are not identifiers")
  func nested() throws {
    let value: Value = [
      1, 2.5, "a \"b\"\n", .null, true, .phone(try PhoneNumber("+12086390939")), [], [:],
      ["first name": "Ann", "age": 3, "tags": ["x"]],
    ]
    #expect(
      value.description
        == "[1, 2.5, \"a \\\"b\\\"\\n\", null, true, +12086390939, [], {}, {\"first name\": \"Ann\", age: 3, tags: [\"x\"]}]"
    )
  }

  @Test("rendered as text is the text form")
  func renderedAsText() {
    #expect(Value.list([1, "a"]).rendered(as: .text) == "[1, \"a\"]")
    #expect(Value.string("plain").rendered(as: .text) == "plain")
  }
}

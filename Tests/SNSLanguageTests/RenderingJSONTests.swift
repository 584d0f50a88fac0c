import SinchNumbers
import Testing

@testable import SNSLanguage

@Suite("Rendering: JSON out and in")
struct RenderingJSONTests {
  @Test("pretty JSON keeps record order, writes phones as strings and decimals as numbers")
  func prettyOutput() throws {
    let value: Value = [
      [
        "number": .phone(try PhoneNumber("+12086390939")), "price": 2.0, "count": 3, "tags": ["a"],
        "none": .null, "ok": true, "empty": [], "nested": [:],
      ]
    ]
    let expected = """
      [
        {
          "number": "+12086390939",
          "price": 2.0,
          "count": 3,
          "tags": [
            "a"
          ],
          "none": null,
          "ok": true,
          "empty": [],
          "nested": {}
        }
      ]
      """
    #expect(value.rendered(as: .json) == expected)
    #expect(
      value.jsonText(pretty: false)
        == #"[{"number":"+12086390939","price":2.0,"count":3,"tags":["a"],"none":null,"ok":true,"empty":[],"nested":{}}]"#
    )
  }

  @Test("strings are escaped as JSON requires; / and non-ASCII are kept")
  func escaping() {
    #expect(Value.string("a\"b\\c\nd\te\u{01}/é").jsonText() == #""a\"b\\c\nd\te\u0001/é""#)
  }

  @Test("an API record in JSON has the API's field names and nulls")
  func apiRecord() {
    let json = Value(activeNumber: ValueFixtures.sales).jsonText(pretty: false)
    #expect(
      json.hasPrefix(
        #"{"phoneNumber":"+447520651116","projectId":"0994c893-4d74-4455-8259-4f5c68d92f6f","displayName":"""#
      ))
    #expect(json.contains(#""smsConfiguration":null"#))
    #expect(json.contains(#""money":{"currencyCode":"GBP","amount":"12.5"}"#))
  }

  @Test("parsing: integers to int, other numbers to decimal, objects in order")
  func parsing() throws {
    let value = try Value(
      jsonText:
        #" {"z": 1, "a": [1.5, -2, 1e2, 0.0, 9223372036854775808], "s": "x\u00e9\ud83d\ude00\/", "n": null, "t": false} "#
    )
    let expected: Value = [
      "z": 1, "a": [1.5, -2, 100.0, 0.0, 9_223_372_036_854_775_808.0], "s": "xé😀/", "n": .null, "t": false,
    ]
    #expect(value.isIdentical(to: expected))
  }

  @Test("round trip: rendering then parsing gives the same value back, phones as strings")
  func roundTrip() throws {
    let original = Value.list([
      Value(activeNumber: ValueFixtures.support), Value(activeNumber: ValueFixtures.sales),
    ])
    let parsed = try Value(jsonText: original.jsonText())
    #expect(parsed == original)
    #expect(try parsed.element(at: 0).field("phoneNumber").typeName == "string")
    #expect(try Value(jsonText: parsed.jsonText(pretty: false)).isIdentical(to: parsed))
  }

  @Test(
    "malformed JSON is an error with line and column",
    arguments: [
      ("{\"a\": 1,\n  \"b\" 2}", "invalid JSON at line 2, column 7: expected ':' after the key \"b\""),
      ("[1, 2", "invalid JSON at line 1, column 6: expected ',' or ']' after a value in an array"),
      ("", "invalid JSON at line 1, column 1: unexpected end of input; expected a value"),
      ("[01]", "invalid JSON at line 1, column 3: a number cannot start with 0"),
      ("{\"a\": tru}", "invalid JSON at line 1, column 7: unexpected 't'; expected a value"),
      ("\"abc", "invalid JSON at line 1, column 1: unterminated string"),
      ("[1] x", "invalid JSON at line 1, column 5: unexpected text after the JSON value"),
      ("\"é\" ü", "invalid JSON at line 1, column 5: unexpected text after the JSON value"),
      ("\"a\\qb\"", "invalid JSON at line 1, column 3: invalid escape \\q"),
    ])
  func malformed(text: String, message: String) {
    #expect(throws: DataFormatError.self) { try Value(jsonText: text) }
    do {
      _ = try Value(jsonText: text)
    } catch {
      #expect(error.description == message)
    }
  }

  @Test("nesting deeper than the limit is refused instead of overflowing the stack")
  func depthLimit() {
    let deep = String(repeating: "[", count: 10_000)
    #expect(throws: DataFormatError.self) { try Value(jsonText: deep) }
  }
}

import SinchNumbers
import Testing

@testable import SNSLanguage

@Suite("Rendering: CSV out and in")
struct RenderingCSVTests {
  @Test("a list of records: header, rows, nested fields dotted, RFC 4180 quoting")
  func listOfRecords() throws {
    let list: Value = [
      ["name": "Support, US", "note": "say \"hi\"", "money": ["amount": "2.0"], "tags": ["SMS", "VOICE"]],
      ["name": "two\nlines", "extra": .null, "phone": .phone(try PhoneNumber("+12086390939"))],
    ]
    let expected = """
      name,note,money.amount,tags,extra,phone
      "Support, US","say ""hi\""",2.0,"SMS, VOICE",,
      "two
      lines",,,,,+12086390939
      """
    #expect(list.rendered(as: .csv) == expected)
  }

  @Test("a record is one row with a header; a scalar is the value")
  func recordAndScalar() {
    #expect(Value.record(["a": 1, "b": "x"]).rendered(as: .csv) == "a,b\n1,x")
    #expect(Value.string("plain").rendered(as: .csv) == "plain")
    #expect(Value.list(["a,b", 2]).rendered(as: .csv) == "\"a,b\"\n2")
    #expect(Value.list([]).rendered(as: .csv) == "")
  }

  @Test("parsing: header names the fields, values stay strings, quotes and CRLF handled")
  func parsing() throws {
    let text = "name,count,note\r\n\"Support, US\",3,\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\r\n"
    let expected: Value = [
      ["name": "Support, US", "count": "3", "note": "say \"hi\""],
      ["name": "two\nlines", "count": "", "note": "x"],
    ]
    #expect(try Value(csvText: text).isIdentical(to: expected))
  }

  @Test("dotted headers become nested records; blank lines and a BOM are skipped")
  func nestedHeaders() throws {
    let text = "\u{FEFF}phoneNumber,money.amount,money.currencyCode\n\n+12086390939,2.0,USD\n"
    let expected: Value = [
      ["phoneNumber": "+12086390939", "money": ["amount": "2.0", "currencyCode": "USD"]]
    ]
    #expect(try Value(csvText: text).isIdentical(to: expected))
    #expect(try Value(csvText: "a,a.b\n1,2").isIdentical(to: [["a": "1", "a.b": "2"]]))
    #expect(try Value(csvText: "").isIdentical(to: []))
    #expect(try Value(csvText: "a,b\n").isIdentical(to: []))
  }

  @Test("round trip: save-like rendering then parsing keeps fields and text")
  func roundTrip() throws {
    let original: Value = [
      ["name": "a, \"quoted\"", "nested": ["x": "1", "y": "two\nlines"]],
      ["name": "", "nested": ["x": "3", "y": ""]],
    ]
    #expect(try Value(csvText: original.csvText).isIdentical(to: original))
  }

  @Test(
    "malformed CSV is an error with the line",
    arguments: [
      ("a,b\n1,2,3", "invalid CSV at line 2: 3 fields, but the header has 2"),
      ("a,b\n\"1,2", "invalid CSV at line 2: unterminated quoted field"),
      ("a,b\n\"1\"x,2", "invalid CSV at line 2: unexpected 'x' after a closing quote"),
      ("a,a\n1,2", "invalid CSV at line 1: duplicate column 'a' in the header"),
      ("a\n\"x\ny\"\n1,2", "invalid CSV at line 4: 2 fields, but the header has 1"),
    ])
  func malformed(text: String, message: String) {
    do {
      _ = try Value(csvText: text)
      Issue.record("no error for \(text)")
    } catch {
      #expect(error.description == message)
    }
  }
}

@Suite("Rendering: columns of records whose nested fields are sometimes null")
struct RenderingNullNestedTests {
  @Test("a nested record null in one record adds no column of its own; its fields stay together")
  func nullNestedRecord() {
    let list: Value = [
      ["a": 1, "sms": .null, "z": 2],
      ["a": 3, "sms": ["plan": "p", "campaign": "c"], "z": 4],
    ]
    #expect(list.rendered(as: .csv) == "a,sms.plan,sms.campaign,z\n1,,,2\n3,p,c,4")
  }
}

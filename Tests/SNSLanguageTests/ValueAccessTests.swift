import SinchNumbers
import Testing

@testable import SNSLanguage

@Suite("Value access: fields, indexes, membership")
struct ValueAccessTests {
  let number = Value(activeNumber: ValueFixtures.support)

  @Test("a field is read by name, and a dotted path through nested records")
  func fieldAccess() throws {
    #expect(try number.field("displayName") == "Support")
    #expect(
      try number.field(path: ["smsConfiguration", "servicePlanId"]) == "957ae16ae12d4942b91b61eda5e4ed6b")
  }

  @Test("a missing field names the field and suggests the closest existing one")
  func fieldSuggestion() {
    #expect(throws: ValueError.self) { try number.field("dispayName") }
    do {
      _ = try number.field("dispayName")
    } catch {
      #expect(error.description == "record has no field 'dispayName'; did you mean 'displayName'?")
    }
    #expect(closestName(to: "Regioncode", among: ["regionCode", "type"]) == "regionCode")
    #expect(closestName(to: "name", among: ["phoneNumber", "displayName"]) == "displayName")
    #expect(closestName(to: "xyz", among: ["phoneNumber", "displayName"]) == nil)
    // Swapped neighbours are one typo.
    #expect(closestName(to: "nmae", among: ["name", "type"]) == "name")
    #expect(closestName(to: "regoinCode", among: ["regionCode", "type"]) == "regionCode")
  }

  @Test("a missing field with nothing close lists a small record's fields")
  func fieldListing() {
    let record: Value = ["a": 1, "b": 2]
    #expect(throws: ValueError.noSuchField("zzz", suggestion: nil, available: ["a", "b"])) {
      try record.field("zzz")
    }
    #expect(
      ValueError.noSuchField("zzz", suggestion: nil, available: ["a", "b"]).description
        == "record has no field 'zzz'; fields: a, b")
  }

  @Test("fields of non-records are errors; a list points at get")
  func fieldOfNonRecord() {
    #expect(throws: ValueError.notARecord(field: "x", typeName: "null")) { try Value.null.field("x") }
    #expect(
      ValueError.notARecord(field: "x", typeName: "list").description
        == "cannot read field 'x' of a list; use 'get x' to read it from each item")
  }

  @Test("indexes are zero-based; negative ones count from the end")
  func indexing() throws {
    let list: Value = [10, 20, 30]
    #expect(try list.element(at: 0) == 10)
    #expect(try list.element(at: -1) == 30)
    #expect(try list.element(at: -3) == 10)
    #expect(try Value.string("héllo").element(at: 1) == "é")
    #expect(try number.element(at: "regionCode") == "US")
  }

  @Test("indexes outside, of the wrong type, or on scalars are errors")
  func indexErrors() {
    let list: Value = [10, 20, 30]
    #expect(throws: ValueError.indexOutOfRange(3, count: 3)) { try list.element(at: 3) }
    #expect(throws: ValueError.indexOutOfRange(-4, count: 3)) { try list.element(at: -4) }
    #expect(ValueError.indexOutOfRange(3, count: 3).description == "index 3 is out of range for 3 items")
    #expect(throws: ValueError.invalidIndex(container: "list", index: "string")) { try list.element(at: "a") }
    #expect(
      ValueError.invalidIndex(container: "list", index: "string").description
        == "list index must be an int, not string")
    #expect(throws: ValueError.notIndexable("int")) { try Value.int(5).element(at: 0) }
  }

  @Test("in tests list membership, substrings and record keys")
  func membership() throws {
    #expect(try Value.list([1, "a"]).contains(1.0))
    #expect(try !Value.list([1, "a"]).contains("b"))
    #expect(try Value.string("Support desk").contains("desk"))
    #expect(try Value.phone(PhoneNumber("+12086390939")).contains("208"))
    #expect(try number.contains("money"))
    #expect(try !number.contains("price"))
    #expect(try Value.list([.phone(PhoneNumber("+12086390939"))]).contains("+12086390939"))
    #expect(throws: ValueError.invalidMembership(element: "int", container: "string")) {
      try Value.string("123").contains(1)
    }
    #expect(throws: ValueError.invalidMembership(element: "string", container: "int")) {
      try Value.int(1).contains("1")
    }
  }
}

@Suite("Value as a phone number")
struct ValuePhoneTests {
  @Test("a phone, a string holding one, or a record with a phoneNumber field")
  func accepted() throws {
    let expected = try PhoneNumber("+12086390939")
    #expect(try Value.phone(expected).phoneNumber() == expected)
    #expect(try Value.string("+1 (208) 639-0939").phoneNumber() == expected)
    #expect(try Value(activeNumber: ValueFixtures.support).phoneNumber() == expected)
    #expect(try Value.record(["phoneNumber": "+12086390939"]).phoneNumber() == expected)
  }

  @Test("anything else is an error that says why")
  func refused() {
    #expect(throws: ValueError.invalidPhoneNumber(.countryCodeStartsWithZero("+0123456789"))) {
      try Value.string("+0123456789").phoneNumber()
    }
    #expect(
      ValueError.invalidPhoneNumber(.countryCodeStartsWithZero("+0123")).description
        == "+0123: country code cannot start with 0")
    #expect(throws: ValueError.notAPhoneNumber("int")) { try Value.int(12_086_390_939).phoneNumber() }
    #expect(ValueError.notAPhoneNumber("int").description == "expected a phone number, not int")
    #expect(throws: ValueError.self) { try Value.record(["name": "x"]).phoneNumber() }
  }
}

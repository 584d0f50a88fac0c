import Foundation
import SinchNumbers
import Testing

@testable import SNSLanguage

@Suite("Value basics: truthiness, equality, ordering")
struct ValueTests {
  @Test("falsy values are false, null, 0, 0.0, empty string, list and record; the rest are truthy")
  func truthiness() throws {
    let falsy: [Value] = [false, .null, 0, 0.0, "", [], [:]]
    let truthy: [Value] = [
      true, -1, 0.5, "0", "false", [.null], ["a": .null], .phone(try PhoneNumber("+12086390939")),
    ]
    #expect(falsy.filter { $0.isTruthy }.isEmpty)
    #expect(truthy.allSatisfy { $0.isTruthy })
  }

  @Test("type names are the ones the type command reports")
  func typeNames() throws {
    let values: [Value] = [.null, true, 1, 1.5, "s", .phone(try PhoneNumber("+12086390939")), [], [:]]
    #expect(
      values.map(\.typeName) == ["null", "bool", "int", "decimal", "string", "phone", "list", "record"])
  }

  @Test("int and decimal compare by value; 2 == 2.0")
  func numbersEqualAcrossTypes() {
    #expect(Value.int(2) == .decimal(2.0))
    #expect(Value.decimal(2.5) != .int(2))
    #expect(Value.int(9_007_199_254_740_993) != .decimal(9_007_199_254_740_992.0))
    #expect(Set<Value>([.int(2), .decimal(2.0)]).count == 1)
  }

  @Test("a phone equals a string holding the same number, cleaned of punctuation")
  func phoneEqualsString() throws {
    let phone = Value.phone(try PhoneNumber("+12086390939"))
    #expect(phone == "+12086390939")
    #expect(Value.string("+1 (208) 639-0939") == phone)
    #expect(phone != "+12086390930")
    #expect(Set<Value>([phone, "+12086390939"]).count == 1)
  }

  @Test("unrelated types are unequal rather than an error")
  func unrelatedTypesUnequal() {
    #expect(Value.int(1) != "1")
    #expect(Value.null != false)
    #expect(Value.int(0) != .null)
    #expect(Value.list([]) != .record(Record()))
  }

  @Test("lists compare item by item, records field by field in any order")
  func structuralEquality() {
    #expect(Value.list([1, "a"]) == [1.0, "a"])
    #expect(Value.list([1, 2]) != [2, 1])
    let ordered: Value = ["a": 1, "b": 2]
    let reordered: Value = ["b": 2, "a": 1]
    #expect(ordered == reordered)
    #expect(ordered.hashValue == reordered.hashValue)
    #expect(ordered != ["a": 1])
  }

  @Test("isIdentical tells 2 from 2.0 and field order apart")
  func identity() {
    #expect(!Value.int(2).isIdentical(to: .decimal(2.0)))
    #expect(Value.list([1, "x"]).isIdentical(to: [1, "x"]))
    #expect(!Value.record(["a": 1, "b": 2]).isIdentical(to: ["b": 2, "a": 1]))
  }

  @Test("numbers, strings and phones are ordered")
  func ordering() throws {
    #expect(try Value.int(1).compare(to: .int(2)) == .orderedAscending)
    #expect(try Value.decimal(2.5).compare(to: .int(2)) == .orderedDescending)
    #expect(try Value.int(2).compare(to: .decimal(2.0)) == .orderedSame)
    #expect(try Value.int(Int.max).compare(to: .decimal(9.3e18)) == .orderedAscending)
    #expect(try Value.string("abc").compare(to: "abd") == .orderedAscending)
    let phone = Value.phone(try PhoneNumber("+12086390939"))
    #expect(try phone.compare(to: "+12086390940") == .orderedAscending)
    #expect(try phone.compare(to: .phone(try PhoneNumber("+12086390939"))) == .orderedSame)
    #expect(try Value.bool(false).compare(to: true) == .orderedAscending)
  }

  @Test("ordering unrelated types is an error that names both")
  func orderingUnrelatedTypes() {
    #expect(throws: ValueError.cannotCompare("int", "string")) { try Value.int(1).compare(to: "1") }
    #expect(ValueError.cannotCompare("int", "string").description == "cannot compare int with string")
    #expect(throws: ValueError.cannotCompare("null", "int")) { try Value.null.compare(to: 1) }
    #expect(throws: ValueError.cannotCompare("list", "list")) { try Value.list([]).compare(to: []) }
  }

  @Test("sortsBefore orders every value: null, bools, numbers, text, lists, records")
  func totalOrder() {
    let mixed: [Value] = [["a": 1], [2], "b", 1.5, .null, true, 1, "a", [1, 2]]
    let sorted = mixed.sorted { $0.sortsBefore($1) }
    #expect(
      sorted.map(\.literalText) == ["null", "true", "1", "1.5", "\"a\"", "\"b\"", "[1, 2]", "[2]", "{a: 1}"])
  }

  @Test("records keep field order; setting a new key appends, nil removes")
  func recordOrder() {
    var record: Record = ["b": 1, "a": 2]
    record["c"] = 3
    record["b"] = 4
    #expect(record.keys == ["b", "a", "c"])
    #expect(record.values == [4, 2, 3])
    record["a"] = nil
    #expect(record.keys == ["b", "c"])
    #expect(Record([("x", 1), ("y", 2), ("x", 3)]).fields.map(\.key) == ["x", "y"])
    #expect(Record([("x", 1), ("y", 2), ("x", 3)])["x"] == 3)
  }
}

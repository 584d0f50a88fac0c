import Testing

@testable import SNSLanguage

@Suite("Value arithmetic")
struct ValueArithmeticTests {
  @Test("int op int stays int; int / int truncates toward zero")
  func integerArithmetic() throws {
    #expect(try Value.add(2, 3).isIdentical(to: 5))
    #expect(try Value.subtract(2, 3).isIdentical(to: -1))
    #expect(try Value.multiply(4, 3).isIdentical(to: 12))
    #expect(try Value.divide(7, 2).isIdentical(to: 3))
    #expect(try Value.divide(-7, 2).isIdentical(to: -3))
    #expect(try Value.remainder(7, 3).isIdentical(to: 1))
    #expect(try Value.remainder(-7, 3).isIdentical(to: -1))
    #expect(try Value.remainder(.int(Int.min), -1).isIdentical(to: 0))
  }

  @Test("a decimal operand makes the result decimal")
  func decimalArithmetic() throws {
    #expect(try Value.add(1, 0.5).isIdentical(to: 1.5))
    #expect(try Value.multiply(2, 1.0).isIdentical(to: 2.0))
    #expect(try Value.divide(7, 2.0).isIdentical(to: 3.5))
    #expect(try Value.remainder(7.5, 2).isIdentical(to: 1.5))
    #expect(try Value.apply(.subtract, 0.5, 1).isIdentical(to: -0.5))
  }

  @Test("+ joins strings, lists and records")
  func joining() throws {
    #expect(try Value.add("ab", "cd") == "abcd")
    #expect(try Value.add([1], [2, "x"]) == [1, 2, "x"])
    let merged = try Value.add(["a": 1, "b": 2], ["b": 3, "c": 4])
    #expect(merged.isIdentical(to: ["a": 1, "b": 3, "c": 4]))
  }

  @Test("division and remainder by zero are errors, for ints and decimals")
  func divisionByZero() {
    #expect(throws: ValueError.divisionByZero) { try Value.divide(1, 0) }
    #expect(throws: ValueError.divisionByZero) { try Value.divide(1.5, 0.0) }
    #expect(throws: ValueError.divisionByZero) { try Value.remainder(1, 0) }
    #expect(throws: ValueError.divisionByZero) { try Value.remainder(1, 0.0) }
    #expect(ValueError.divisionByZero.description == "division by zero")
  }

  @Test("int overflow is an error, not a trap")
  func overflow() {
    #expect(throws: ValueError.overflow(.add)) { try Value.add(.int(Int.max), 1) }
    #expect(throws: ValueError.overflow(.subtract)) { try Value.subtract(.int(Int.min), 1) }
    #expect(throws: ValueError.overflow(.multiply)) { try Value.multiply(.int(Int.max), 2) }
    #expect(throws: ValueError.overflow(.divide)) { try Value.divide(.int(Int.min), -1) }
    #expect(throws: ValueError.overflow(.subtract)) { try Value.negate(.int(Int.min)) }
    #expect(throws: ValueError.overflow(.multiply)) { try Value.multiply(1e308, 10) }
    #expect(ValueError.overflow(.add).description == "number too large: addition overflows")
  }

  @Test("mixing text and numbers is an error that points at interpolation")
  func textAndNumbers() {
    #expect(throws: ValueError.unsupportedOperands(.add, "string", "int")) { try Value.add("n=", 1) }
    #expect(
      ValueError.unsupportedOperands(.add, "string", "int").description
        == "cannot add string and int (use str, or interpolation such as \"$a$b\", to join text)")
    #expect(
      ValueError.unsupportedOperands(.multiply, "list", "int").description == "cannot multiply list and int")
    #expect(throws: ValueError.unsupportedOperands(.divide, "null", "int")) { try Value.divide(.null, 2) }
    #expect(throws: ValueError.unsupportedOperands(.add, "list", "int")) { try Value.add([1], 2) }
    #expect(throws: ValueError.cannotNegate("string")) { try Value.negate("x") }
  }

  @Test("unary minus negates ints and decimals")
  func negation() throws {
    #expect(try Value.negate(5).isIdentical(to: -5))
    #expect(try Value.negate(0.25).isIdentical(to: -0.25))
  }

  // Speed is the benchmark's business (scripts/bench/run), not a timed test's.
  @Test("a million additions of int values stay exact ints")
  func manyAdditions() throws {
    var sum = Value.int(0)
    for index in 0..<1_000_000 {
      sum = try Value.add(sum, Value.multiply(.int(index), 2))
    }
    #expect(sum.isIdentical(to: .int(999_999_000_000)))
  }
}

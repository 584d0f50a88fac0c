import Foundation
import Testing

@testable import SNSLanguage

@Suite("Interpreter: data, general and session commands")
struct InterpreterCommandTests {
  @Test func sortIsStableAndReversible() async throws {
    let source = """
      rows = [{k: 2, n: "a"}, {k: 1, n: "b"}, {k: 2, n: "c"}]
      $rows | sort k | get n | join ""
      $rows | sort k -r | get n | join ""
      [3, 1, 2] | sort -r | join ","
      """
    #expect(try await output(of: source) == "bac\nacb\n3,2,1\n")
  }

  @Test func firstLastCountUniqReverseFlatten() async throws {
    let source = """
      l = [1, 2, 2, 3]
      $l | first
      $l | last 2 | join ","
      count $l
      $l | uniq | join ","
      $l | reverse | join ","
      [[1], [2, [3]], 4] | flatten | count
      [] | first | type
      """
    #expect(try await output(of: source) == "1\n2,3\n4\n1,2,3\n3,2,2,1\n4\nnull\n")
  }

  @Test func selectGetGroup() async throws {
    let source = """
      rows = [{a: 1, m: {x: 5}, z: 0}, {a: 2, m: {x: 6}, z: 0}]
      $rows | select a m.x | to json
      $rows | get m.x | join ","
      $rows[0] | get a
      g = ([{t: "A"}, {t: "B"}, {t: "A"}] | group t)
      keys $g | join ","
      $g.A | count
      """
    let expected = """
      [
        {
          "a": 1,
          "m.x": 5
        },
        {
          "a": 2,
          "m.x": 6
        }
      ]
      5,6
      1
      A,B
      2

      """
    #expect(try await output(of: source) == expected)
  }

  @Test func toAndFromRoundTrip() async throws {
    let source = """
      '[{"a": 1}]' | from json | get a | join ""
      "a,b\\n1,2" | from csv | to json
      [1, "x"] | to text
      """
    let text = try await output(of: source)
    #expect(text.hasPrefix("1\n"))
    #expect(text.hasSuffix("[1, \"x\"]\n"))
  }

  @Test func openAndSaveFiles() async throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("sns-\(UUID().uuidString).json")
      .path
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(
      try await output(of: "[{a: 1}, {a: 2}] | save \"\(path)\"\nopen \"\(path)\" | get a | join \"+\"")
        == "1+2\n")
  }

  @Test func generalCommands() async throws {
    let source = """
      echo a 1 [1, "b"] {k: "v"}
      len "héllo"; len [1, 2]; type 2.5; str 3 | type
      int "42"; int 2.9; decimal 2; upper "ab"; lower "AB"; trim "  x  "
      split "a,b" "," | count; join ["a", "b"] "-"; replace "aXbX" "X" "y"
      keys {a: 1, b: 2} | join ""; values {a: 1, b: 2} | join ""
      """
    let expected =
      "a 1 [1, \"b\"] {k: \"v\"}\n5\n2\ndecimal\nstring\n42\n2\n2.0\nAB\nab\nx\n2\na-b\nayby\nab\n12\n"
    #expect(try await output(of: source) == expected)
  }

  @Test func conversionsReportBadInput() async throws {
    #expect(try await failure(of: "int \"x1\"") == "1:1: cannot read \"x1\" as an int")
  }

  @Test func confirmIsFalseWithoutAPersonAndTrueWithYes() async throws {
    #expect(try await output(of: "confirm \"ok?\"") == "false\n")
    var settings = SessionSettings()
    settings.assumeYes = true
    #expect(try await output(of: "confirm \"ok?\"", settings: settings) == "true\n")
  }

  @Test func inputReadsALine() async throws {
    let run = try await runSnippet(
      "x = (input \"name: \")\necho \"hi $x\"", io: CapturingIO(inputLines: ["Ann"]))
    #expect(run.output == "hi Ann\n")
  }

  @Test func sleepIsCancellable() async throws {
    let task = Task { try await runSnippet("sleep 30") }
    try await Task.sleep(nanoseconds: 50_000_000)
    task.cancel()
    let run = try await task.value
    #expect(run.status == 130)
  }

  @Test func longLoopsStopWhenCancelled() async throws {
    let task = Task { try await runSnippet("i = 0\nwhile true { i += 1 }") }
    try await Task.sleep(nanoseconds: 50_000_000)
    task.cancel()
    #expect(try await task.value.status == 130)
  }

  @Test func optionChangesTheOutputMode() async throws {
    #expect(try await output(of: "option output json\n{a: 1}") == "{\n  \"a\": 1\n}\n")
    #expect(try await failure(of: "option outptu json").hasSuffix("did you mean 'output'?"))
  }

  @Test func helpCoversCommandsAndKeywords() async throws {
    let overview = try await output(of: "help")
    #expect(overview.contains("sort"))
    #expect(overview.contains("keywords"))
    #expect(try await output(of: "help first").contains("example:\n  ls | first 3"))
    #expect(try await output(of: "help while").contains("example:"))
    #expect(try await failure(of: "help sortt").hasSuffix("did you mean 'sort'?"))
  }

  @Test func everyCommandAndKeywordHasHelp() {
    for command in BuiltinRegistry.standard.commands {
      #expect(!command.example.isEmpty, "\(command.name) has no example")
      #expect(!command.summary.isEmpty, "\(command.name) has no summary")
    }
    for keyword in [
      "if", "else", "for", "in", "while", "def", "return", "break", "continue", "try", "catch",
      "and", "or", "not", "true", "false", "null", "where", "each", "exit", "source",
    ] {
      #expect(KeywordHelp.named(keyword) != nil, "\(keyword) has no help")
    }
  }

  @Test func varsListsGlobalsAndFunctions() async throws {
    let text = try await output(
      of: "zeta = 1\ndef f(a) { }\nvars | where .name != '$env' | get name | join \" \"")
    #expect(text == "$args $last $zeta f(a)\n")
  }

  @Test func statusDescribesTheSession() async throws {
    #expect(try await output(of: "(status).output") == "table\n")
  }
}

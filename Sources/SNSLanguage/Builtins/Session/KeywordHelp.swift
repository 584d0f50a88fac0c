/// Help for the words that are not commands in the registry: keywords, statements and the
/// special forms `where` and `each`, so that `help NAME` answers for every word of the language.
struct KeywordHelp: Sendable {
  let name: String
  let usage: String
  let summary: String
  let example: String

  static let all: [KeywordHelp] = [
    .init(
      name: "if", usage: "if COND { ... } else if COND { ... } else { ... }",
      summary: "runs the first block whose condition is truthy",
      example: "if $n > 3 { echo \"many\" } else { echo \"few\" }"),
    .init(
      name: "else", usage: "if COND { ... } else { ... }",
      summary: "the block run when no condition of an if holds",
      example: "if $ok { echo yes } else { echo no }"),
    .init(
      name: "for", usage: "for NAME in LIST|RANGE|RECORD { ... }",
      summary: "runs the block once per item; a record gives {key, value} items",
      example: "for i in 1..3 { echo $i }"),
    .init(
      name: "in", usage: "for NAME in EXPR { ... }   or   A in B",
      summary: "the sequence of a for loop; as an operator: list membership, substring, record key",
      example: "if \"US\" in [\"US\", \"CA\"] { echo yes }"),
    .init(
      name: "while", usage: "while COND { ... }", summary: "runs the block while the condition is truthy",
      example: "i = 0; while $i < 3 { i += 1 }"),
    .init(
      name: "break", usage: "break", summary: "leaves the innermost for or while loop",
      example: "for i in 1..10 { if $i > 3 { break } }"),
    .init(
      name: "continue", usage: "continue", summary: "goes on with the next pass of the innermost loop",
      example: "for i in 1..5 { if $i % 2 == 0 { continue }; echo $i }"),
    .init(
      name: "def", usage: "def NAME(A, B = DEFAULT) { ... }",
      summary: "defines a function, called like a command: NAME 1 B=2",
      example: "def greet(name, greeting = \"hello\") { \"$greeting, $name\" }"),
    .init(
      name: "return", usage: "return [VALUE]", summary: "ends a function with a value (null by default)",
      example: "def double(x) { return ($x * 2) }"),
    .init(
      name: "try", usage: "try { ... } catch ERR { ... }",
      summary:
        "runs the catch block if the try block fails; ERR is {message, kind, status, code, line, column}",
      example: "try { show +12086390000 } catch e { echo $e.message }"),
    .init(
      name: "catch", usage: "try { ... } catch ERR { ... }", summary: "the block run when a try block fails",
      example: "try { error \"boom\" } catch e { echo $e.kind }"),
    .init(
      name: "and", usage: "A and B", summary: "B if A is truthy, else A (B is not evaluated)",
      example: "if $n > 0 and $n < 10 { echo ok }"),
    .init(
      name: "or", usage: "A or B", summary: "A if A is truthy, else B",
      example: "name = $n.displayName or \"(none)\""),
    .init(name: "not", usage: "not A", summary: "true if A is falsy", example: "if not $list { echo empty }"),
    .init(name: "true", usage: "true", summary: "the boolean true", example: "option dry-run on; x = true"),
    .init(
      name: "false", usage: "false", summary: "the boolean false; falsy like null, 0, \"\", [] and {}",
      example: "done = false"),
    .init(
      name: "null", usage: "null", summary: "no value; what commands that only print return",
      example: "x = $r.name ?? null"),
    .init(
      name: "exit", usage: "exit [CODE]", summary: "ends the script with status CODE (0 by default)",
      example: "if (ls | count) == 0 { exit 3 }"),
    .init(
      name: "source", usage: "source FILE", summary: "runs another script in the current scope",
      example: "source \"lib.sns\""),
    .init(
      name: "where", usage: "... | where EXPR",
      summary: "keeps the items for which EXPR (with $it) is truthy",
      example: "ls | where .regionCode == \"US\""),
    .init(
      name: "each", usage: "... | each [-j N] { ... }",
      summary: "the block's value for each item ($it); -j N runs up to N at once, results in input order",
      example: "ls | each -j 4 { $it.phoneNumber }"),
  ]

  /// The entry for `name`.
  static func named(_ name: String) -> KeywordHelp? { all.first { $0.name == name } }
}

import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One piece of bad input and what `sns` must say about it.
struct BadInput: Sendable, CustomTestStringConvertible {
  enum Category: String, Sendable {
    case lexer, parser, phone, runtime, files, config, api
  }

  var category: Category
  var name: String
  /// The command line; `$API` stands for the canned server's (or the refusing port's) origin.
  var arguments: [String]
  var input: [UInt8] = []
  /// Files made in the working directory before the run.
  var files: [String: [UInt8]] = [:]
  /// The config file's bytes and mode; `configIsFolder` makes a folder there instead.
  var config: [UInt8]?
  var configMode: Int = 0o600
  var configIsFolder = false
  var environment: [String: String] = [:]
  /// Every request to `$API` gets this answer.
  var server: CannedResponse?
  /// `$API` names a loopback port that refuses connections.
  var refusedConnection = false
  /// 1 for a runtime error, 2 for a syntax or usage error (LANGUAGE.md §1).
  var status: Int32
  /// Fragments stderr must contain, the place first; `$CONFIG` and `$PORT` are filled in.
  var expected: [String]
  /// The exact stdout, when it matters (nothing runs after a syntax error).
  var output: String? = nil

  var testDescription: String { "\(category.rawValue): \(name)" }

  /// `sns -c TEXT`: errors are placed as `<command>:LINE:COL`.
  static func command(
    _ category: Category, _ name: String, _ text: String, status: Int32, _ expected: String...
  ) -> BadInput {
    BadInput(category: category, name: name, arguments: ["-c", text], status: status, expected: expected)
  }

  /// `sns bad.sns` with these bytes in the file: errors are placed as `bad.sns:LINE:COL`.
  static func script(
    _ category: Category, _ name: String, _ bytes: [UInt8], status: Int32, _ expected: String...
  ) -> BadInput {
    BadInput(
      category: category, name: name, arguments: ["bad.sns"], files: ["bad.sns": bytes], status: status,
      expected: expected, output: "")
  }

  /// A config file with `text` and `mode`, and a script that never gets to run.
  static func config(_ name: String, _ text: String, mode: Int = 0o600, _ expected: String...) -> BadInput {
    BadInput(
      category: .config, name: name, arguments: ["-c", "echo ran"], config: Array(text.utf8),
      configMode: mode,
      status: 2, expected: expected, output: "")
  }

  /// A command against a server that answers everything with `response`, basic auth so that the
  /// Numbers call itself gets the canned answer.
  static func api(
    _ name: String, _ text: String, _ response: CannedResponse, auth: String = "basic", _ expected: String...
  ) -> BadInput {
    BadInput(
      category: .api, name: name, arguments: ["--api", "$API", "-c", text],
      environment: ["SINCH_AUTH": auth], server: response, status: 1, expected: expected)
  }
}

extension BadInput {
  /// The table: every case is distinct, and each names what is wrong and where.
  static let all: [BadInput] = lexer + parser + phone + runtime + files + configuration + api

  static let lexer: [BadInput] = [
    .command(
      .lexer, "unterminated string", #"echo "abc"#, status: 2, "<command>:1:6: error: unterminated string"),
    .script(
      .lexer, "string left open in a block runs to the end of the file",
      Array("if true {\n  echo \"abc\n}\n".utf8),
      status: 2, "bad.sns:2:8: error: unterminated string"),
    .command(
      .lexer, "unknown escape", #"echo "a\qb""#, status: 2, "<command>:1:8: error: unknown escape '\\q'"),
    .command(
      .lexer, "escape beyond Unicode", #"echo "\u{110000}""#, status: 2,
      "<command>:1:7: error: \\u{110000} is not a Unicode character"),
    .script(
      .lexer, "invalid UTF-8 in a string", Array("echo \"a".utf8) + [0xFF, 0xFE] + Array("b\"\n".utf8),
      status: 2, "bad.sns:1:8: error: invalid UTF-8 byte 0xFF in string"),
    .script(
      .lexer, "invalid UTF-8 in a word", Array("echo a".utf8) + [0xC3] + Array("b\n".utf8), status: 2,
      "bad.sns:1:7: error: invalid UTF-8 byte 0xC3"),
    .script(
      .lexer, "NUL byte in a string", Array("echo \"a".utf8) + [0] + Array("b\"\n".utf8), status: 2,
      "bad.sns:1:8: error: NUL byte in string"),
    .script(
      .lexer, "NUL byte in a word", Array("echo a".utf8) + [0] + Array("b\n".utf8), status: 2,
      "bad.sns:1:7: error: unexpected NUL byte"),
    .script(
      .lexer, "a 1 MB line with an error at its end",
      Array(("echo " + String(repeating: "a", count: 1 << 20) + " )\n").utf8), status: 2,
      "bad.sns:1:\((1 << 20) + 7): error: expected a new line or ';' before ')'"),
    BadInput(
      category: .lexer, name: "a 1 MB unterminated string from stdin", arguments: ["-"],
      input: Array(("x = \"" + String(repeating: "a", count: 1 << 20)).utf8), status: 2,
      expected: ["<stdin>:1:5: error: unterminated string"], output: ""),
    .command(
      .lexer, "stray character", "echo ^", status: 2, "<command>:1:6: error: unexpected character '^'"),
    .command(.lexer, "backtick", "x = 1 ` 2", status: 2, "<command>:1:7: error: unexpected character '`'"),
    .command(
      .lexer, "number with an exponent", "x = 1e5", status: 2, "<command>:1:5: error: invalid number '1e5'"),
    .command(
      .lexer, "dollar without a name", "x = $", status: 2,
      "<command>:1:5: error: expected a variable name after '$'"),
  ]

  static let parser: [BadInput] = [
    .script(
      .parser, "10,000 open brackets", Array(String(repeating: "[", count: 10_000).utf8), status: 2,
      "bad.sns:1:257: error: nesting too deep (more than 256 levels)"),
    .script(
      .parser, "10,000 open parentheses", Array(("x = " + String(repeating: "(", count: 10_000)).utf8),
      status: 2, "bad.sns:1:261: error: nesting too deep (more than 256 levels)"),
    .script(
      .parser, "10,000 open record braces", Array(("x = " + String(repeating: "{a: ", count: 10_000)).utf8),
      status: 2, "bad.sns:1:1029: error: nesting too deep (more than 256 levels)"),
    .script(
      .parser, "10,000 nested blocks", Array(String(repeating: "if true {", count: 10_000).utf8), status: 2,
      "bad.sns:1:2313: error: nesting too deep (more than 256 levels)", "error: unclosed '{'"),
    .script(
      .parser, "10,000 nested interpolations",
      Array(
        ("x = \"" + String(repeating: "$(\"", count: 10_000) + String(repeating: "\")", count: 10_000) + "\"")
          .utf8),
      status: 2, "bad.sns:1:", "error: nesting too deep (more than 64 levels of interpolation)"),
    .script(
      .parser, "10,000 minus signs", Array(("x = " + String(repeating: "- ", count: 10_000) + "1").utf8),
      status: 2, "bad.sns:1:517: error: nesting too deep (more than 256 levels)"),
    .script(
      .parser, "a chain of 10,000 additions",
      Array(("x = 1" + String(repeating: " + 1", count: 10_000) + "\necho $x\n").utf8), status: 2,
      "bad.sns:1:4103: error: expression too deep (more than 1024 levels of operators and brackets)"),
    .script(
      .parser, "a chain of 100,000 field accesses",
      Array(("x = {a: 1}\ny = $x" + String(repeating: ".a", count: 100_000) + "\n").utf8), status: 2,
      "bad.sns:2:", "error: expression too deep", "split it with variables"),
    .script(
      .parser, "a chain of 10,000 ?? operators",
      Array(("x = null" + String(repeating: " ?? null", count: 10_000) + "\n").utf8), status: 2,
      "bad.sns:1:", "error: expression too deep"),
    .command(.parser, "unclosed block", "if true { echo 1", status: 2, "<command>:1:9: error: unclosed '{'"),
    .command(
      .parser, "else without if", "else { echo 1 }", status: 2,
      "<command>:1:1: error: unexpected 'else' without 'if'"),
    .command(
      .parser, "missing operand", "x = 1 +", status: 2,
      "<command>:1:8: error: expected an expression, found end of input"),
    .command(
      .parser, "two operators in a row", "x = 1 +* 2", status: 2,
      "<command>:1:8: error: expected an expression, found '*'"),
    .command(
      .parser, "literal as assignment target", "1 = 2", status: 2,
      "<command>:1:3: error: only a variable can be assigned: write 'name = value'"),
    .command(
      .parser, "field as assignment target", "$x.y = 2", status: 2,
      "<command>:1:6: error: only a variable can be assigned"),
    .command(
      .parser, "chained comparison", "1 < 2 < 3", status: 2,
      "<command>:1:7: error: comparisons cannot be chained; combine them with 'and'"),
    .command(
      .parser, "break outside a loop", "break", status: 2, "<command>:1:1: error: 'break' outside a loop"),
    .command(
      .parser, "return outside a function", "return 1", status: 2,
      "<command>:1:1: error: 'return' outside a function"),
    .command(
      .parser, "def without a name", "def (a) { }", status: 2,
      "<command>:1:5: error: expected the function name after 'def', found '('"),
    .command(
      .parser, "record entry without a colon", "x = {a 1}", status: 2,
      "<command>:1:8: error: expected ':' after the key 'a', found '1'"),
    .command(.parser, "empty parentheses", "x = ()", status: 2, "<command>:1:5: error: empty parentheses"),
    BadInput(
      category: .parser, name: "a syntax error anywhere runs nothing",
      arguments: ["-c", "echo first\nx = (1 +\necho last\n)"], status: 2,
      expected: ["<command>:3:1: error: unexpected word 'echo' in an expression"], output: ""),
  ]

  static let phone: [BadInput] = [
    .command(
      .phone, "literal with too few digits", "show +1208", status: 2,
      "<command>:1:6: error: invalid phone number '+1208': too few digits"),
    .command(
      .phone, "literal with too many digits", "show +1208639093912345678", status: 2,
      "<command>:1:6: error: invalid phone number '+1208639093912345678': too many digits (E.164 allows at most 15)"
    ),
    .command(
      .phone, "literal with letters", "show +1208abc0939", status: 2,
      "<command>:1:11: error: invalid phone number '+1208abc0939': unexpected character 'a'"),
    .command(
      .phone, "literal whose country code starts with 0", "show +0123456789", status: 2,
      "<command>:1:6: error: invalid phone number '+0123456789': country code cannot start with 0"),
    .command(
      .phone, "literal with a dash", "show +1-208", status: 2,
      "<command>:1:8: error: invalid phone number '+1-208': unexpected character '-'"),
    .command(.phone, "empty string", #"show """#, status: 1, "<command>:1:6: error: empty phone number"),
    .command(
      .phone, "string without +", #"show "12086390939""#, status: 1,
      "<command>:1:6: error: 12086390939: a phone number must start with + and the country code"),
    .command(
      .phone, "string with a letter", #"show "+1208x6390939""#, status: 1,
      "<command>:1:6: error: +1208x6390939: unexpected character 'x' in a phone number"),
    .command(
      .phone, "string whose country code starts with 0", #"show "+01234567""#, status: 1,
      "<command>:1:6: error: +01234567: country code cannot start with 0"),
    .command(
      .phone, "string with too few digits", #"show "+1208""#, status: 1,
      "<command>:1:6: error: +1208: too few digits (4; E.164 needs at least 7)"),
    .command(
      .phone, "string with too many digits", #"show "+1234567890123456""#, status: 1,
      "<command>:1:6: error: +1234567890123456: too many digits (16; E.164 allows at most 15)"),
    .command(
      .phone, "a lone plus", #"show "+""#, status: 1,
      "<command>:1:6: error: +: too few digits (0; E.164 needs at least 7)"),
    .command(
      .phone, "a number where a phone is expected", "show 12086390939", status: 1,
      "<command>:1:6: error: expected a phone number, not int"),
  ]

  static let runtime: [BadInput] = [
    .command(
      .runtime, "unknown command with a suggestion", "relase +12086390939", status: 1,
      "<command>:1:1: error: unknown command 'relase'; did you mean 'release'"),
    .command(
      .runtime, "unknown command without a likeness", "x = (frobnicate 1)", status: 1,
      "<command>:1:6: error: unknown command 'frobnicate'; type 'help' for the list of commands"),
    .command(
      .runtime, "unknown field", "x = (show +12086390939).displayNmae", status: 1,
      "<command>:1:5: error: record has no field 'displayNmae'; did you mean 'displayName'?"),
    .command(
      .runtime, "unknown type value", "ls type=LOCL", status: 1,
      "<command>:1:9: error: invalid type 'LOCL' for 'ls'; valid values: LOCAL, MOBILE, TOLL_FREE"),
    .command(
      .runtime, "unknown capability value", "ls capability=FAX", status: 1,
      "<command>:1:15: error: invalid capability 'FAX' for 'ls'; valid values: SMS, VOICE"),
    .command(
      .runtime, "unknown named argument", "ls region=US bogus=1", status: 1,
      "<command>:1:14: error: unknown argument 'bogus' for 'ls'"),
    .command(
      .runtime, "argument of the wrong type", "ls limit=abc", status: 1,
      "<command>:1:4: error: limit must be a whole number of at least 1"),
    .command(.runtime, "division by zero", "x = 1 / 0", status: 1, "<command>:1:5: error: division by zero"),
    .command(.runtime, "remainder by zero", "x = 1 % 0", status: 1, "<command>:1:5: error: division by zero"),
    .command(
      .runtime, "decimal division by zero", "x = 1.5 / 0", status: 1, "<command>:1:5: error: division by zero"
    ),
    .command(
      .runtime, "index out of range", "x = [1, 2][5]", status: 1,
      "<command>:1:5: error: index 5 is out of range for 2 items"),
    .command(
      .runtime, "undefined variable", "echo $undefinedVar", status: 1,
      "<command>:1:6: error: unknown variable '$undefinedVar'"),
    .command(
      .runtime, "too many arguments", "def f(a) { $a }\nf 1 2", status: 1,
      "<command>:2:5: error: 'f' takes 1 argument: f(a)"),
    .command(
      .runtime, "missing argument", "def f(a) { $a }\nf", status: 1,
      "<command>:2:1: error: missing argument 'a' for 'f'"),
    .command(
      .runtime, "runaway recursion", "def f() { f }\nf", status: 1,
      "<command>:1:11: error: too many nested calls (more than 1000) in 'f'"),
    .command(
      .runtime, "failed assertion", #"assert (1 == 2) "sums are off""#, status: 1,
      "<command>:1:1: error: sums are off"),
    .command(
      .runtime, "uncaught error", #"error "custom failure""#, status: 1,
      "<command>:1:1: error: custom failure"),
    .command(
      .runtime, "integer overflow", "x = 9223372036854775807 + 1", status: 1,
      "<command>:1:5: error: number too large: addition overflows"),
    .command(
      .runtime, "text minus a number", #"x = "a" - 1"#, status: 1,
      "<command>:1:5: error: cannot subtract string and int"),
    .command(
      .runtime, "ordering unrelated types", #"x = 1 < "a""#, status: 1,
      "<command>:1:5: error: cannot compare int with string"),
    .command(
      .runtime, "invalid regular expression", #"x = "a" =~ "(""#, status: 1,
      "<command>:1:12: error: invalid regular expression"),
    .command(
      .runtime, "text that is not an int", #"int "abc""#, status: 1,
      #"<command>:1:1: error: cannot read "abc" as an int"#),
    .command(
      .runtime, "looping over a number", "for x in 5 { echo $x }", status: 1,
      "<command>:1:10: error: cannot loop over int"),
    .command(
      .runtime, "release without confirmation in a script", "release +12086390939", status: 1,
      "<command>:1:1: error: release needs confirmation: add --yes"),
    .command(
      .runtime, "unknown output format", "[1] | to xml", status: 1,
      "<command>:1:10: error: invalid format 'xml' for 'to'; valid formats: table, json, csv, text"),
    .command(
      .runtime, "malformed JSON text", #"from json "{bad""#, status: 1,
      "<command>:1:1: error: invalid JSON at line 1, column 2"),
    BadInput(
      category: .runtime, name: "piped stdin is a script: the first error stops it", arguments: ["-"],
      input: Array("echo one\nx = 1 / 0\necho two\n".utf8), status: 1,
      expected: ["<stdin>:2:5: error: division by zero"], output: "one\n"),
  ]

  static let files: [BadInput] = [
    BadInput(
      category: .files, name: "missing script", arguments: ["missing.sns"], status: 2,
      expected: ["sns: cannot read 'missing.sns': no such file"], output: ""),
    BadInput(
      category: .files, name: "a folder as the script", arguments: ["folder"], files: ["folder/keep.sns": []],
      status: 2, expected: ["sns: cannot read 'folder': it is a directory"], output: ""),
    BadInput(
      category: .files, name: "a script under a regular file", arguments: ["plain/x.sns"],
      files: ["plain": Array("echo 1\n".utf8)], status: 2, expected: ["sns: cannot read 'plain/x.sns'"],
      output: ""),
    .command(
      .files, "open a missing file", #"open "nofile.json""#, status: 1,
      "<command>:1:6: error: cannot open 'nofile.json': no such file"),
    BadInput(
      category: .files, name: "open malformed JSON", arguments: ["-c", #"open "bad.json""#],
      files: ["bad.json": Array(#"{"a": "#.utf8)], status: 1,
      expected: ["<command>:1:6: error: cannot open 'bad.json': invalid JSON at line 1, column 7"]),
    BadInput(
      category: .files, name: "open JSON that is not UTF-8", arguments: ["-c", #"open "latin.json""#],
      files: ["latin.json": Array(#"{"a": ""#.utf8) + [0xE9] + Array(#""}"#.utf8)], status: 1,
      expected: ["<command>:1:6: error: cannot open 'latin.json': the file is not UTF-8 text"]),
    BadInput(
      category: .files, name: "open CSV with an unterminated quote", arguments: ["-c", #"open "bad.csv""#],
      files: ["bad.csv": Array("a,b\n\"1,2\n".utf8)], status: 1,
      expected: [
        "<command>:1:6: error: cannot open 'bad.csv': invalid CSV at line 2: unterminated quoted field"
      ]),
    BadInput(
      category: .files, name: "open CSV with a ragged row", arguments: ["-c", #"open "ragged.csv""#],
      files: ["ragged.csv": Array("a,b\n1,2,3\n".utf8)], status: 1,
      expected: [
        "<command>:1:6: error: cannot open 'ragged.csv': invalid CSV at line 2: 3 fields, but the header has 2"
      ]),
    BadInput(
      category: .files, name: "open a file of unknown type", arguments: ["-c", #"open "notes.txt""#],
      files: ["notes.txt": Array("x".utf8)], status: 1,
      expected: [
        "<command>:1:6: error: cannot open 'notes.txt': unknown file type; the name must end in .json or .csv"
      ]),
    .command(
      .files, "source a missing file", #"source "nofile.sns""#, status: 1,
      "<command>:1:8: error: cannot source 'nofile.sns': no such file"),
    BadInput(
      category: .files, name: "source a file with a syntax error",
      arguments: ["-c", #"source "broken.sns""#],
      files: ["broken.sns": Array("x = (\n".utf8)], status: 1,
      expected: ["<command>:1:8: error: cannot source 'broken.sns'", "broken.sns:1:5: error: unclosed '('"]),
    .command(
      .files, "save into a missing folder", #"[1] | save "no/such/x.json""#, status: 1,
      "<command>:1:12: error: cannot save 'no/such/x.json': no such directory"),
  ]

  static let configuration: [BadInput] = [
    .config("unclosed section", "[default\nproject = x\n", "sns: $CONFIG:1: a section is written [name]"),
    .config("setting before any profile", "project = x\n", "sns: $CONFIG:1: a setting before any [profile]"),
    .config("line without =", "[default]\nnonsense line\n", "sns: $CONFIG:2: expected key = value"),
    .config(
      "readable by others", "[default]\nproject = p\nkey_id = k\nkey_secret = s\n", mode: 0o644,
      "sns: config file $CONFIG can be read by other users (mode 644)", "chmod 600 $CONFIG"),
    BadInput(
      category: .config, name: "not UTF-8", arguments: ["-c", "echo ran"],
      config: [0xFF, 0xFE] + Array("[default]\n".utf8),
      status: 2, expected: ["sns: $CONFIG:1: the file is not UTF-8 text"], output: ""),
    BadInput(
      category: .config, name: "a folder where the file should be", arguments: ["-c", "echo ran"],
      configIsFolder: true,
      status: 2, expected: ["sns: cannot read config file $CONFIG: it is a directory"], output: ""),
    BadInput(
      category: .config, name: "missing profile", arguments: ["--profile", "nope", "-c", "echo ran"],
      config: Array("[default]\nproject = p\nkey_id = k\nkey_secret = s\n".utf8), status: 2,
      expected: ["sns: no profile 'nope' in $CONFIG"], output: ""),
    .config(
      "profile without keys", "[default]\nproject = p\n", "sns: profile 'default' lacks key_id, key_secret"),
    .config(
      "unknown auth method", "[default]\nproject = p\nkey_id = k\nkey_secret = s\nauth = magic\n",
      "sns: auth must be oauth or basic, not 'magic'"),
    .config(
      "numbers_url that is not http",
      "[default]\nproject = p\nkey_id = k\nkey_secret = s\nnumbers_url = ftp://x\n",
      "sns: 'ftp://x' is not an http or https URL"),
    BadInput(
      category: .config, name: "unknown option", arguments: ["--bogus", "-c", "echo ran"], status: 2,
      expected: ["sns: unknown option '--bogus'"], output: ""),
    BadInput(
      category: .config, name: "bad --output value", arguments: ["--output", "xml", "-c", "echo ran"],
      status: 2,
      expected: ["sns: --output must be table, json or csv, not 'xml'"], output: ""),
    BadInput(
      category: .config, name: "option without its value", arguments: ["--profile"], status: 2,
      expected: ["sns: --profile needs a value"], output: ""),
    BadInput(
      category: .config, name: "--api without credentials",
      arguments: ["--api", "http://127.0.0.1:9", "-c", "ls"],
      status: 2, expected: ["sns: --api needs credentials"], output: ""),
    BadInput(
      category: .config, name: "credentials to plain http off loopback",
      arguments: ["--api", "http://example.com:1", "-c", "ls"],
      environment: ["SINCH_PROJECT_ID": "p", "SINCH_KEY_ID": "k", "SINCH_KEY_SECRET": "s3cret"], status: 2,
      expected: ["sns: refusing to send credentials to http://example.com:1"], output: ""),
  ]

  static let api: [BadInput] = [
    .api(
      "truncated JSON", "ls", CannedResponse(status: 200, body: #"{"activeNumbers": [{"phoneNumber": "#),
      "<command>:1:1: error: malformed response from the API: the body is not valid JSON"),
    .api(
      "empty body where JSON was expected", "show +12086390939", CannedResponse(status: 200, body: ""),
      "<command>:1:6: error: malformed response from the API: empty body where JSON was expected"),
    .api(
      "JSON of the wrong shape", "show +12086390939", CannedResponse(status: 200, body: "[]"),
      "<command>:1:6: error: malformed response from the API: the body is not the expected JSON object"),
    .api(
      "HTML where JSON was expected", "callbacks",
      CannedResponse(status: 200, contentType: "text/html", body: "<html></html>"),
      "<command>:1:1: error: malformed response from the API: the body is not valid JSON"),
    .api(
      "500 with a non-JSON body", "show +12086390939",
      CannedResponse(status: 500, contentType: "text/plain", body: "upstream exploded"),
      "<command>:1:6: error: upstream exploded (500)"),
    .api(
      "503 with an empty body", "regions", CannedResponse(status: 503, contentType: nil, body: ""),
      "<command>:1:1: error: Service Unavailable (503)"),
    .api(
      "404 for an unknown number", "show +12086390000",
      CannedResponse(
        status: 404,
        body: #"{"error":{"code":404,"message":"Number +12086390000 not found","status":"NOT_FOUND"}}"#),
      "<command>:1:6: error: no active number +12086390000 in this project (404 NOT_FOUND)"),
    .api(
      "400 with field violations", "set +12086390939 name=x",
      CannedResponse(
        status: 400,
        body: #"{"error":{"code":400,"message":"Invalid argument","status":"INVALID_ARGUMENT","details":"#
          + #"[{"type":"BadRequest","fieldViolations":[{"field":"displayName","description":"too long"}]}]}}"#
      ),
      "<command>:1:5: error: Invalid argument (400 INVALID_ARGUMENT); displayName: too long"),
    .api(
      "401 for the key", "show +12086390939",
      CannedResponse(
        status: 401, body: #"{"error":{"code":401,"message":"bad key","status":"UNAUTHENTICATED"}}"#),
      "<command>:1:6: error: bad key (401 UNAUTHENTICATED)"),
    .api(
      "token endpoint sends malformed JSON", "show +12086390939",
      CannedResponse(status: 200, body: #"{"access_token": "#), auth: "oauth",
      "<command>:1:6: error: malformed response from the API: the token endpoint sent no access_token"),
    .api(
      "token endpoint refuses the key", "show +12086390939", CannedResponse(status: 401, body: "{}"),
      auth: "oauth",
      "<command>:1:6: error: authentication failed: the token endpoint refused key test-key (401)"),
    BadInput(
      category: .api, name: "connection refused", arguments: ["--api", "$API", "-c", "ls"],
      environment: ["SINCH_AUTH": "basic"], refusedConnection: true, status: 1,
      expected: [
        "<command>:1:1: error: network error: could not connect to 127.0.0.1:$PORT (connection refused)"
      ]),
  ]
}

/// LANGUAGE.md §7 and the reliability issue: every piece of bad input gets a clear error that
/// names the place, a non-zero exit status, and no crash or hang.
@Suite("Bad input: clear errors, no crash, no hang", .timeLimit(.minutes(5)))
struct BadInputTests {
  /// Generous: a hang detector, not a timing assertion.
  static let hangLimit = 20.0 * SNSExecutable.hangScale

  /// What must never reach a user: traps, backtraces and Swift's own names for things.
  static let leaks = [
    "Fatal error", "Swift/", "Stack dump", "Backtrace", "Current stack trace", "Optional(", "SNSLanguage.",
    "SNSShell.", "SinchNumbers.", "DecodingError", "keyNotFound", "typeMismatch", "dataCorrupted",
    "valueNotFound", "NSError", "Error Domain",
  ]

  @Test("each case fails cleanly", arguments: BadInput.all)
  func failsCleanly(_ input: BadInput) async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sns-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, bytes) in input.files {
      let url = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
    }
    let configFolder = folder.appendingPathComponent("config/sns")
    let configPath = configFolder.appendingPathComponent("config").path
    try FileManager.default.createDirectory(at: configFolder, withIntermediateDirectories: true)
    if input.configIsFolder {
      try FileManager.default.createDirectory(
        atPath: configPath, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } else if let config = input.config {
      try Data(config).write(to: URL(fileURLWithPath: configPath))
      chmod(configPath, mode_t(input.configMode))
    }

    var server: CannedHTTPServer?
    var refusing: RefusingPort?
    defer { server?.stop() }
    var port = 0
    if let response = input.server {
      server = try CannedHTTPServer(answering: response)
      port = server?.port ?? 0
    } else if input.refusedConnection {
      refusing = try RefusingPort()
      port = refusing?.port ?? 0
    }
    defer { withExtendedLifetime(refusing) {} }

    var environment = [
      "HOME": folder.path, "XDG_CONFIG_HOME": folder.path + "/config",
      "XDG_STATE_HOME": folder.path + "/state",
      "PATH": "/usr/bin:/bin", "NO_COLOR": "1", "LANG": "C.UTF-8",
    ]
    if port != 0 {
      environment.merge([
        "SINCH_PROJECT_ID": "test-project", "SINCH_KEY_ID": "test-key", "SINCH_KEY_SECRET": "s3cret",
      ]) {
        $1
      }
    }
    environment.merge(input.environment) { $1 }
    let arguments = input.arguments.map { $0 == "$API" ? "http://127.0.0.1:\(port)" : $0 }

    let run = try await BoundedProcess.run(
      arguments, in: folder, environment: environment, input: input.input, limit: Self.hangLimit)

    let shown = "stderr:\n\(run.errors.prefix(2000))\nstdout:\n\(run.output.prefix(500))"
    #expect(!run.timedOut, "sns did not finish within \(Self.hangLimit) s (killed)")
    #expect(run.reason == .exit, "sns died of signal \(run.status)\n\(shown)")
    #expect(run.status == input.status, "exit status \(run.status), expected \(input.status)\n\(shown)")
    for leak in Self.leaks {
      #expect(!run.errors.contains(leak), "stderr leaks '\(leak)'\n\(shown)")
    }
    for fragment in input.expected {
      let wanted = fragment.replacingOccurrences(of: "$CONFIG", with: configPath)
        .replacingOccurrences(of: "$PORT", with: String(port))
      #expect(run.errors.contains(wanted), "stderr lacks '\(wanted)'\n\(shown)")
    }
    if input.expected.first?.hasPrefix("sns: ") == true {
      #expect(run.errors.hasPrefix("sns: "), "a usage error starts with 'sns: '\n\(shown)")
    } else {
      // A diagnostic in a script shows the source line and a caret under the place.
      #expect(run.errors.contains(" | "), "no source line under the diagnostic\n\(shown)")
      #expect(run.errors.contains("^"), "no caret under the diagnostic\n\(shown)")
    }
    if let output = input.output {
      #expect(run.output == output, "stdout\n\(shown)")
    }
    #expect(!run.errors.contains("s3cret"))
  }

  @Test("the table covers every category with at least 50 distinct cases")
  func tableIsBroad() {
    #expect(BadInput.all.count >= 50)
    #expect(Set(BadInput.all.map(\.testDescription)).count == BadInput.all.count)
    let categories = Set(BadInput.all.map(\.category.rawValue))
    #expect(categories == ["lexer", "parser", "phone", "runtime", "files", "config", "api"])
  }

  /// chmod 000 stops reading only for a user other than root, who reads anything.
  @Test(
    "an unreadable script is refused with its name",
    .enabled(if: geteuid() != 0, "running as root, which can read a file of mode 000"))
  func unreadableScript() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sns-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = folder.appendingPathComponent("secret.sns")
    try Data("echo ran\n".utf8).write(to: script)
    chmod(script.path, 0)
    let run = try await BoundedProcess.run(
      ["secret.sns"], in: folder, environment: ["HOME": folder.path, "PATH": "/usr/bin:/bin"], input: [],
      limit: Self.hangLimit)
    #expect(run.status == 2)
    #expect(run.output == "")
    #expect(run.errors == "sns: cannot read 'secret.sns': permission denied\n")
  }

  /// An unreadable config: mode 000 works for other users; root reads it, so a folder stands in
  /// for it in the table and this case runs only where it means something.
  @Test(
    "an unreadable config file is refused with its path",
    .enabled(if: geteuid() != 0, "running as root, which can read a file of mode 000"))
  func unreadableConfig() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sns-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      atPath: folder.path + "/config/sns", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let config = folder.path + "/config/sns/config"
    try Data("[default]\n".utf8).write(to: URL(fileURLWithPath: config))
    chmod(config, 0)
    let run = try await BoundedProcess.run(
      ["-c", "echo ran"], in: folder,
      environment: [
        "HOME": folder.path, "XDG_CONFIG_HOME": folder.path + "/config", "PATH": "/usr/bin:/bin",
      ],
      input: [], limit: Self.hangLimit)
    #expect(run.status == 2)
    #expect(run.errors == "sns: cannot read config file \(config): permission denied\n")
  }
}

/// At the prompt a bad line is reported and the session goes on (LANGUAGE.md §7).
@Suite(
  "Bad input at the prompt", .serialized,
  .enabled(if: TerminalSession.tmuxPath != nil, "tmux is not installed"),
  .timeLimit(.minutes(1)))
struct BadInputPromptTests {
  @Test func theSessionGoesOnAfterEachBadLine() async throws {
    let terminal = try TerminalSession()
    await terminal.waitForPrompt()

    // An open string asks for more; Ctrl-D abandons the statement, not the session.
    terminal.enter(#"echo "abc"#)
    await terminal.waitFor("\n...>")
    terminal.press("C-d")
    await terminal.waitFor("<stdin>:1:6: error: unterminated string")
    await terminal.waitForPrompt()

    let lines = [
      ("show +1208", "invalid phone number '+1208': too few digits"),
      ("relase +12086390939", "did you mean 'release'"),
      ("x = 1 / 0", "<stdin>:1:5: error: division by zero"),
      ("(show +12086390939).displayNmae", "did you mean 'displayName'"),
      ("ls type=LOCL", "valid values: LOCAL, MOBILE, TOLL_FREE"),
      ("else { }", "unexpected 'else' without 'if'"),
      (String(repeating: "(", count: 300), "nesting too deep (more than 256 levels)"),
      ("x = 1" + String(repeating: " + 1", count: 1100), "expression too deep"),
    ]
    for (line, message) in lines {
      terminal.enter(line)
      await terminal.waitFor(message)
      await terminal.waitForPrompt()
    }

    // The line editor drops a byte that is not UTF-8 before the parser sees it.
    terminal.type(#"echo "bad"#)
    terminal.press("-H", "ff")
    terminal.enter(#"byte""#)
    await terminal.waitForLine("badbyte")

    terminal.enter(#"echo "still here""#)
    await terminal.waitForLine("still here")
    terminal.press("C-d")
    await terminal.waitFor("EXIT=0")
  }
}

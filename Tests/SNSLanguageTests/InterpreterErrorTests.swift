import Testing

@testable import SNSLanguage

@Suite("Interpreter: errors, try/catch and suggestions")
struct InterpreterErrorTests {
  @Test func catchBindsTheErrorRecord() async throws {
    let source = """
      try {
        x = 1
          error "boom"
      } catch e {
        echo $e.message $e.kind $e.line $e.column $e.status $e.code
      }
      """
    #expect(try await output(of: source) == "boom runtime 3 5 null null\n")
  }

  @Test func assertionsHaveTheirOwnKind() async throws {
    #expect(
      try await output(of: "try { assert (1 > 2) \"math\" } catch e { $e.kind + \": \" + $e.message }")
        == "assertion: math\n")
  }

  @Test func apiErrorsCarryStatusAndCode() async throws {
    let source = "try { show +12086390000 } catch e { echo $e.kind $e.status $e.code }"
    #expect(try await output(of: source) == "api 404 NOT_FOUND\n")
  }

  @Test func catchWithoutVariableAndCodeAfterTry() async throws {
    #expect(try await output(of: "try { 1 / 0 } catch { echo caught }\necho after") == "caught\nafter\n")
  }

  @Test func runtimeErrorsAreRenderedWithFileLineAndCaret() async throws {
    let run = try await runSnippet("x = 1\ny = $x + \"a\"")
    #expect(run.status == 1)
    #expect(
      run.errors == """
        test.sns:2:5: error: cannot add int and string (use str, or interpolation such as "$a$b", to join text)
            2 | y = $x + "a"
              |     ^~~~~~~~

        """)
  }

  @Test func unknownCommandsAndVariablesGetSuggestions() async throws {
    #expect(try await failure(of: "cuont") == "1:1: unknown command 'cuont'; did you mean 'count'?")
    #expect(
      try await failure(of: "total = 1\n$totl") == "2:1: unknown variable '$totl'; did you mean '$total'?")
  }

  @Test func unknownFieldsSuggestTheClosest() async throws {
    #expect(
      try await failure(of: "r = {name: 1}\n$r.nme") == "2:1: record has no field 'nme'; did you mean 'name'?"
    )
  }

  @Test func unknownFlagsAndNamedArgumentsAreChecked() async throws {
    #expect(try await failure(of: "[1] | sort -x").hasPrefix("1:12: unknown flag '-x' for 'sort'"))
    #expect(try await failure(of: "sleep secs=1") == "1:7: 'sleep' takes no key=value arguments, not 'secs='")
    #expect(try await failure(of: "def f(alpha) { 1 }\nf alpah=2").hasSuffix("did you mean 'alpha'?"))
  }

  @Test func enumValuesAreCaseInsensitiveAndListed() async throws {
    #expect(try await runSnippet("ls type=local | count").status == 0)
    let message = try await failure(of: "ls type=LOCL")
    #expect(message.contains("valid values: LOCAL, MOBILE, TOLL_FREE"))
    #expect(message.hasSuffix("did you mean 'LOCAL'?"))
  }

  @Test func errorsInsideFunctionsPointIntoTheBody() async throws {
    #expect(try await failure(of: "def f() {\n  1 / 0\n}\nf") == "2:3: division by zero")
  }

  @Test func syntaxErrorsRunNothing() async throws {
    let run = try await runSnippet("echo first\nif {")
    #expect(run.status == 2)
    #expect(run.output == "")
  }

  @Test func tryDoesNotCatchExit() async throws {
    #expect(try await runSnippet("try { exit 5 } catch { echo no }").status == 5)
  }
}

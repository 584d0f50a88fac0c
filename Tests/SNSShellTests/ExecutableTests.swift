import Foundation
import Testing

@Suite("sns executable: invocation, streams and exit status")
struct ExecutableTests {
  @Test func commandTextRunsAndShowsValues() throws {
    let result = try SNSExecutable.run(["-c", "1 + 2\necho $args", "a", "b"])
    #expect(result.status == 0)
    #expect(result.output == "3\n[\"a\", \"b\"]\n")
    #expect(result.errors == "")
  }

  @Test func exitSetsTheStatus() throws {
    #expect(try SNSExecutable.run(["-c", "echo x; exit 7"]).status == 7)
  }

  @Test func runtimeErrorsGoToStderrWithStatusOne() throws {
    let result = try SNSExecutable.run(["-c", "echo before\ncuont"])
    #expect(result.status == 1)
    #expect(result.output == "before\n")
    #expect(
      result.errors == """
        <command>:2:1: error: unknown command 'cuont'; did you mean 'count'?
            2 | cuont
              | ^~~~~

        """)
  }

  @Test func aSyntaxErrorAnywhereRunsNothing() throws {
    let result = try SNSExecutable.run(["-c", "echo first\nx = (1 +\necho last\n)"])
    #expect(result.status == 2)
    #expect(result.output == "")
    #expect(result.errors.hasPrefix("<command>:"))
  }

  @Test func scriptFilesTakeArgumentsAndAreNamedAsGiven() throws {
    let url = try SNSExecutable.script("#!/usr/bin/env sns\necho $args[0]\n$nope\n")
    let result = try SNSExecutable.run([url.path, "first"])
    #expect(result.status == 1)
    #expect(result.output == "first\n")
    #expect(result.errors.hasPrefix("\(url.path):3:1: error: unknown variable '$nope'"))
  }

  @Test func scriptsFromStdinPrintNoPrompt() throws {
    let piped = try SNSExecutable.run([], input: "x = 2\n$x * 21\n")
    #expect(piped.status == 0)
    #expect(piped.output == "42\n")
    #expect(piped.errors == "")
    let dash = try SNSExecutable.run(["-"], input: "error \"stop\"\n")
    #expect(dash.status == 1)
    #expect(dash.errors.hasPrefix("<stdin>:1:1: error: stop"))
  }

  @Test func missingFilesAndBadOptionsAreUsageErrors() throws {
    let missing = try SNSExecutable.run(["/nonexistent/x.sns"])
    #expect(missing.status == 2)
    #expect(missing.errors == "sns: cannot read '/nonexistent/x.sns': no such file\n")
    #expect(try SNSExecutable.run(["--bogus"]).status == 2)
  }

  @Test func versionAndHelp() throws {
    #expect(try SNSExecutable.run(["--version"]).output == "sns 0.1.0\n")
    let help = try SNSExecutable.run(["--help"])
    #expect(help.status == 0)
    #expect(help.output.contains("usage: sns"))
  }

  @Test func outputModeJSON() throws {
    let result = try SNSExecutable.run(["--output", "json", "-c", "{a: 1, b: [true]}"])
    #expect(result.output == "{\n  \"a\": 1,\n  \"b\": [\n    true\n  ]\n}\n")
  }

  @Test func outputIsDeterministicAndUncoloured() throws {
    let script = "ls | first 3\nstatus\nhelp"
    let first = try SNSExecutable.run(["-c", script])
    let second = try SNSExecutable.run(["-c", script])
    #expect(first.status == 0)
    #expect(first.output == second.output)
    #expect(!first.output.contains("\u{1B}"))
    #expect(first.output.contains("backend:"))
  }

  @Test func traceLogsRequestsOnlyForHTTP() throws {
    let result = try SNSExecutable.run(["--trace", "-c", "1"])
    #expect(result.errors == "")
  }

  @Test func ctrlCStopsAScriptWithStatus130() throws {
    let start = Date()
    let result = try SNSExecutable.run(["-c", "echo started\nsleep 30\necho never"], interruptAfter: 0.5)
    #expect(result.status == 130)
    #expect(!result.output.contains("never"))
    #expect(Date().timeIntervalSince(start) < 10)
  }

  @Test func ctrlCStopsAPureLoop() throws {
    let result = try SNSExecutable.run(["-c", "i = 0\nwhile true { i += 1 }"], interruptAfter: 0.5)
    #expect(result.status == 130)
  }
}

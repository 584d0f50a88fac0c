import Foundation
import Testing

@Suite("sns executable: invocation, streams and exit status")
struct ExecutableTests {
  @Test func commandTextRunsAndShowsValues() async throws {
    let result = try await SNSExecutable.run(["-c", "1 + 2\necho $args", "a", "b"])
    #expect(result.status == 0)
    #expect(result.output == "3\n[\"a\", \"b\"]\n")
    #expect(result.errors == "")
  }

  @Test func exitSetsTheStatus() async throws {
    #expect(try await SNSExecutable.run(["-c", "echo x; exit 7"]).status == 7)
  }

  @Test func runtimeErrorsGoToStderrWithStatusOne() async throws {
    let result = try await SNSExecutable.run(["-c", "echo before\ncuont"])
    #expect(result.status == 1)
    #expect(result.output == "before\n")
    #expect(
      result.errors == """
        <command>:2:1: error: unknown command 'cuont'; did you mean 'count'?
            2 | cuont
              | ^~~~~

        """)
  }

  @Test func aSyntaxErrorAnywhereRunsNothing() async throws {
    let result = try await SNSExecutable.run(["-c", "echo first\nx = (1 +\necho last\n)"])
    #expect(result.status == 2)
    #expect(result.output == "")
    #expect(result.errors.hasPrefix("<command>:"))
  }

  @Test func scriptFilesTakeArgumentsAndAreNamedAsGiven() async throws {
    let url = try SNSExecutable.script("#!/usr/bin/env sns\necho $args[0]\n$nope\n")
    let result = try await SNSExecutable.run([url.path, "first"])
    #expect(result.status == 1)
    #expect(result.output == "first\n")
    #expect(result.errors.hasPrefix("\(url.path):3:1: error: unknown variable '$nope'"))
  }

  @Test func scriptsFromStdinPrintNoPrompt() async throws {
    let piped = try await SNSExecutable.run([], input: "x = 2\n$x * 21\n")
    #expect(piped.status == 0)
    #expect(piped.output == "42\n")
    #expect(piped.errors == "")
    let dash = try await SNSExecutable.run(["-"], input: "error \"stop\"\n")
    #expect(dash.status == 1)
    #expect(dash.errors.hasPrefix("<stdin>:1:1: error: stop"))
  }

  @Test func missingFilesAndBadOptionsAreUsageErrors() async throws {
    let missing = try await SNSExecutable.run(["/nonexistent/x.sns"])
    #expect(missing.status == 2)
    #expect(missing.errors == "sns: cannot read '/nonexistent/x.sns': no such file\n")
    #expect(try await SNSExecutable.run(["--bogus"]).status == 2)
  }

  @Test func versionAndHelp() async throws {
    #expect(try await SNSExecutable.run(["--version"]).output == "sns 0.1.0\n")
    let help = try await SNSExecutable.run(["--help"])
    #expect(help.status == 0)
    #expect(help.output.contains("usage: sns"))
  }

  @Test func outputModeJSON() async throws {
    let result = try await SNSExecutable.run(["--output", "json", "-c", "{a: 1, b: [true]}"])
    #expect(result.output == "{\n  \"a\": 1,\n  \"b\": [\n    true\n  ]\n}\n")
  }

  @Test func outputIsDeterministicAndUncoloured() async throws {
    let script = "ls | first 3\nstatus\nhelp"
    let first = try await SNSExecutable.run(["-c", script])
    let second = try await SNSExecutable.run(["-c", script])
    #expect(first.status == 0)
    #expect(first.output == second.output)
    #expect(!first.output.contains("\u{1B}"))
    #expect(first.output.contains("backend:"))
  }

  @Test func traceLogsRequestsOnlyForHTTP() async throws {
    let result = try await SNSExecutable.run(["--trace", "-c", "1"])
    #expect(result.errors == "")
  }

  @Test func ctrlCStopsAScriptWithStatus130() async throws {
    // "never" would be printed had the 30-second sleep run to its end; no clock is needed.
    let result = try await SNSExecutable.run(
      ["-c", "echo started\nsleep 30\necho never"], interruptAfterOutput: "started")
    #expect(result.status == 130)
    #expect(!result.output.contains("never"))
    #expect(result.errors == "interrupted\n")
  }

  @Test func ctrlCStopsAPureLoop() async throws {
    let result = try await SNSExecutable.run(
      ["-c", "echo started\ni = 0\nwhile true { i += 1 }"], interruptAfterOutput: "started")
    #expect(result.status == 130)
  }
}

import NumbersEmulator
import Testing

@Suite("Command line")
struct EmulatorOptionsTests {
  @Test func parsesEveryOption() throws {
    let options = try EmulatorOptions.parse([
      "--host", "0.0.0.0", "--port=8080", "--project", "p1", "--key-id", "id", "--key-secret", "s",
      "--numbers", "500", "--seed", "42", "--latency", "20", "--fail-rate", "0.25",
      "--fail-statuses", "429, 500", "--retry-after", "1", "--token-ttl", "60", "--read-timeout", "5",
      "--cut-after-apply", "0.5", "--cut-operations", "releaseNumber,rentNumber", "--trace",
    ])
    #expect(options.configuration.host == "0.0.0.0")
    #expect(options.configuration.port == 8080)
    #expect(options.projectId == "p1")
    #expect(options.configuration.credentials == EmulatorCredentials(keyId: "id", keySecret: "s"))
    #expect(options.syntheticNumbers == 500)
    #expect(options.seed == 42)
    #expect(options.configuration.seed == 42)
    #expect(options.configuration.latencyMilliseconds == 20)
    #expect(options.configuration.failureRate == 0.25)
    #expect(options.configuration.failureStatuses == [429, 500])
    #expect(options.configuration.retryAfterSeconds == 1)
    #expect(options.configuration.tokenLifetime == 60)
    #expect(options.configuration.readTimeout == 5)
    #expect(options.configuration.cutAfterApplyRate == 0.5)
    #expect(options.configuration.cutOperations == [.releaseNumber, .rentNumber])
    #expect(options.trace)
  }

  @Test func defaultsToLoopbackAndAnyFreePort() throws {
    let options = try EmulatorOptions.parse([])
    #expect(options.configuration.host == "127.0.0.1")
    #expect(options.configuration.port == 0)
    #expect(options.configuration.credentials == nil)
    #expect(options.configuration.tokenLifetime == 3600)
    #expect(options.configuration.failureStatuses == [429, 503])
  }

  @Test(arguments: [
    (["--bogus"], EmulatorUsageError.unknownOption("--bogus")),
    (["--port"], .missingValue("--port")),
    (["--cut-after-apply", "2"], .invalidValue("--cut-after-apply", "2", "a number from 0 to 1")),
    (["--port", "70000"], .invalidValue("--port", "70000", "an integer from 0 to 65535")),
    (["--fail-rate", "1.5"], .invalidValue("--fail-rate", "1.5", "a number from 0 to 1")),
    (
      ["--fail-statuses", "429,abc"],
      .invalidValue("--fail-statuses", "429,abc", "comma-separated HTTP statuses from 400 to 599")
    ),
    (["--key-id", "id"], .incompleteKey),
    (["--numbers", "-1"], .invalidValue("--numbers", "-1", "an integer from 0 to 10000000")),
  ])
  func refusesBadOptions(_ arguments: [String], _ expected: EmulatorUsageError) {
    #expect(throws: expected) { try EmulatorOptions.parse(arguments) }
  }
}

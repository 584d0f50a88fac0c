import SinchNumbers
import Testing

@testable import SNSLanguage

@Suite struct NumbersCommandReadTests {
  @Test func showReadsOneNumber() async throws {
    let session = try NumbersSession()
    let shown = try await session.run("show", [phone("+12025550134")])
    #expect(field(shown, "displayName") == "Support")
    #expect(field(shown, "regionCode") == "US")
    let piped = try await session.run("show", [], input: ["phoneNumber": "+12025550188"])
    #expect(field(piped, "displayName") == "Sales")
    let missing = try #require(await session.failure("show", ["+12086390000"]))
    #expect(missing.message == "no active number +12086390000 in this project (404 NOT_FOUND)")
    let bad = try #require(await session.failure("show", ["2086390939"]))
    #expect(bad.message == "2086390939: a phone number must start with + and the country code")
    #expect(bad.range == positionalRange(0))
  }

  @Test func regionsAreListedAndCached() async throws {
    let session = try NumbersSession()
    let mobile = try await session.run("regions", [], ["type": "mobile"])
    #expect(mobile.listCount == 4)
    #expect(session.context.cachedRegions == ["AU", "FR", "GB", "SE"])
    let all = try await session.run("regions")
    #expect(all.listCount == 7)
    #expect(session.context.cachedRegions == ["AU", "CA", "DE", "FR", "GB", "SE", "US"])
    let wrong = try #require(await session.failure("regions", [], ["type": "landline"]))
    #expect(wrong.message == "unknown type 'landline': expected LOCAL, MOBILE or TOLL_FREE")
  }

  @Test func callbacksReadsAndSetsTheSecretWithoutPrintingIt() async throws {
    let session = try NumbersSession()
    let current = try await session.run("callbacks")
    #expect(field(current, "hmacSecret") == "sandbox-hmac-secret-0123456789abcdef")
    let secret = "new-secret-0123456789abcdef0123456789"
    let updated = try await session.run("callbacks", [], ["secret": .string(secret)])
    #expect(field(updated, "hmacSecret") == secret)
    #expect(session.io.output == "updated callback secret\n")
    #expect(!session.io.errors.contains(secret))
    let short = try #require(await session.failure("callbacks", [], ["secret": "short"]))
    #expect(short.message == "secret must be 32 to 64 letters, digits or hyphens")
    #expect(short.range == namedRange(0))
    #expect(await session.statistics.calls(.updateCallbackConfiguration) == 1)
  }

  @Test func everyCommandHasHelpAndCompletionHints() throws {
    let commands = NumbersCommands.all
    #expect(
      commands.map(\.name) == [
        "ls", "show", "set", "release", "search", "check", "rent", "regions", "callbacks",
      ])
    for command in commands {
      #expect(!command.summary.isEmpty && !command.usage.isEmpty && !command.example.isEmpty)
      #expect(command.example == command.name || command.example.hasPrefix(command.name + " "))
      #expect(command.category == .numbers)
    }
    let list = try #require(commands.first { $0.name == "ls" })
    #expect(list.parameter("type")?.values == ["LOCAL", "MOBILE", "TOLL_FREE"])
    #expect(list.parameter("match")?.values == ["start", "contains", "end"])
    #expect(list.parameter("order")?.values == ["phoneNumber", "displayName"])
    if case .regions = list.parameter("region")?.completion {
    } else {
      Issue.record("region completes regions")
    }
    let update = try #require(commands.first { $0.name == "set" })
    #expect(update.parameter("voice")?.values == ["RTC", "EST", "FAX"])
    #expect(update.flag(written: "-j")?.takesValue == true)
    if case .phoneNumbers = update.positionalCompletion {} else { Issue.record("set completes numbers") }
    let release = try #require(commands.first { $0.name == "release" })
    #expect(release.flag(written: "--yes")?.short == "y")
  }

  @Test func mutationsMarkTheirResultAsReportedAndReadsDoNot() async throws {
    let session = try NumbersSession()
    func marks(_ name: String, _ positional: [Value] = [], _ named: KeyValuePairs<String, Value> = [:])
      async throws -> Bool
    {
      let report = ResultReport()
      try await CommandContext.$currentReport.withValue(report) {
        _ = try await session.run(name, positional, named, flags: ["yes": true])
      }
      return report.isReported
    }
    #expect(try await marks("set", [phone("+12086390939")], ["name": "x"]))
    #expect(try await marks("release", [phone("+12086390939")]))
    #expect(try await marks("rent", [phone("+12085550200")]))
    #expect(try await marks("callbacks", [], ["secret": "abcdefghijklmnopqrstuvwxyz0123456789"]))
    #expect(try await !marks("ls"))
    #expect(try await !marks("callbacks"))
    #expect(try await !marks("show", [phone("+12025550134")]))
  }
}

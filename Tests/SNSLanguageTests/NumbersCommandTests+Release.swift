import SinchNumbers
import Testing

@testable import SNSLanguage

@Suite struct NumbersCommandReleaseTests {
  private static var interactive: SessionSettings {
    var settings = SessionSettings()
    settings.interactive = true
    return settings
  }

  @Test func aScriptCannotReleaseWithoutYes() async throws {
    let session = try NumbersSession()
    let error = try #require(await session.failure("release", [phone("+12086390939")]))
    #expect(error.kind == .confirmation)
    #expect(
      error.message == "release needs confirmation: add --yes (or run sns --yes) to release in a script")
    #expect(await session.statistics.calls(.releaseNumber) == 0)
    #expect(await session.statistics.calls(.getActiveNumber) == 0)
  }

  @Test func yesReleasesAndSummarises() async throws {
    let session = try NumbersSession()
    let released = try await session.run("release", [phone("+12086390939")], flags: ["yes": true])
    #expect(field(released, "expireAt") == "2026-12-29T09:54:20.516Z")
    #expect(session.io.output == "released +12086390939\n")
    #expect(await session.statistics.activeNumbers == 11)
  }

  @Test func assumeYesOrConfirmOffAtThePromptAlsoRelease() async throws {
    var assume = SessionSettings()
    assume.assumeYes = true
    var unconfirmed = Self.interactive
    unconfirmed.confirm = false
    for settings in [assume, unconfirmed] {
      let session = try NumbersSession(settings: settings)
      let released = try await session.run("release", [[phone("+12086390939"), phone("+12092224786")]])
      #expect(phoneNumbers(released) == ["+12086390939", "+12092224786"])
      #expect(session.io.questions.isEmpty)
      #expect(await session.statistics.activeNumbers == 10)
    }
  }

  @Test func confirmOffDoesNotLetAScriptReleaseWithoutYes() async throws {
    var settings = SessionSettings()
    settings.confirm = false
    let session = try NumbersSession(settings: settings)
    await #expect(throws: RuntimeError.self) {
      try await session.run("release", [phone("+12086390939")])
    }
    #expect(await session.statistics.activeNumbers == 12)
  }

  @Test func interactiveShowsWhatWillHappenAndAsksOnce() async throws {
    let session = try NumbersSession(settings: Self.interactive, answer: true)
    let released = try await session.run("release", [phone("+12025550134"), phone("+12086390939")])
    #expect(phoneNumbers(released) == ["+12025550134", "+12086390939"])
    #expect(session.io.questions == ["Release 2 numbers? [y/N]"])
    #expect(
      session.io.errors
        == "  +12025550134  Support    US LOCAL  2.00 USD/month\n"
        + "  +12086390939  (no name)  US LOCAL  2.00 USD/month\n")
    #expect(await session.statistics.activeNumbers == 10)
  }

  @Test func refusingChangesNothing() async throws {
    let session = try NumbersSession(settings: Self.interactive, answer: false)
    let error = try #require(await session.failure("release", [phone("+12025550134")]))
    #expect(error.kind == .confirmation)
    #expect(error.message == "release cancelled: nothing was changed")
    #expect(session.io.questions == ["Release +12025550134? [y/N]"])
    #expect(await session.statistics.calls(.releaseNumber) == 0)
  }

  @Test func anUnknownNumberStopsTheReleaseBeforeTheQuestion() async throws {
    let session = try NumbersSession(settings: Self.interactive, answer: true)
    let error = try #require(
      await session.failure("release", [phone("+12025550134"), phone("+12086390000")]))
    #expect(
      error.message
        == "1 of 2 lookups failed: no active number +12086390000 in this project (404 NOT_FOUND); "
        + "nothing was released")
    #expect(error.range == positionalRange(1))
    #expect(session.io.questions.isEmpty)
    #expect(await session.statistics.calls(.releaseNumber) == 0)
  }

  @Test func bulkReleaseReportsFailuresAfterReleasingTheRest() async throws {
    let session = try NumbersSession()
    let error = try #require(
      await session.failure(
        "release", [phone("+12086390939"), phone("+12086390000")], flags: ["yes": true, "jobs": 1]))
    #expect(
      error.message == "1 of 2 releases failed: no active number +12086390000 in this project (404 NOT_FOUND)"
    )
    #expect(session.io.output == "released +12086390939\n")
    #expect(await session.statistics.activeNumbers == 11)
  }

  @Test func anEmptyListReleasesNothing() async throws {
    let session = try NumbersSession()
    let result = try await session.run("release", [], flags: ["yes": true], input: [])
    #expect(result == [])
    let none = try #require(await session.failure("release", [], flags: ["yes": true]))
    #expect(none.message == "release needs a NUMBER")
  }
}

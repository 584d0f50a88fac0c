import SinchNumbers
import Testing

@testable import SNSLanguage

@Suite struct NumbersCommandUpdateTests {
  @Test func setChangesOneNumberAndSummarisesIt() async throws {
    let session = try NumbersSession()
    let updated = try await session.run("set", [phone("+12086390939")], ["name": "Support"])
    #expect(field(updated, "displayName") == "Support")
    #expect(session.io.output == "updated +12086390939: displayName \"Support\"\n")
    let stored = try await session.sandbox.activeNumber(PhoneNumber("+12086390939"))
    #expect(stored.displayName == "Support")
  }

  @Test func setSendsOnlyTheFieldsGivenAndEmptyUnlinks() async throws {
    let session = try NumbersSession()
    let updated = try await session.run(
      "set", [phone("+12025550134")], ["plan": "", "campaign": "camp1", "callback": "https://x.example/cb"])
    #expect(field(updated, "displayName") == "Support")
    #expect(field(updated, "smsConfiguration.scheduledProvisioning.servicePlanId") == "")
    #expect(field(updated, "smsConfiguration.scheduledProvisioning.campaignId") == "camp1")
    #expect(
      session.io.output
        == "updated +12025550134: smsConfiguration.servicePlanId \"\", smsConfiguration.campaignId \"camp1\", "
        + "callbackUrl \"https://x.example/cb\"\n")
  }

  @Test func voiceTypeFollowsTheIdGiven() async throws {
    let session = try NumbersSession()
    let updated = try await session.run("set", [phone("+13125550101")], ["trunk": "trunk-1"])
    #expect(field(updated, "voiceConfiguration.scheduledVoiceProvisioning.type") == "EST")
    #expect(field(updated, "voiceConfiguration.scheduledVoiceProvisioning.trunkId") == "trunk-1")
    let clash = try #require(
      await session.failure("set", [phone("+13125550101")], ["voice": "est", "app": "a"]))
    #expect(clash.message == "voice=EST takes trunk=ID, not app=")
    #expect(clash.range == namedRange(1))
    let several = try #require(
      await session.failure("set", [phone("+13125550101")], ["app": "a", "trunk": "t"]))
    #expect(several.message == "give one of app=, trunk= or service=, not several")
  }

  @Test func setWithoutAFieldIsAnError() async throws {
    let session = try NumbersSession()
    let error = try #require(await session.failure("set", [phone("+12086390939")]))
    #expect(error.message == "set needs at least one field: name=, plan=, campaign=, callback= or voice=")
    let misspelt = try #require(await session.failure("set", [phone("+12086390939")], ["nmae": "x"]))
    #expect(misspelt.message == "set has no parameter 'nmae'")
    #expect(misspelt.suggestion == "did you mean 'name'?")
  }

  @Test func unknownNumberReadsAsASentence() async throws {
    let session = try NumbersSession()
    let error = try #require(await session.failure("set", [phone("+12086390000")], ["name": "x"]))
    #expect(error.message == "no active number +12086390000 in this project (404 NOT_FOUND)")
    #expect(error.kind == .api)
    #expect(error.status == 404)
    #expect(error.code == "NOT_FOUND")
    #expect(error.range == positionalRange(0))
  }

  @Test func badPhoneNumbersPointAtTheArgument() async throws {
    let session = try NumbersSession()
    let zero = try #require(await session.failure("set", [phone("+12086390939"), "+0123"], ["name": "x"]))
    #expect(zero.message == "+0123: country code cannot start with 0")
    #expect(zero.range == positionalRange(1))
    let record = try #require(await session.failure("set", [["name": "x"]], ["name": "x"]))
    #expect(record.message.hasPrefix("record has no field 'phoneNumber'"))
    #expect(await session.statistics.calls(.updateActiveNumber) == 0)
  }

  @Test func bulkUpdateReportsEveryFailureAndKeepsGoing() async throws {
    let session = try NumbersSession()
    let numbers: Value = [
      phone("+12086390939"), phone("+12086390000"), "+1 (202) 555-0134", phone("+12086390001"),
      ["phoneNumber": phone("+12025550188")],
    ]
    let error = try #require(await session.failure("set", [numbers], ["name": "Bulk"]))
    #expect(
      error.message
        == "2 of 5 updates failed: no active number +12086390000 in this project (404 NOT_FOUND); "
        + "no active number +12086390001 in this project (404 NOT_FOUND)")
    #expect(error.status == 404)
    #expect(error.code == "NOT_FOUND")
    #expect(error.range == positionalRange(0))
    for number in ["+12086390939", "+12025550134", "+12025550188"] {
      #expect(try await session.sandbox.activeNumber(PhoneNumber(number)).displayName == "Bulk")
    }
    let lines = session.io.output.split(separator: "\n").sorted()
    #expect(
      lines == [
        "updated +12025550134: displayName \"Bulk\"", "updated +12025550188: displayName \"Bulk\"",
        "updated +12086390939: displayName \"Bulk\"",
      ])
  }

  @Test func bulkRunsConcurrentlyWithinTheLimitAndKeepsInputOrder() async throws {
    var tracker: ConcurrencyTracker?
    let session = try NumbersSession(extraNumbers: 40) { sandbox in
      let api = SlowNumbersAPI(sandbox)
      tracker = api.tracker
      return api
    }
    let listed = try await session.run("ls", [], ["limit": 12])
    let reversed = Value.list(phoneNumbers(listed).reversed().map(phone))
    let result = try await session.run("set", [], ["name": "J"], flags: ["jobs": 3], input: reversed)
    #expect(phoneNumbers(result) == phoneNumbers(listed).reversed())
    let most = await tracker?.most ?? 0
    #expect(most == 3)
  }

  @Test func defaultConcurrencyComesFromTheSettings() async throws {
    var settings = SessionSettings()
    settings.jobs = 2
    var tracker: ConcurrencyTracker?
    let session = try NumbersSession(settings: settings) { sandbox in
      let api = SlowNumbersAPI(sandbox)
      tracker = api.tracker
      return api
    }
    let all = try await session.run("ls")
    _ = try await session.run("set", [all], ["name": "J"])
    #expect(await tracker?.most == 2)
    #expect(await tracker?.started == 12)
  }

  @Test func pipedRecordsGiveAList() async throws {
    let session = try NumbersSession()
    let swedish = try await session.run("ls", [], ["region": "SE"])
    let result = try await session.run("set", [], ["callback": "https://cb.example"], input: swedish)
    #expect(phoneNumbers(result) == ["+46701740605", "+46701740618"])
    let one = try await session.run("set", [], ["name": "x"], input: .list([phone("+46701740605")]))
    #expect(phoneNumbers(one) == ["+46701740605"])
    let both = try #require(
      await session.failure("set", [phone("+46701740605")], ["name": "x"], input: swedish))
    #expect(both.message == "set takes numbers either from the pipe or as arguments, not both")
  }

  @Test func quietAndMachineOutputPrintNoSummary() async throws {
    for change in [
      { (settings: inout SessionSettings) in settings.quiet = true }, { $0.output = .json },
      { $0.output = .csv },
    ] {
      var settings = SessionSettings()
      change(&settings)
      let session = try NumbersSession(settings: settings)
      _ = try await session.run("set", [phone("+12086390939")], ["name": "Quiet"])
      #expect(session.io.output == "")
      #expect(try await session.sandbox.activeNumber(PhoneNumber("+12086390939")).displayName == "Quiet")
    }
  }

  @Test func cancellationLetsCallsInFlightFinishAndSaysWhatChanged() async throws {
    var tracker: ConcurrencyTracker?
    let session = try NumbersSession { sandbox in
      let api = SlowNumbersAPI(sandbox, delay: .milliseconds(300))
      tracker = api.tracker
      return api
    }
    let all = try await session.run("ls", [], ["region": "US"])
    let task = Task { try await session.run("set", [all], ["name": "Stop"], flags: ["jobs": 2]) }
    while await tracker?.started ?? 2 < 2 { try await Task.sleep(for: .milliseconds(5)) }
    task.cancel()
    await #expect(throws: CancellationError.self) { try await task.value }
    #expect(await session.statistics.applied(.updateActiveNumber) == 2)
    #expect(
      session.context.changes.interruptionReport()
        == """
        interrupted: 2 numbers changed, 4 not changed
          updated: +12025550134, +12025550188
          not changed: +12086390939, +12092224786, +13125550101, +18885550123
        """)
  }
}

import Foundation
import Testing

@testable import SinchNumbers

extension SandboxTests {
  @Suite("Get and update")
  struct Updates {
    let support = "+12025550134"

    @Test("an unknown number is a 404 NOT_FOUND with a ResourceInfo detail")
    func unknownNumber() async throws {
      let sandbox = try SandboxTests.seeded()
      let number = try SandboxTests.number("+12086390000")
      let error = await apiError { try await sandbox.activeNumber(number) }
      expectNotFound(error, resourceType: "ActiveNumber", name: "+12086390000")
      #expect(error?.message == "Number +12086390000 not found")
      let body = try #require(error?.body)
      #expect(body.error.code == 404)
      let update = await apiError {
        try await sandbox.updateActiveNumber(number, ActiveNumberUpdate(displayName: "x"))
      }
      expectNotFound(update, resourceType: "ActiveNumber", name: "+12086390000")
    }

    @Test("an update changes only the fields it names")
    func changesOnlyGivenFields() async throws {
      let sandbox = try SandboxTests.seeded()
      let number = try SandboxTests.number(support)
      let before = try await sandbox.activeNumber(number)
      let renamed = try await sandbox.updateActiveNumber(number, ActiveNumberUpdate(displayName: "Help desk"))
      var expected = before
      expected.displayName = "Help desk"
      #expect(renamed == expected)
      let relinked = try await sandbox.updateActiveNumber(
        number, ActiveNumberUpdate(callbackUrl: "https://example.com/hook"))
      expected.callbackUrl = "https://example.com/hook"
      #expect(relinked == expected)
      #expect(try await sandbox.activeNumber(number) == expected)
    }

    @Test("a new SMS plan is scheduled in the answer and applied on the next read")
    func smsProvisioning() async throws {
      let sandbox = try SandboxTests.seeded()
      let number = try SandboxTests.number(support)
      let answer = try await sandbox.updateActiveNumber(
        number, ActiveNumberUpdate(smsConfiguration: SMSConfiguration(servicePlanId: "newplan")))
      #expect(answer.smsConfiguration?.servicePlanId == "3f1b2a9c8d7e4f60a1b2c3d4e5f60718")
      let scheduled = try #require(answer.smsConfiguration?.scheduledProvisioning)
      #expect(scheduled.servicePlanId == "newplan")
      #expect(scheduled.campaignId == "")
      #expect(scheduled.status == .waiting)
      #expect(scheduled.lastUpdatedTime == SandboxTests.nowText)
      let later = try await sandbox.activeNumber(number)
      #expect(later.smsConfiguration == SMSConfiguration(servicePlanId: "newplan", campaignId: ""))
    }

    @Test("a new voice configuration is scheduled and then applied, seen by a list")
    func voiceProvisioning() async throws {
      let sandbox = try SandboxTests.seeded()
      let number = try SandboxTests.number(support)
      let answer = try await sandbox.updateActiveNumber(
        number, ActiveNumberUpdate(voiceConfiguration: VoiceConfiguration(type: .est, trunkId: "trunk-1")))
      #expect(answer.voiceConfiguration?.type == .rtc)
      let scheduled = try #require(answer.voiceConfiguration?.scheduledVoiceProvisioning)
      #expect(
        scheduled
          == ScheduledVoiceProvisioning(
            type: .est, trunkId: "trunk-1", status: .waiting, lastUpdatedTime: SandboxTests.nowText))
      let page = try await sandbox.listActiveNumbers(ActiveNumberQuery(pattern: support))
      let voice = try #require(page.activeNumbers.first?.voiceConfiguration)
      #expect(voice.type == .est)
      #expect(voice.trunkId == "trunk-1")
      #expect(voice.appId == "")
      #expect(voice.lastUpdatedTime == SandboxTests.nowText)
      #expect(voice.scheduledVoiceProvisioning == nil)
    }

    @Test("a second update sees the first one's provisioning applied")
    func updateAppliesEarlierProvisioning() async throws {
      let sandbox = try SandboxTests.seeded()
      let number = try SandboxTests.number(support)
      _ = try await sandbox.updateActiveNumber(
        number, ActiveNumberUpdate(smsConfiguration: SMSConfiguration(campaignId: "CAMP01")))
      let second = try await sandbox.updateActiveNumber(number, ActiveNumberUpdate(displayName: "x"))
      #expect(second.smsConfiguration?.campaignId == "CAMP01")
      #expect(second.smsConfiguration?.scheduledProvisioning == nil)
    }

    @Test("an empty SMS configuration is a 400")
    func emptySMSConfiguration() async throws {
      let sandbox = try SandboxTests.seeded()
      let number = try SandboxTests.number(support)
      let error = await apiError {
        try await sandbox.updateActiveNumber(number, ActiveNumberUpdate(smsConfiguration: SMSConfiguration()))
      }
      expectInvalidArgument(error, field: "smsConfiguration")
    }

    @Test(
      "a voice configuration needs a type of RTC, EST or FAX",
      arguments: [nil, VoiceApplicationType(rawValue: "SIP")])
    func voiceType(type: VoiceApplicationType?) async throws {
      let sandbox = try SandboxTests.seeded()
      let number = try SandboxTests.number(support)
      let error = await apiError {
        try await sandbox.updateActiveNumber(
          number, ActiveNumberUpdate(voiceConfiguration: VoiceConfiguration(type: type, appId: "a")))
      }
      #expect(expectInvalidArgument(error, field: "voiceConfiguration.type").contains("RTC, EST, FAX"))
      #expect(await sandbox.statistics().applied(.updateActiveNumber) == 0)
    }

    @Test("a rename shows in the display-name order at once")
    func renameReordersList() async throws {
      let sandbox = try SandboxTests.seeded()
      _ = try await sandbox.listActiveNumbers(ActiveNumberQuery(orderBy: .displayName))
      _ = try await sandbox.updateActiveNumber(
        SandboxTests.number(support), ActiveNumberUpdate(displayName: "ZZZ"))
      let page = try await sandbox.listActiveNumbers(ActiveNumberQuery(orderBy: .displayName))
      #expect(page.activeNumbers.last?.phoneNumber == support)
    }
  }
}

import SinchNumbers
import Testing

@testable import SNSLanguage

@Suite struct NumbersCommandDryRunTests {
  private static var dryRun: SessionSettings {
    var settings = SessionSettings()
    settings.dryRun = true
    return settings
  }

  private func expectNothingChanged(_ session: NumbersSession) async {
    #expect(await session.statistics.applied.isEmpty)
    #expect(await session.sandbox.mutationLog().isEmpty)
  }

  @Test func setPrintsTheRequestAndReturnsThePrediction() async throws {
    let session = try NumbersSession(settings: Self.dryRun)
    let predicted = try await session.run("set", [phone("+12086390939")], ["name": "Support"])
    #expect(field(predicted, "displayName") == "Support")
    #expect(
      session.io.errors
        == "dry-run: PATCH /v1/projects/\(seedProject)/activeNumbers/+12086390939 {\"displayName\":\"Support\"}\n"
    )
    #expect(session.io.output == "")
    #expect(await session.statistics.calls(.updateActiveNumber) == 0)
    await expectNothingChanged(session)
  }

  @Test func bulkSetLinesComeInInputOrderWithSortedKeys() async throws {
    let session = try NumbersSession(settings: Self.dryRun)
    let numbers: Value = [phone("+13125550101"), phone("+12025550134")]
    let predicted = try await session.run("set", [numbers], ["plan": "p1", "voice": "FAX", "service": "s1"])
    #expect(phoneNumbers(predicted) == ["+13125550101", "+12025550134"])
    let body =
      "{\"smsConfiguration\":{\"servicePlanId\":\"p1\"},\"voiceConfiguration\":{\"serviceId\":\"s1\",\"type\":\"FAX\"}}"
    #expect(
      session.io.errors
        == "dry-run: PATCH /v1/projects/\(seedProject)/activeNumbers/+13125550101 \(body)\n"
        + "dry-run: PATCH /v1/projects/\(seedProject)/activeNumbers/+12025550134 \(body)\n")
    guard case .list(let records) = predicted, let first = records.first else {
      Issue.record("expected a list")
      return
    }
    #expect(field(first, "smsConfiguration.servicePlanId") == "p1")
    #expect(field(first, "voiceConfiguration.type") == "FAX")
    #expect(field(first, "voiceConfiguration.serviceId") == "s1")
    await expectNothingChanged(session)
  }

  @Test func dryRunStillReadsSoUnknownNumbersFail() async throws {
    let session = try NumbersSession(settings: Self.dryRun)
    let error = try #require(await session.failure("set", [phone("+12086390000")], ["name": "x"]))
    #expect(error.message == "no active number +12086390000 in this project (404 NOT_FOUND)")
    #expect(session.io.errors == "")
  }

  @Test func releaseNeedsNoConfirmationAndPredictsExpiry() async throws {
    let session = try NumbersSession(settings: Self.dryRun)
    let predicted = try await session.run("release", [phone("+12086390939")])
    #expect(field(predicted, "expireAt") == "2026-12-29T09:54:20.516Z")
    #expect(
      session.io.errors == "dry-run: POST /v1/projects/\(seedProject)/activeNumbers/+12086390939:release\n")
    #expect(session.io.output == "")
    await expectNothingChanged(session)
  }

  @Test func rentPredictsFromCheck() async throws {
    let session = try NumbersSession(settings: Self.dryRun)
    let predicted = try await session.run("rent", [phone("+12085550200")])
    #expect(field(predicted, "money.amount") == "2.0")
    #expect(field(predicted, "projectId") == seedProject)
    let any = try await session.run("rent", [], ["region": "US", "type": "LOCAL", "capability": "SMS"])
    #expect(field(any, "phoneNumber") == "+12085550200")
    #expect(
      session.io.errors
        == "dry-run: POST /v1/projects/\(seedProject)/availableNumbers/+12085550200:rent {}\n"
        + "dry-run: POST /v1/projects/\(seedProject)/availableNumbers:rentAny "
        + "{\"capabilities\":[\"SMS\"],\"regionCode\":\"US\",\"type\":\"LOCAL\"}\n")
    #expect(await session.statistics.availableNumbers == 250)
    await expectNothingChanged(session)
  }

  @Test func callbackSecretIsNeverPrinted() async throws {
    let session = try NumbersSession(settings: Self.dryRun)
    let secret = "dry-secret-0123456789abcdef0123456789"
    let predicted = try await session.run("callbacks", [], ["secret": .string(secret)])
    #expect(field(predicted, "hmacSecret") == secret)
    #expect(
      session.io.errors
        == "dry-run: PATCH /v1/projects/\(seedProject)/callbackConfiguration {\"hmacSecret\":\"<redacted>\"}\n"
    )
    #expect(session.io.output == "")
    await expectNothingChanged(session)
  }
}

import Foundation
import Testing

@testable import SinchNumbers

extension SandboxTests {
  @Suite("Search, rent and release")
  struct Inventory {
    @Test("search filters by region, type, capabilities and pattern, in number order")
    func search() async throws {
      let sandbox = try SandboxTests.seeded()
      let local = try await sandbox.searchAvailableNumbers(
        AvailableNumberQuery(regionCode: "US", type: .local))
      #expect(local.count == 25)
      #expect(local.allSatisfy { $0.regionCode == "US" && $0.type == .local })
      let numbers = local.compactMap(\.phoneNumber)
      #expect(numbers == numbers.sorted())
      let mobileVoice = try await sandbox.searchAvailableNumbers(
        AvailableNumberQuery(regionCode: "GB", type: .mobile, capabilities: [.sms, .voice]))
      #expect(!mobileVoice.isEmpty)
      #expect(mobileVoice.allSatisfy { Set($0.capability ?? []).isSuperset(of: [.sms, .voice]) })
      let ending = try await sandbox.searchAvailableNumbers(
        AvailableNumberQuery(regionCode: "US", type: .local, pattern: "0200", searchPattern: .end))
      #expect(ending.compactMap(\.phoneNumber) == ["+12085550200"])
    }

    @Test("size caps the result")
    func searchSize() async throws {
      let sandbox = try SandboxTests.seeded()
      let three = try await sandbox.searchAvailableNumbers(
        AvailableNumberQuery(regionCode: "SE", type: .mobile, size: 3))
      #expect(three.count == 3)
      let error = await apiError {
        try await sandbox.searchAvailableNumbers(
          AvailableNumberQuery(regionCode: "SE", type: .mobile, size: -1))
      }
      expectInvalidArgument(error, field: "size")
    }

    @Test("search needs a region and a known type")
    func searchValidation() async throws {
      let sandbox = try SandboxTests.seeded()
      let noRegion = await apiError {
        try await sandbox.searchAvailableNumbers(AvailableNumberQuery(regionCode: " ", type: .local))
      }
      expectInvalidArgument(noRegion, field: "regionCode")
      let badType = await apiError {
        try await sandbox.searchAvailableNumbers(AvailableNumberQuery(regionCode: "US", type: "PREMIUM"))
      }
      expectInvalidArgument(badType, field: "type")
      let badCapability = await apiError {
        try await sandbox.searchAvailableNumbers(
          AvailableNumberQuery(regionCode: "US", type: .local, capabilities: ["MMS"]))
      }
      expectInvalidArgument(badCapability, field: "capabilities")
    }

    @Test("checking one number gives it, or a 404 on AvailableNumber")
    func checkOneNumber() async throws {
      let sandbox = try SandboxTests.seeded()
      let available = try await sandbox.availableNumber(SandboxTests.number("+12085550200"))
      #expect(available.monthlyPrice == Money(currencyCode: "USD", amount: "2.0"))
      let error = await apiError { try await sandbox.availableNumber(SandboxTests.number("+12086390939")) }
      expectNotFound(error, resourceType: "AvailableNumber", name: "+12086390939")
    }

    @Test("a rented US LOCAL number leaves the inventory and becomes active at its monthly price")
    func rentNumber() async throws {
      let sandbox = try SandboxTests.seeded()
      let number = try SandboxTests.number("+12085550200")
      let offer = try await sandbox.availableNumber(number)
      let rented = try await sandbox.rentNumber(
        number,
        RentNumberRequest(
          smsConfiguration: SMSConfiguration(servicePlanId: "plan1"),
          callbackUrl: "https://example.com/cb"))
      #expect(rented.phoneNumber == "+12085550200")
      #expect(rented.projectId == sandbox.projectId)
      #expect(rented.displayName == "")
      #expect(rented.regionCode == "US")
      #expect(rented.type == .local)
      #expect(rented.capability == offer.capability)
      #expect(rented.money == offer.monthlyPrice)
      #expect(rented.paymentIntervalMonths == 1)
      #expect(rented.nextChargeDate == "2026-12-15T12:00:00.000Z")
      #expect(rented.expireAt == nil)
      #expect(rented.callbackUrl == "https://example.com/cb")
      #expect(rented.smsConfiguration?.scheduledProvisioning?.servicePlanId == "plan1")
      #expect(rented.smsConfiguration?.scheduledProvisioning?.status == .waiting)
      #expect(rented.voiceConfiguration?.scheduledVoiceProvisioning == nil)

      let gone = await apiError { try await sandbox.availableNumber(number) }
      expectNotFound(gone, resourceType: "AvailableNumber", name: "+12085550200")
      let active = try await sandbox.activeNumber(number)
      #expect(active.smsConfiguration == SMSConfiguration(servicePlanId: "plan1", campaignId: ""))
      let again = await apiError { try await sandbox.rentNumber(number, RentNumberRequest()) }
      expectNotFound(again, resourceType: "AvailableNumber", name: "+12085550200")
    }

    @Test(
      "renting outside US LOCAL is a 400 that points to number orders",
      arguments: ["+4477009000200", "+18885550200", "+61491570200"])
    func rentOutsideUSLocal(text: String) async throws {
      let sandbox = try SandboxTests.seeded()
      let number = try SandboxTests.number(text)
      let error = await apiError { try await sandbox.rentNumber(number, RentNumberRequest()) }
      #expect(error?.httpStatus == 400)
      #expect(error?.status == "INVALID_ARGUMENT")
      #expect(error?.message.contains("Number Order API") == true)
      #expect(try await sandbox.availableNumber(number).phoneNumber == text)
    }

    @Test("rent any takes the first matching US LOCAL number")
    func rentAny() async throws {
      let sandbox = try SandboxTests.seeded()
      let search = try await sandbox.searchAvailableNumbers(
        AvailableNumberQuery(regionCode: "US", type: .local, capabilities: [.sms], pattern: "+1208"))
      let rented = try await sandbox.rentAnyNumber(
        RentAnyNumberRequest(
          regionCode: "US", type: .local, numberPattern: NumberPattern(pattern: "+1208"),
          capabilities: [.sms], voiceConfiguration: VoiceConfiguration(type: .rtc, appId: "app")))
      #expect(rented.phoneNumber == search.first?.phoneNumber)
      #expect(rented.voiceConfiguration?.scheduledVoiceProvisioning?.appId == "app")
      #expect(await sandbox.statistics().applied(.rentAnyNumber) == 1)
    }

    @Test("rent any outside US LOCAL is a 400; with no match, a 404")
    func rentAnyErrors() async throws {
      let sandbox = try SandboxTests.seeded()
      let gb = await apiError {
        try await sandbox.rentAnyNumber(RentAnyNumberRequest(regionCode: "GB", type: .mobile))
      }
      #expect(gb?.fieldViolations.first?.field == "regionCode")
      #expect(gb?.message.contains("numberOrders") == true)
      let tollFree = await apiError {
        try await sandbox.rentAnyNumber(RentAnyNumberRequest(regionCode: "US", type: .tollFree))
      }
      #expect(tollFree?.fieldViolations.first?.field == "type")
      let none = await apiError {
        try await sandbox.rentAnyNumber(
          RentAnyNumberRequest(regionCode: "US", type: .local, numberPattern: NumberPattern(pattern: "+1999"))
        )
      }
      expectNotFound(none, resourceType: "AvailableNumber", name: "")
      let empty = await apiError {
        try await sandbox.rentAnyNumber(
          RentAnyNumberRequest(regionCode: "US", type: .local, smsConfiguration: SMSConfiguration()))
      }
      expectInvalidArgument(empty, field: "smsConfiguration")
      #expect(await sandbox.statistics().applied(.rentAnyNumber) == 0)
    }

    @Test("release returns the number with expireAt and puts it back in the inventory")
    func release() async throws {
      let sandbox = try SandboxTests.seeded()
      let number = try SandboxTests.number("+447700900123")
      let before = try await sandbox.activeNumber(number)
      let released = try await sandbox.releaseNumber(number)
      #expect(released.expireAt == before.nextChargeDate)
      #expect(released.phoneNumber == before.phoneNumber)

      let gone = await apiError { try await sandbox.activeNumber(number) }
      expectNotFound(gone, resourceType: "ActiveNumber", name: "+447700900123")
      #expect(try await sandbox.listActiveNumbers(ActiveNumberQuery()).totalSize == 11)

      let offer = try await sandbox.availableNumber(number)
      #expect(offer.monthlyPrice == Money(currencyCode: "GBP", amount: "1.5"))
      #expect(offer.setupPrice == Money(currencyCode: "GBP", amount: "0.0"))
      #expect(offer.capability == before.capability)
      #expect(offer.regionCode == "GB")
      #expect(offer.type == .mobile)
      #expect(offer.paymentIntervalMonths == 1)
      let search = try await sandbox.searchAvailableNumbers(
        AvailableNumberQuery(regionCode: "GB", type: .mobile, pattern: "+447700900123"))
      #expect(search == [offer])

      let twice = await apiError { try await sandbox.releaseNumber(number) }
      expectNotFound(twice, resourceType: "ActiveNumber", name: "+447700900123")
      let statistics = await sandbox.statistics()
      #expect(statistics.calls(.releaseNumber) == 2)
      #expect(statistics.applied(.releaseNumber) == 1)
    }

    @Test("a released US LOCAL number can be rented back")
    func releaseThenRent() async throws {
      let sandbox = try SandboxTests.seeded()
      let number = try SandboxTests.number("+12086390939")
      _ = try await sandbox.releaseNumber(number)
      let rented = try await sandbox.rentNumber(number, RentNumberRequest())
      #expect(rented.money == Money(currencyCode: "USD", amount: "2.0"))
      #expect(rented.smsConfiguration?.scheduledProvisioning == nil)
      let log = await sandbox.mutationLog()
      #expect(log.map(\.operation) == [.releaseNumber, .rentNumber])
      #expect(log.map(\.phoneNumber) == ["+12086390939", "+12086390939"])
      #expect(log.map(\.sequence) == [1, 2])
      #expect(log.allSatisfy { $0.time == SandboxTests.nowText })
    }
  }
}

import Foundation
import Testing

@testable import SinchNumbers

extension SandboxTests {
  @Suite("Regions, callbacks and synthetic numbers")
  struct Project {
    @Test("regions: all without types, else those offering any of them")
    func regions() async throws {
      let sandbox = try SandboxTests.seeded()
      #expect(try await sandbox.availableRegions(types: []).count == 7)
      let tollFree = try await sandbox.availableRegions(types: [.tollFree])
      #expect(tollFree.compactMap(\.regionCode) == ["CA", "US"])
      let either = try await sandbox.availableRegions(types: [.mobile, .tollFree])
      #expect(either.compactMap(\.regionCode) == ["AU", "CA", "FR", "GB", "SE", "US"])
      let error = await apiError { try await sandbox.availableRegions(types: [.local, "SATELLITE"]) }
      expectInvalidArgument(error, field: "types")
    }

    @Test("the callback configuration carries the project and its secret")
    func callbackConfiguration() async throws {
      let sandbox = try SandboxTests.seeded()
      let configuration = try await sandbox.callbackConfiguration()
      #expect(configuration.projectId == sandbox.projectId)
      #expect(configuration.hmacSecret == "sandbox-hmac-secret-0123456789abcdef")
      let secret = "0123456789-abcdefghijABCDEFGHIJ-xyz"
      let updated = try await sandbox.updateCallbackConfiguration(
        CallbackConfigurationUpdate(hmacSecret: secret))
      #expect(updated == CallbackConfiguration(projectId: sandbox.projectId, hmacSecret: secret))
      #expect(try await sandbox.callbackConfiguration().hmacSecret == secret)
    }

    @Test(
      "a secret outside ^[a-zA-Z0-9-]{32,64}$ is a 400 that does not echo it",
      arguments: [
        nil, "", "short-secret", String(repeating: "a", count: 65), "0123456789abcdef0123456789abcdef_",
        "0123456789abcdef 0123456789abcdef", "0123456789abcdef0123456789abcdeé",
      ])
    func badSecret(secret: String?) async throws {
      let sandbox = try SandboxTests.seeded()
      let error = await apiError {
        try await sandbox.updateCallbackConfiguration(CallbackConfigurationUpdate(hmacSecret: secret))
      }
      expectInvalidArgument(error, field: "hmacSecret")
      if let secret, !secret.isEmpty { #expect(error?.description.contains(secret) == false) }
      #expect(try await sandbox.callbackConfiguration().hmacSecret == "sandbox-hmac-secret-0123456789abcdef")
    }

    @Test("secrets of exactly 32 and 64 characters are accepted")
    func secretBounds() async throws {
      let sandbox = try SandboxTests.seeded()
      for length in [32, 64] {
        let secret = String(repeating: "A1-", count: 22).prefix(length)
        let updated = try await sandbox.updateCallbackConfiguration(
          CallbackConfigurationUpdate(hmacSecret: String(secret)))
        #expect(updated.hmacSecret?.count == length)
      }
      #expect(await sandbox.statistics().applied(.updateCallbackConfiguration) == 2)
    }

    @Test("synthetic numbers are the same for the same seed and differ for another")
    func syntheticDeterminism() async throws {
      let query = ActiveNumberQuery(pageSize: 1000)
      let first = try await SandboxTests.seeded(extraNumbers: 3_000, randomSeed: 42).listActiveNumbers(query)
      let second = try await SandboxTests.seeded(extraNumbers: 3_000, randomSeed: 42).listActiveNumbers(query)
      let other = try await SandboxTests.seeded(extraNumbers: 3_000, randomSeed: 43).listActiveNumbers(query)
      #expect(first == second)
      #expect(first.activeNumbers != other.activeNumbers)
      #expect(first.totalSize == 3_012)
    }

    @Test("synthetic numbers are valid, unique and spread over regions and types")
    func syntheticShape() async throws {
      let sandbox = try SandboxTests.seeded(extraNumbers: 5_000, randomSeed: 1)
      let pages = try await SandboxTests.allPages(sandbox, ActiveNumberQuery(pageSize: 1000))
      let numbers = pages.flatMap(\.activeNumbers)
      #expect(numbers.count == 5_012)
      #expect(Set(numbers.compactMap(\.phoneNumber)).count == 5_012)
      for number in numbers {
        #expect(PhoneNumber.problem(with: number.phoneNumber ?? "") == nil)
        #expect(number.money?.amount != nil && number.money?.currencyCode != nil)
        #expect(number.nextChargeDate?.hasSuffix("Z") == true)
        #expect(number.smsConfiguration != nil && number.voiceConfiguration != nil)
        #expect(number.projectId == sandbox.projectId)
        #expect(!(number.capability ?? []).isEmpty)
      }
      let kinds = Set(numbers.map { "\($0.regionCode ?? "") \($0.type?.rawValue ?? "")" })
      #expect(kinds.isSuperset(of: ["US LOCAL", "US TOLL_FREE", "GB MOBILE", "SE MOBILE", "DE LOCAL"]))
      let available = try await sandbox.searchAvailableNumbers(
        AvailableNumberQuery(regionCode: "US", type: .local, size: 1000))
      #expect(Set(available.compactMap(\.phoneNumber)).isDisjoint(with: numbers.compactMap(\.phoneNumber)))
    }

    @Test("100,000 synthetic numbers are created and listed page by page")
    func hundredThousand() async throws {
      let sandbox = try SandboxTests.seeded(extraNumbers: 100_000, randomSeed: 9)
      #expect(await sandbox.statistics().activeNumbers == 100_012)
      let first = try await sandbox.listActiveNumbers(ActiveNumberQuery(pageSize: 1000))
      #expect(first.totalSize == 100_012)
      #expect(first.activeNumbers.count == 1000)
      let next = try await sandbox.listActiveNumbers(
        ActiveNumberQuery(pageSize: 1000, pageToken: first.nextPageToken))
      #expect((first.activeNumbers.last?.phoneNumber ?? "") < (next.activeNumbers.first?.phoneNumber ?? ""))
      let gb = try await sandbox.listActiveNumbers(ActiveNumberQuery(regionCode: "GB", type: .mobile))
      #expect((gb.totalSize ?? 0) > 10_000)
    }

    @Test("statistics count every call and only the mutations that applied")
    func statistics() async throws {
      let sandbox = try SandboxTests.seeded()
      let number = try SandboxTests.number("+13125550101")
      _ = try await sandbox.activeNumber(number)
      _ = try await sandbox.updateActiveNumber(number, ActiveNumberUpdate(displayName: "Chicago"))
      _ = await apiError {
        try await sandbox.updateActiveNumber(number, ActiveNumberUpdate(smsConfiguration: .init()))
      }
      let statistics = await sandbox.statistics()
      #expect(statistics.calls(.getActiveNumber) == 1)
      #expect(statistics.calls(.updateActiveNumber) == 2)
      #expect(statistics.applied(.updateActiveNumber) == 1)
      #expect(statistics.applied(.releaseNumber) == 0)
      #expect(await sandbox.mutationLog().map(\.operation) == [.updateActiveNumber])
    }
  }
}

import Foundation
import Testing

@testable import SinchNumbers

extension SandboxTests {
  @Suite("Paging")
  struct Paging {
    @Test(
      "walking every page gives each matching number once, in order",
      arguments: [ActiveNumberOrder.phoneNumber, .displayName])
    func walkAllPages(order: ActiveNumberOrder) async throws {
      let sandbox = try SandboxTests.seeded(extraNumbers: 2_000, randomSeed: 7)
      let query = ActiveNumberQuery(regionCode: "US", orderBy: order, pageSize: 97)
      let pages = try await SandboxTests.allPages(sandbox, query)
      let listed = pages.flatMap(\.activeNumbers)
      let total = try #require(pages.first?.totalSize)
      #expect(pages.allSatisfy { $0.totalSize == total })
      #expect(listed.count == total)
      #expect(Set(listed.compactMap(\.phoneNumber)).count == total)
      #expect(listed.allSatisfy { $0.regionCode == "US" })
      #expect(pages.dropLast().allSatisfy { $0.activeNumbers.count == 97 })
      #expect(pages.last?.nextPageToken == "")
      if order == .displayName {
        let keys = listed.map { [$0.displayName ?? "", $0.phoneNumber ?? ""] }
        #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) })
      } else {
        let numbers = listed.compactMap(\.phoneNumber)
        #expect(numbers == numbers.sorted())
      }
      let everyUSNumber = try await sandbox.listActiveNumbers(
        ActiveNumberQuery(regionCode: "US", pageSize: 1000))
      #expect(everyUSNumber.totalSize == total)
    }

    @Test("a release between two pages neither repeats nor skips the other numbers")
    func releaseBetweenPages() async throws {
      let sandbox = try SandboxTests.seeded()
      let first = try await sandbox.listActiveNumbers(ActiveNumberQuery(pageSize: 5))
      let released = try #require(first.activeNumbers.last?.phoneNumber)
      _ = try await sandbox.releaseNumber(SandboxTests.number(released))
      let second = try await sandbox.listActiveNumbers(
        ActiveNumberQuery(pageSize: 100, pageToken: first.nextPageToken))
      #expect(first.activeNumbers.count + second.activeNumbers.count == 12)
      #expect(second.totalSize == 11)
    }

    @Test("one-number pages in display-name order survive names with separators and accents")
    func displayNamesInTokens() async throws {
      let sandbox = try SandboxTests.seeded()
      for (text, name) in [("+12086390939", "a|b|c"), ("+12092224786", "Ångström"), ("+61491570156", "a|b")] {
        _ = try await sandbox.updateActiveNumber(
          SandboxTests.number(text), ActiveNumberUpdate(displayName: name))
      }
      let pages = try await SandboxTests.allPages(
        sandbox, ActiveNumberQuery(orderBy: .displayName, pageSize: 1))
      #expect(pages.count == 12)
      let listed = pages.flatMap(\.activeNumbers)
      #expect(Set(listed.compactMap(\.phoneNumber)).count == 12)
      let names = listed.map { $0.displayName ?? "" }
      #expect(names == names.sorted())
    }

    @Test("a garbage page token is a 400 on pageToken", arguments: ["garbage", "%%%", "cDF8eA", "AAAA"])
    func garbageToken(token: String) async throws {
      let sandbox = try SandboxTests.seeded()
      let error = await apiError { try await sandbox.listActiveNumbers(ActiveNumberQuery(pageToken: token)) }
      expectInvalidArgument(error, field: "pageToken")
    }

    @Test("a token from a different query is a 400 on pageToken")
    func tokenFromAnotherQuery() async throws {
      let sandbox = try SandboxTests.seeded(extraNumbers: 300)
      let first = try await sandbox.listActiveNumbers(ActiveNumberQuery(regionCode: "US"))
      let token = try #require(first.nextPage)
      for other in [
        ActiveNumberQuery(regionCode: "GB", pageToken: token),
        ActiveNumberQuery(regionCode: "US", orderBy: .displayName, pageToken: token),
        ActiveNumberQuery(regionCode: "US", pattern: "+1", pageToken: token),
      ] {
        let error = await apiError { try await sandbox.listActiveNumbers(other) }
        expectInvalidArgument(error, field: "pageToken")
      }
      // The page size is not part of the query's identity: it may change from page to page.
      let next = try await sandbox.listActiveNumbers(
        ActiveNumberQuery(regionCode: "US", pageSize: 7, pageToken: token))
      #expect(next.activeNumbers.count == 7)
    }

    @Test("the listing sequence follows the tokens through every page")
    func sequenceFollowsTokens() async throws {
      let sandbox = try SandboxTests.seeded(extraNumbers: 250)
      var count = 0
      for try await _ in ActiveNumberSequence(api: sandbox, query: ActiveNumberQuery(pageSize: 100)) {
        count += 1
      }
      #expect(count == 262)
      #expect(await sandbox.statistics().calls(.listActiveNumbers) == 3)
    }
  }
}

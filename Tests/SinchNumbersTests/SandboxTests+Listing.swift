import Foundation
import Testing

@testable import SinchNumbers

extension SandboxTests {
  @Suite("Listing active numbers")
  struct Listing {
    private func phoneNumbers(_ query: ActiveNumberQuery) async throws -> [String] {
      let page = try await SandboxTests.seeded().listActiveNumbers(query)
      return page.activeNumbers.compactMap(\.phoneNumber)
    }

    @Test("the default list is every number in phone-number order on one page")
    func defaultList() async throws {
      let page = try await SandboxTests.seeded().listActiveNumbers(ActiveNumberQuery())
      let numbers = page.activeNumbers.compactMap(\.phoneNumber)
      #expect(numbers.count == 12)
      #expect(numbers == numbers.sorted())
      #expect(page.totalSize == 12)
      #expect(page.nextPageToken == "")
    }

    @Test("region and type filter; with no type every type is listed")
    func regionAndType() async throws {
      let us = try await phoneNumbers(ActiveNumberQuery(regionCode: "US"))
      #expect(us.count == 6)
      #expect(try await phoneNumbers(ActiveNumberQuery(regionCode: "us")) == us)
      let tollFree = try await phoneNumbers(ActiveNumberQuery(regionCode: "US", type: .tollFree))
      #expect(tollFree == ["+18885550123"])
      let gbMobile = try await phoneNumbers(ActiveNumberQuery(regionCode: "GB", type: .mobile))
      #expect(gbMobile == ["+447700900123", "+447700900456"])
    }

    @Test("a number must have every capability asked for")
    func capabilities() async throws {
      let both = try await phoneNumbers(ActiveNumberQuery(capabilities: [.sms, .voice]))
      #expect(both.count == 5)
      let sandbox = try SandboxTests.seeded()
      for text in both {
        let number = try await sandbox.activeNumber(SandboxTests.number(text))
        #expect(Set(number.capability ?? []) == [.sms, .voice])
      }
      let voice = try await phoneNumbers(ActiveNumberQuery(capabilities: [.voice]))
      #expect(voice.count == 7)
    }

    @Test(
      "a pattern matches at the start by default, with or without the +",
      arguments: ["+1208", "1208", " 1208", "+1208 "])
    func patternAtStart(pattern: String) async throws {
      #expect(try await phoneNumbers(ActiveNumberQuery(pattern: pattern)) == ["+12086390939"])
    }

    @Test("CONTAINS and END patterns")
    func patternContainsAndEnd() async throws {
      let end = try await phoneNumbers(ActiveNumberQuery(pattern: "0188", searchPattern: .end))
      #expect(end == ["+12025550188"])
      let contains = try await phoneNumbers(ActiveNumberQuery(pattern: "5550", searchPattern: .contains))
      #expect(contains == ["+12025550134", "+12025550188", "+13125550101", "+18885550123"])
      let anchored = try await phoneNumbers(ActiveNumberQuery(pattern: "+44", searchPattern: .contains))
      #expect(anchored == ["+447700900123", "+447700900456"])
    }

    @Test("orderBy displayName sorts by name, then number")
    func orderByDisplayName() async throws {
      let page = try await SandboxTests.seeded().listActiveNumbers(
        ActiveNumberQuery(orderBy: .displayName))
      let names = page.activeNumbers.map { $0.displayName ?? "" }
      #expect(names == names.sorted())
      #expect(names.last == "UK Alerts")
      let unnamed = page.activeNumbers.filter { $0.displayName == "" }.compactMap(\.phoneNumber)
      #expect(unnamed == unnamed.sorted())
    }

    @Test(
      "an unknown enum value is a 400 naming the field and the valid values",
      arguments: [
        (ActiveNumberQuery(type: "SATELLITE"), "type", "LOCAL, MOBILE, TOLL_FREE"),
        (ActiveNumberQuery(capabilities: [.sms, "FAX"]), "capability", "SMS, VOICE"),
        (
          ActiveNumberQuery(pattern: "1", searchPattern: "MIDDLE"), "numberPattern.searchPattern",
          "START, CONTAINS, END"
        ),
        (ActiveNumberQuery(orderBy: "regionCode"), "orderBy", "phoneNumber, displayName"),
      ])
    func unknownEnumValue(query: ActiveNumberQuery, field: String, valid: String) async throws {
      let sandbox = try SandboxTests.seeded()
      let error = await apiError { try await sandbox.listActiveNumbers(query) }
      #expect(expectInvalidArgument(error, field: field).contains(valid))
      let body = try #require(error?.body)
      #expect(body.error.code == 400)
      #expect(body.error.details?.first?.type == "BadRequest")
    }

    @Test("a pattern that is not digits is a 400", arguments: ["12a4", "+", "++1", "1-208"])
    func badPattern(pattern: String) async throws {
      let sandbox = try SandboxTests.seeded()
      let error = await apiError { try await sandbox.listActiveNumbers(ActiveNumberQuery(pattern: pattern)) }
      expectInvalidArgument(error, field: "numberPattern.pattern")
    }

    @Test("page sizes: 0 means the default 100, beyond 0...1000 is a 400")
    func pageSizes() async throws {
      let sandbox = try SandboxTests.seeded(extraNumbers: 1500)
      #expect(try await sandbox.listActiveNumbers(ActiveNumberQuery(pageSize: 0)).activeNumbers.count == 100)
      #expect(try await sandbox.listActiveNumbers(ActiveNumberQuery()).activeNumbers.count == 100)
      #expect(
        try await sandbox.listActiveNumbers(ActiveNumberQuery(pageSize: 1000)).activeNumbers.count == 1000)
      for size in [-1, 1001] {
        let error = await apiError { try await sandbox.listActiveNumbers(ActiveNumberQuery(pageSize: size)) }
        expectInvalidArgument(error, field: "pageSize")
      }
    }
  }
}

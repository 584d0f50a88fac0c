import SinchNumbers
import Testing

@testable import SNSLanguage

@Suite struct NumbersCommandListTests {
  @Test func lsAsksForEachTypeAndMergesInPhoneNumberOrder() async throws {
    let session = try NumbersSession()
    let numbers = phoneNumbers(try await session.run("ls"))
    #expect(numbers.count == 12)
    #expect(numbers == numbers.sorted())
    #expect(numbers.contains("+18885550123"))  // TOLL_FREE
    #expect(numbers.contains("+447700900123"))  // MOBILE
    #expect(await session.statistics.calls(.listActiveNumbers) == 3)
  }

  @Test func typeIsCaseInsensitiveAndAsksOnce() async throws {
    let session = try NumbersSession()
    let listed = try await session.run("ls", [], ["type": "local"])
    #expect(
      phoneNumbers(listed) == [
        "+12025550134", "+12025550188", "+12086390939", "+12092224786", "+13125550101", "+493012345678",
      ])
    #expect(await session.statistics.calls(.listActiveNumbers) == 1)
  }

  @Test func regionCapabilityAndPatternFilter() async throws {
    let session = try NumbersSession()
    let british = try await session.run("ls", [], ["region": "gb"])
    #expect(phoneNumbers(british) == ["+447700900123", "+447700900456"])
    let both = try await session.run("ls", [], ["capability": "sms,VOICE"])
    #expect(
      phoneNumbers(both) == ["+12025550134", "+12025550188", "+18885550123", "+447700900456", "+46701740618"])
    let asList = try await session.run("ls", [], ["capability": ["SMS", "VOICE"]])
    #expect(phoneNumbers(asList) == phoneNumbers(both))
    let ending = try await session.run("ls", [], ["pattern": "0101", "match": "END"])
    #expect(phoneNumbers(ending) == ["+13125550101"])
    let starting = try await session.run("ls", [], ["pattern": "+4477"])
    #expect(phoneNumbers(starting) == ["+447700900123", "+447700900456"])
  }

  @Test func orderByDisplayNameMergesAcrossTypes() async throws {
    let session = try NumbersSession()
    let listed = try await session.run("ls", [], ["order": "displayname", "region": "US"])
    let names = phoneNumbers(listed)
    // Unnamed numbers first (by number), then Hotline (TOLL_FREE), Sales, Support (LOCAL).
    #expect(
      names == [
        "+12086390939", "+12092224786", "+13125550101", "+18885550123", "+12025550188", "+12025550134",
      ])
  }

  @Test func limitStopsAfterOnePagePerType() async throws {
    let session = try NumbersSession(extraNumbers: 600)
    let listed = try await session.run("ls", [], ["limit": 3])
    #expect(phoneNumbers(listed).count == 3)
    #expect(phoneNumbers(listed) == phoneNumbers(listed).sorted())
    #expect(await session.statistics.calls(.listActiveNumbers) == 3)
  }

  @Test func followsEveryPageOfEveryType() async throws {
    // Pages of 1,000 (the API's largest): 2,500 more numbers need more than one per type.
    let session = try NumbersSession(extraNumbers: 2_500)
    let numbers = phoneNumbers(try await session.run("ls"))
    #expect(numbers.count == 2_512)
    #expect(numbers == numbers.sorted())
    #expect(Set(numbers).count == 2_512)
    #expect(await session.statistics.calls(.listActiveNumbers) > 3)
  }

  @Test func lazyFormFetchesOnlyTheFirstPageOfEachType() async throws {
    let session = try NumbersSession(extraNumbers: 600)
    var taken: [Value] = []
    for try await value in try NumbersCommands.activeNumbers(numbersArguments([], [:]), session.context) {
      taken.append(value)
      if taken.count == 3 { break }
    }
    #expect(taken.count == 3)
    #expect(await session.statistics.calls(.listActiveNumbers) == 3)
    #expect(session.context.knownNumbers.count == 3)
  }

  @Test func listedNumbersAreRememberedForCompletion() async throws {
    let session = try NumbersSession()
    _ = try await session.run("ls", [], ["region": "SE"])
    #expect(session.context.knownNumbers == ["+46701740605", "+46701740618"])
  }

  @Test func unknownValueListsTheValidOnes() async throws {
    let session = try NumbersSession()
    let error = try #require(await session.failure("ls", [], ["region": "US", "type": "LOKAL"]))
    #expect(error.message == "unknown type 'LOKAL': expected LOCAL, MOBILE or TOLL_FREE")
    #expect(error.suggestion == "did you mean 'LOCAL'?")
    #expect(error.range == namedRange(1))
    #expect(error.kind == .runtime)
    let match = try #require(await session.failure("ls", [], ["pattern": "12", "match": "begin"]))
    #expect(match.message == "unknown match 'begin': expected start, contains or end")
    let capability = try #require(await session.failure("ls", [], ["capability": "SMS,FAX"]))
    #expect(capability.message == "unknown capability 'FAX': expected SMS or VOICE")
    let order = try #require(await session.failure("ls", [], ["order": "name"]))
    #expect(order.message == "unknown order 'name': expected phoneNumber or displayName")
    #expect(await session.statistics.calls(.listActiveNumbers) == 0)
  }

  @Test func badArgumentsAreRefusedBeforeAnythingIsSent() async throws {
    let session = try NumbersSession()
    let pattern = try #require(await session.failure("ls", [], ["pattern": "12ab"]))
    #expect(pattern.message == "pattern must be digits, optionally starting with +, not '12ab'")
    let match = try #require(await session.failure("ls", [], ["match": "end"]))
    #expect(match.message == "match= needs a pattern= to match")
    let limit = try #require(await session.failure("ls", [], ["limit": 0]))
    #expect(limit.message == "limit must be a whole number of at least 1")
    let region = try #require(await session.failure("ls", [], ["region": "USA"]))
    #expect(region.message == "region must be a two-letter code such as US, not 'USA'")
    let unknown = try #require(await session.failure("ls", [], ["regoin": "US"]))
    #expect(unknown.message == "ls has no parameter 'regoin'")
    #expect(unknown.suggestion == "did you mean 'region'?")
    let positional = try #require(await session.failure("ls", ["US"]))
    #expect(positional.message == "ls takes no positional argument; did you mean region=US?")
    #expect(positional.range == positionalRange(0))
    #expect(await session.statistics.calls(.listActiveNumbers) == 0)
  }
}

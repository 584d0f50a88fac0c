import SinchNumbers
import Testing

@testable import SNSLanguage

@Suite struct NumbersCommandRentTests {
  @Test func rentOneNumber() async throws {
    let session = try NumbersSession()
    let rented = try await session.run(
      "rent", [phone("+12085550200")], ["plan": "plan-1"], flags: ["yes": true])
    #expect(field(rented, "phoneNumber") == "+12085550200")
    #expect(field(rented, "money.amount") == "2.0")
    #expect(field(rented, "smsConfiguration.scheduledProvisioning.servicePlanId") == "plan-1")
    #expect(session.io.output == "rented +12085550200 (US LOCAL, 2.00 USD/month)\n")
    #expect(session.context.knownNumbers.contains("+12085550200"))
    #expect(await session.statistics.activeNumbers == 13)
  }

  @Test func rentNeedsConfirmationInAScript() async throws {
    let session = try NumbersSession()
    let error = try #require(await session.failure("rent", [phone("+12085550200")]))
    #expect(error.kind == .confirmation)
    #expect(error.message == "rent needs confirmation: add --yes (or run sns --yes) to rent in a script")
    #expect(await session.statistics.calls(.rentNumber) == 0)
  }

  @Test func interactiveRentShowsThePriceFirst() async throws {
    var settings = SessionSettings()
    settings.interactive = true
    let session = try NumbersSession(settings: settings, answer: true)
    _ = try await session.run("rent", [phone("+12085550200")])
    #expect(session.io.questions == ["Rent +12085550200? [y/N]"])
    #expect(session.io.errors == "  +12085550200  US LOCAL  2.00 USD/month  setup 0.00 USD\n")
    let refusing = try NumbersSession(settings: settings, answer: false)
    let error = try #require(await refusing.failure("rent", [], ["region": "US", "type": "LOCAL"]))
    #expect(error.message == "rent cancelled: nothing was changed")
    #expect(refusing.io.questions == ["Rent one US LOCAL number? [y/N]"])
    #expect(refusing.io.errors == "  any US LOCAL number, such as +12085550200 at 2.00 USD/month\n")
    #expect(await refusing.statistics.calls(.rentAnyNumber) == 0)
  }

  @Test func rentAnyTakesTheFirstMatch() async throws {
    let session = try NumbersSession()
    let rented = try await session.run(
      "rent", [], ["region": "us", "type": "local", "pattern": "263", "match": "end"], flags: ["yes": true])
    #expect(field(rented, "phoneNumber") == "+12085550263")
    #expect(session.io.output == "rented +12085550263 (US LOCAL, 2.00 USD/month)\n")
  }

  @Test func rentArgumentsAreChecked() async throws {
    let session = try NumbersSession()
    let missing = try #require(await session.failure("rent", [], ["region": "US"], flags: ["yes": true]))
    #expect(missing.message == "rent without a NUMBER needs type=T (such as region=US type=LOCAL)")
    let nothing = try #require(await session.failure("rent", [], flags: ["yes": true]))
    #expect(
      nothing.message == "rent without a NUMBER needs region=CC and type=T (such as region=US type=LOCAL)")
    let both = try #require(
      await session.failure("rent", [phone("+12085550200")], ["region": "US"], flags: ["yes": true]))
    #expect(both.message == "rent takes NUMBER... or region= and type=, not both")
  }

  @Test func rentingAnUnavailableNumberSaysSo() async throws {
    let session = try NumbersSession()
    let error = try #require(
      await session.failure("rent", [phone("+12086390939")], flags: ["yes": true]))
    #expect(error.message == "number +12086390939 is not available to rent (404 NOT_FOUND)")
    #expect(error.status == 404)
  }

  @Test func searchAndCheck() async throws {
    let session = try NumbersSession()
    let found = try await session.run(
      "search", [], ["region": "US", "type": "TOLL_FREE", "capability": "SMS", "limit": 2])
    #expect(phoneNumbers(found) == ["+18885550200", "+18885550207"])
    #expect(session.context.knownNumbers.contains("+18885550207"))
    let missing = try #require(await session.failure("search", [], ["type": "LOCAL"]))
    #expect(missing.message == "search needs region=CC (such as region=US type=LOCAL)")
    let checked = try await session.run("check", ["+1 208 555 0200"])
    #expect(field(checked, "monthlyPrice.amount") == "2.0")
    let gone = try #require(await session.failure("check", [phone("+12086390939")]))
    #expect(gone.message == "number +12086390939 is not available to rent (404 NOT_FOUND)")
    let two = try #require(await session.failure("check", [[phone("+12085550200")]]))
    #expect(two.message == "check takes one NUMBER; use `each { check $it }` for several")
  }
}

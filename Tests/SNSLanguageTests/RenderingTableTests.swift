import SinchNumbers
import Testing

@testable import SNSLanguage

@Suite("Rendering: table mode")
struct RenderingTableTests {
  let numbers = Value.list([
    Value(activeNumber: ValueFixtures.support), Value(activeNumber: ValueFixtures.sales),
  ])

  @Test("a list of ActiveNumbers shows number, name, region, type, capabilities, price, SMS plan")
  func activeNumbers() {
    let expected = """
      NUMBER         NAME     REGION  TYPE    CAPABILITIES      PRICE  SMS PLAN
      +12086390939   Support  US      LOCAL   SMS, VOICE     2.00 USD  957ae16ae12d4942b91b61eda5e4ed6b
      +447520651116           GB      MOBILE  SMS           12.50 GBP
      """
    #expect(numbers.rendered(as: .table) == expected)
  }

  @Test("headers are bold only when asked")
  func boldHeaders() {
    let table = Value.list([["a": 1]]).rendered(as: .table, options: RenderOptions(colorHeaders: true))
    #expect(table == "\u{1B}[1ma\u{1B}[0m\n1")
  }

  @Test("available numbers show setup and monthly prices")
  func availableNumbers() {
    let table = Value.list([Value(availableNumber: ValueFixtures.available)]).rendered(as: .table)
    let expected = """
      NUMBER        REGION  TYPE   CAPABILITIES  SETUP PRICE  MONTHLY PRICE
      +12089087284  US      LOCAL  SMS, VOICE       0.00 USD       2.00 USD
      """
    #expect(table == expected)
  }

  @Test("regions show code, name and types")
  func regions() {
    let regions = Value.list([
      Value(
        region: AvailableRegion(regionCode: "US", regionName: "United States", types: [.local, .tollFree])),
      Value(region: AvailableRegion(regionCode: "SE", regionName: "Sweden", types: [.mobile])),
    ])
    let expected = """
      REGION  NAME           TYPES
      US      United States  LOCAL, TOLL_FREE
      SE      Sweden         MOBILE
      """
    #expect(regions.rendered(as: .table) == expected)
  }

  @Test("other records: the union of fields in first-seen order, nested fields dotted, numbers right")
  func genericRecords() {
    let list: Value = [
      ["name": "a", "size": 5, "meta": ["owner": "ann"]],
      ["name": "longer name", "extra": true, "size": 100],
    ]
    let expected = """
      name         size  meta.owner  extra
      a               5  ann
      longer name   100              true
      """
    #expect(list.rendered(as: .table) == expected)
  }

  @Test("long cells are cut at 40 columns; wide characters count double")
  func truncationAndWidth() {
    let long = String(repeating: "x", count: 50)
    let list: Value = [["v": .string(long), "w": "界界"], ["v": "short", "w": "ab"]]
    let expected = """
      v                                         w
      \(String(repeating: "x", count: 39))…  界界
      short                                     ab
      """
    #expect(list.rendered(as: .table) == expected)
  }

  @Test("control characters in cells are escaped so rows stay on one line")
  func controlCharacters() {
    #expect(Value.list([["note": "a\nb"]]).rendered(as: .table) == "note\na\\nb")
  }

  @Test("a single record is field: value lines, nested fields dotted, keys aligned")
  func singleRecord() {
    let record = Value(activeNumber: ValueFixtures.support)
    let expected = """
      phoneNumber:                                   +12086390939
      projectId:                                     0994c893-4d74-4455-8259-4f5c68d92f6f
      displayName:                                   Support
      regionCode:                                    US
      type:                                          LOCAL
      capability:                                    SMS, VOICE
      money.currencyCode:                            USD
      money.amount:                                  2.0
      paymentIntervalMonths:                         1
      nextChargeDate:                                2026-12-29T09:54:20.516Z
      expireAt:                                      null
      smsConfiguration.servicePlanId:                957ae16ae12d4942b91b61eda5e4ed6b
      smsConfiguration.campaignId:
      smsConfiguration.scheduledProvisioning:        null
      voiceConfiguration.type:                       RTC
      voiceConfiguration.appId:
      voiceConfiguration.trunkId:
      voiceConfiguration.serviceId:
      voiceConfiguration.lastUpdatedTime:            null
      voiceConfiguration.scheduledVoiceProvisioning: null
      callbackUrl:
      """
    #expect(record.rendered(as: .table) == expected)
  }

  @Test("lists of scalars are one per line; scalars are plain text")
  func scalarsAndLists() {
    #expect(Value.list(["a", 1, [2, 3], ["k": "v"]]).rendered(as: .table) == "a\n1\n[2, 3]\n{k: \"v\"}")
    #expect(Value.string("plain").rendered(as: .table) == "plain")
    #expect(Value.decimal(3.0).rendered(as: .table) == "3.0")
  }

  @Test("empty lists and records say so")
  func empty() {
    #expect(Value.list([]).rendered(as: .table) == "(no items)")
    #expect(Value.record(Record()).rendered(as: .table) == "(no fields)")
  }
}

import SinchNumbers
import Testing

@testable import SNSLanguage

@Suite("Records built from API models")
struct ValueModelTests {
  @Test("an ActiveNumber has every schema field in order, null where the API sent none")
  func activeNumber() throws {
    let value = Value(activeNumber: ValueFixtures.sales)
    guard case .record(let record) = value else {
      Issue.record("not a record")
      return
    }
    #expect(
      record.keys == [
        "phoneNumber", "projectId", "displayName", "regionCode", "type", "capability", "money",
        "paymentIntervalMonths", "nextChargeDate", "expireAt", "smsConfiguration",
        "voiceConfiguration", "callbackUrl",
      ])
    #expect(record["phoneNumber"]?.typeName == "phone")
    #expect(record["capability"] == ["SMS"])
    #expect(record["money"]?.isIdentical(to: ["currencyCode": "GBP", "amount": "12.5"]) == true)
    #expect(record["paymentIntervalMonths"]?.isIdentical(to: 1) == true)
    #expect(record["expireAt"] == .null)
    #expect(record["smsConfiguration"] == .null)
    #expect(record["callbackUrl"] == .null)
  }

  @Test("nested configurations carry every field of their schema")
  func nestedConfigurations() throws {
    let value = Value(activeNumber: ValueFixtures.support)
    let sms = try value.field("smsConfiguration")
    let voice = try value.field("voiceConfiguration")
    guard case .record(let smsRecord) = sms, case .record(let voiceRecord) = voice else {
      Issue.record("configurations are not records")
      return
    }
    #expect(smsRecord.keys == ["servicePlanId", "campaignId", "scheduledProvisioning"])
    #expect(
      voiceRecord.keys == [
        "type", "appId", "trunkId", "serviceId", "lastUpdatedTime", "scheduledVoiceProvisioning",
      ])
    #expect(voiceRecord["type"] == "RTC")
    #expect(voiceRecord["lastUpdatedTime"] == .null)
  }

  @Test("scheduled provisioning becomes a nested record")
  func scheduledProvisioning() throws {
    let configuration = SMSConfiguration(
      servicePlanId: "a", campaignId: "b",
      scheduledProvisioning: ScheduledProvisioning(servicePlanId: "c", status: .waiting, errorCodes: ["E1"]))
    let value = Value(smsConfiguration: configuration)
    #expect(try value.field(path: ["scheduledProvisioning", "status"]) == "WAITING")
    #expect(try value.field(path: ["scheduledProvisioning", "errorCodes"]) == ["E1"])
    #expect(try value.field(path: ["scheduledProvisioning", "campaignId"]) == .null)
  }

  @Test("a phone number that is not E.164 stays a string")
  func invalidPhoneStaysString() {
    let value = Value(activeNumber: ActiveNumber(phoneNumber: "12345"))
    #expect((try? value.field("phoneNumber"))?.typeName == "string")
  }

  @Test("available numbers, regions and callback configuration")
  func otherModels() throws {
    let available = Value(availableNumber: ValueFixtures.available)
    guard case .record(let record) = available else { return }
    #expect(
      record.keys == [
        "phoneNumber", "regionCode", "type", "capability", "setupPrice", "monthlyPrice",
        "paymentIntervalMonths", "supportingDocumentationRequired",
      ])
    #expect(record["supportingDocumentationRequired"] == false)
    let region = Value(
      region: AvailableRegion(regionCode: "US", regionName: "United States", types: [.local]))
    #expect(region.isIdentical(to: ["regionCode": "US", "regionName": "United States", "types": ["LOCAL"]]))
    let callbacks = Value(callbackConfiguration: CallbackConfiguration(projectId: "p", hmacSecret: nil))
    #expect(callbacks.isIdentical(to: ["projectId": "p", "hmacSecret": .null]))
  }
}

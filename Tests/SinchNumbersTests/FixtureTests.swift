import Foundation
import SinchNumbers
import Testing

/// Every payload of the official Java SDK's tests decodes, and re-encodes without losing a
/// field the model knows.
@Suite("Official SDK fixtures")
struct FixtureTests {
  static let root = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/sinch-sdk-java")

  static var all: [String] {
    let enumerator = FileManager.default.enumerator(atPath: root.path)
    let files = (enumerator?.allObjects as? [String]) ?? []
    return files.filter { $0.hasSuffix(".json") }.sorted()
  }

  /// Decodes the fixture as the model its name says, and re-encodes it.
  static func roundTrip(_ name: String, _ data: Data) throws -> Data {
    func run<T: Codable>(_ type: T.Type) throws -> Data {
      try JSONCoding.encoder.encode(try JSONDecoder().decode(T.self, from: data))
    }
    let file = (name as NSString).lastPathComponent
    switch true {
    case file.hasPrefix("ScheduledVoiceProvisioning"): return try run(ScheduledVoiceProvisioning.self)
    case file.hasPrefix("SmsConfiguration"): return try run(SMSConfiguration.self)
    case file.hasPrefix("VoiceConfiguration"): return try run(VoiceConfiguration.self)
    case file == "active-numbers-get.json", file == "rent-response.json":
      return try run(ActiveNumber.self)
    case file.hasPrefix("active-numbers-list"): return try run(ActiveNumberPage.self)
    case file == "active-numbers-update-request.json": return try run(ActiveNumberUpdate.self)
    case file == "available-numbers-get.json": return try run(AvailableNumber.self)
    case file == "available-numbers-list.json": return try run(AvailableNumberList.self)
    case file == "available-regions-list.json": return try run(AvailableRegionList.self)
    case file.hasPrefix("error-"), file.hasPrefix("not-found"): return try run(ErrorBody.self)
    case file == "event-destination-response.json": return try run(CallbackConfiguration.self)
    case file == "event-destination-update-request.json":
      return try run(CallbackConfigurationUpdate.self)
    case file == "number-sinch-event.json": return try run(CallbackEvent.self)
    case file == "emergency-address.json": return try run(EmergencyAddress.self)
    case file == "emergency-address-request.json": return try run(EmergencyAddressRequest.self)
    case file.hasPrefix("validate-address"): return try run(EmergencyAddressValidation.self)
    default: throw FixtureError.unmapped(name)
    }
  }

  enum FixtureError: Error { case unmapped(String) }

  /// JSON without its `null`s: a model omits what the API sent as null.
  static func withoutNulls(_ value: Any) -> Any {
    if let object = value as? [String: Any] {
      return object.filter { !($0.value is NSNull) }.mapValues(withoutNulls)
    }
    if let array = value as? [Any] { return array.map(withoutNulls) }
    return value
  }

  /// Sorted-key JSON text, so two values compare as JSON rather than as Foundation objects.
  static func canonical(_ value: Any) throws -> String {
    let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }

  @Test("the fixture folder is complete")
  func fixturesPresent() {
    #expect(Self.all.count == 34)
  }

  @Test("every fixture decodes and re-encodes without loss", arguments: FixtureTests.all)
  func roundTrips(name: String) throws {
    let data = try Data(contentsOf: Self.root.appendingPathComponent(name))
    let original = Self.withoutNulls(try JSONSerialization.jsonObject(with: data))
    let again = try JSONSerialization.jsonObject(with: try Self.roundTrip(name, data))
    #expect(try Self.canonical(original) == Self.canonical(again), "\(name) changed in a round trip")
  }

  @Test("the deliberately odd values are kept as sent")
  func oddValuesKept() throws {
    let data = try Data(
      contentsOf: Self.root.appendingPathComponent("active/active-numbers-get.json"))
    let number = try JSONDecoder().decode(ActiveNumber.self, from: data)
    #expect(number.phoneNumber == "+447520651116XYZ")
    #expect(number.voiceConfiguration?.scheduledVoiceProvisioning?.status == .waiting)
    #expect(number.smsConfiguration?.scheduledProvisioning?.errorCodes == ["ERROR_CODE_UNSPECIFIED"])
  }
}

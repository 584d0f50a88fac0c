// libFuzzer target: bytes → every API payload model sns decodes, through `JSONCoding.decoder`
// as `HTTPNumbersClient.decode` does, and error bodies through `APIError(httpStatus:body:)` as
// the client does for a non-2xx answer. Built by scripts/fuzz/run together with the
// SinchNumbers sources (one module).

import Foundation

/// Stops the run with a message libFuzzer records beside the crashing input.
private func violated(_ invariant: String) -> Never {
  fatalError("decoding invariant violated: \(invariant)")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoding(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let json = Data(bytes)
  checkErrorBody(bytes)
  checkPhoneNumber(bytes)
  // Most mutations are not JSON, and then every model fails the same way: one decode tells, and
  // keeps the run fast enough to explore.
  guard (try? JSONCoding.decoder.decode(AnyJSON.self, from: json)) != nil else { return 0 }
  checkLenientModels(json)
  checkStrictModels(json)
  return 0
}

/// Any JSON value; decoding it only validates the document.
private struct AnyJSON: Decodable {
  init(from decoder: Decoder) throws {}
}

/// Models with a lenient `init(from:)` need nothing but a JSON object: if one decodes, all must,
/// whatever the fields hold.
private func checkLenientModels(_ json: Data) {
  let decoded = [
    roundTrips(ActiveNumber.self, json), roundTrips(ActiveNumberPage.self, json),
    roundTrips(AvailableNumber.self, json), roundTrips(AvailableNumberList.self, json),
    roundTrips(AvailableRegion.self, json), roundTrips(AvailableRegionList.self, json),
    roundTrips(ErrorBody.Detail.self, json), roundTrips(ErrorDetail.self, json),
    roundTrips(Money.self, json), roundTrips(SMSConfiguration.self, json),
    roundTrips(ScheduledProvisioning.self, json), roundTrips(VoiceConfiguration.self, json),
    roundTrips(ScheduledVoiceProvisioning.self, json), roundTrips(SandboxSeed.self, json),
  ]
  guard decoded.allSatisfy({ $0 }) || !decoded.contains(true) else {
    violated("lenient models disagree on whether the input is a JSON object: \(decoded)")
  }
}

/// Models with synthesized decoding: request bodies the emulator reads, callback and address
/// payloads, and the error envelope.
private func checkStrictModels(_ json: Data) {
  _ = roundTrips(ErrorBody.self, json)
  _ = roundTrips(FieldViolation.self, json)
  _ = roundTrips(CallbackConfiguration.self, json)
  _ = roundTrips(CallbackConfigurationUpdate.self, json)
  _ = roundTrips(CallbackEvent.self, json)
  _ = roundTrips(ActiveNumberUpdate.self, json)
  _ = roundTrips(RentNumberRequest.self, json)
  _ = roundTrips(RentAnyNumberRequest.self, json)
  _ = roundTrips(NumberPattern.self, json)
  _ = roundTrips(EmergencyAddressValidation.self, json)
  _ = roundTrips(EmergencyAddressRequest.self, json)
  _ = roundTrips([ActiveNumber].self, json)
  _ = roundTrips(PhoneNumber.self, json)
}

/// Whether `json` decodes as `T`; a value that decodes must encode, and decode again to itself,
/// or what sns saves and re-reads (and what the emulator answers) would drift.
private func roundTrips<T: Codable & Hashable>(_ type: T.Type, _ json: Data) -> Bool {
  guard let value = try? JSONCoding.decoder.decode(T.self, from: json) else { return false }
  let encoded: Data
  do {
    encoded = try JSONCoding.encoder.encode(value)
  } catch {
    violated("\(T.self) decoded but does not encode: \(error)")
  }
  guard let again = try? JSONCoding.decoder.decode(T.self, from: encoded) else {
    violated("\(T.self) re-encoded as \(String(decoding: encoded, as: UTF8.self)) does not decode")
  }
  guard again == value else {
    violated("\(T.self) changes in a round trip: \(value) became \(again)")
  }
  return true
}

/// Any body of an error answer gives an error with a message; the live-format body it carries
/// reads back as the same error.
private func checkErrorBody(_ bytes: [UInt8]) {
  let error = APIError(httpStatus: 400, body: bytes)
  _ = error.description
  guard let encoded = try? JSONCoding.encode(error.body) else { violated("an error body does not encode") }
  let again = APIError(httpStatus: 400, body: encoded)
  guard again.message == error.message, again.status == error.status,
    again.fieldViolations == error.fieldViolations
  else {
    violated("APIError changes through its body: \(error) became \(again)")
  }
}

/// `problem(with:)` and the validating initializer agree, and cleaning only removes characters.
private func checkPhoneNumber(_ bytes: [UInt8]) {
  guard bytes.count <= 256 else { return }
  let text = String(decoding: bytes, as: UTF8.self)
  let valid = (try? PhoneNumber(text)) != nil
  guard valid == (PhoneNumber.problem(with: text) == nil) else {
    violated("PhoneNumber init and problem(with:) disagree on \(text.debugDescription)")
  }
  if let cleaned = try? PhoneNumber(cleaning: text) {
    guard PhoneNumber.problem(with: cleaned.e164) == nil else { violated("a cleaned number is invalid") }
    _ = cleaned.queryForm
  }
}

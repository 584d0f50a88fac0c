import Foundation
import SinchNumbers

/// The `dry-run: METHOD PATH BODY` lines of LANGUAGE.md §6.1: the request a mutation would send,
/// written as the HTTP client would send it, with the body's keys sorted.
struct DryRun {
  let context: CommandContext

  /// Whether mutations are only announced.
  var isOn: Bool { context.settings.dryRun }

  /// The line for `method` on `path` (relative to the project), with `body` as JSON.
  func line(_ method: String, _ path: String, body: (some Encodable)?) -> String {
    let full = "/v1/projects/\(QueryEncoding.escape(context.api.projectId))/\(path)"
    guard let body, let json = try? JSONCoding.encode(body) else {
      return "dry-run: \(method) \(full)"
    }
    return "dry-run: \(method) \(full) \(String(decoding: json, as: UTF8.self))"
  }

  /// The line for a request without a body.
  func line(_ method: String, _ path: String) -> String {
    line(method, path, body: String?.none)
  }

  /// Prints lines on stderr, in the order given.
  func announce(_ lines: [String]) {
    for line in lines { context.io.writeError(line + "\n") }
  }

  /// A release as the API would answer it: the number, kept until the period paid for ends.
  static func released(_ number: ActiveNumber) -> ActiveNumber {
    var result = number
    result.expireAt = number.nextChargeDate
    return result
  }

  /// A rent as the API would answer it, from what `check` says about the number.
  static func rented(_ available: AvailableNumber, projectId: String, changes: NumberChanges)
    -> ActiveNumber
  {
    let number = ActiveNumber(
      phoneNumber: available.phoneNumber, projectId: projectId, displayName: "",
      regionCode: available.regionCode, type: available.type, capability: available.capability,
      money: available.monthlyPrice, paymentIntervalMonths: available.paymentIntervalMonths,
      smsConfiguration: SMSConfiguration(servicePlanId: "", campaignId: ""),
      voiceConfiguration: VoiceConfiguration(type: .rtc, appId: "", trunkId: "", serviceId: ""),
      callbackUrl: "")
    return changes.applied(to: number)
  }
}

/// A request body whose one value is hidden: the callback secret never reaches a terminal or log.
struct RedactedSecret: Encodable {
  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode("<redacted>", forKey: .hmacSecret)
  }

  private enum Key: String, CodingKey { case hmacSecret }
}

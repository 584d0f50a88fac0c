import SinchNumbers

/// The configuration fields of `set` and `rent`: `name=`, `plan=`, `campaign=`, `callback=` and
/// `voice=` with `app=`, `trunk=` or `service=`. Only the fields given are sent; `""` unlinks.
struct NumberChanges: Sendable {
  var displayName: String?
  var sms: SMSConfiguration?
  var voice: VoiceConfiguration?
  var callbackUrl: String?

  /// Reads the fields present in `parsed`.
  init(_ parsed: NumbersArguments) throws {
    displayName = try parsed.text("name")
    callbackUrl = try parsed.text("callback")
    let plan = try parsed.text("plan")
    let campaign = try parsed.text("campaign")
    if plan != nil || campaign != nil {
      sms = SMSConfiguration(servicePlanId: plan, campaignId: campaign)
    }
    voice = try Self.voice(parsed)
  }

  /// Whether no field was given.
  var isEmpty: Bool { displayName == nil && sms == nil && voice == nil && callbackUrl == nil }

  /// The body of an update.
  var update: ActiveNumberUpdate {
    ActiveNumberUpdate(
      displayName: displayName, smsConfiguration: sms, voiceConfiguration: voice,
      callbackUrl: callbackUrl)
  }

  /// The body of a rent of one number.
  var rentRequest: RentNumberRequest {
    RentNumberRequest(smsConfiguration: sms, voiceConfiguration: voice, callbackUrl: callbackUrl)
  }

  /// `number` as it reads once the change is applied: what a dry run returns. SMS and voice
  /// changes are shown as done, not as the pending provisioning the API first reports.
  func applied(to number: ActiveNumber) -> ActiveNumber {
    var result = number
    if let displayName { result.displayName = displayName }
    if let callbackUrl { result.callbackUrl = callbackUrl }
    if let sms {
      var current = result.smsConfiguration ?? SMSConfiguration(servicePlanId: "", campaignId: "")
      if let plan = sms.servicePlanId { current.servicePlanId = plan }
      if let campaign = sms.campaignId { current.campaignId = campaign }
      current.scheduledProvisioning = nil
      result.smsConfiguration = current
    }
    if let voice {
      let type = voice.type ?? .rtc
      result.voiceConfiguration = VoiceConfiguration(
        type: type, appId: type == .rtc ? voice.appId ?? "" : "",
        trunkId: type == .est ? voice.trunkId ?? "" : "",
        serviceId: type == .fax ? voice.serviceId ?? "" : "",
        lastUpdatedTime: result.voiceConfiguration?.lastUpdatedTime)
    }
    return result
  }

  /// The changed fields as the summary lists them: `displayName "Support", callbackUrl "..."`.
  var summary: String {
    var fields: [(String, String?)] = [("displayName", displayName)]
    fields.append(("smsConfiguration.servicePlanId", sms?.servicePlanId))
    fields.append(("smsConfiguration.campaignId", sms?.campaignId))
    fields.append(("voiceConfiguration.type", voice?.type?.rawValue))
    fields.append(("voiceConfiguration.appId", voice?.appId))
    fields.append(("voiceConfiguration.trunkId", voice?.trunkId))
    fields.append(("voiceConfiguration.serviceId", voice?.serviceId))
    fields.append(("callbackUrl", callbackUrl))
    return fields.compactMap { name, value in value.map { "\(name) \(Self.quoted($0))" } }
      .joined(separator: ", ")
  }

  /// `voice=` with its one id. The id names the type (`app=` is RTC, `trunk=` EST, `service=`
  /// FAX), so `voice=` may be left out; a `voice=` that contradicts the id is refused.
  private static func voice(_ parsed: NumbersArguments) throws -> VoiceConfiguration? {
    let type = try parsed.choice("voice", VoiceApplicationType.self)
    let ids: [(name: String, type: VoiceApplicationType, value: String)] = try [
      ("app", .rtc), ("trunk", .est), ("service", .fax),
    ].compactMap { name, type in try parsed.text(name).map { (name, type, $0) } }
    if ids.count > 1 {
      throw parsed.problem(ids[1].name, "give one of app=, trunk= or service=, not several")
    }
    guard let id = ids.first else { return type.map { VoiceConfiguration(type: $0) } }
    if let type, type != id.type {
      let wanted = type == .est ? "trunk" : type == .fax ? "service" : "app"
      throw parsed.problem(id.name, "voice=\(type.rawValue) takes \(wanted)=ID, not \(id.name)=")
    }
    return VoiceConfiguration(
      type: id.type, appId: id.type == .rtc ? id.value : nil,
      trunkId: id.type == .est ? id.value : nil, serviceId: id.type == .fax ? id.value : nil)
  }

  /// A value quoted as in a string literal, so `""` (unlink) is visible.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for character in text {
      switch character {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      default: result.append(character)
      }
    }
    return result + "\""
  }
}

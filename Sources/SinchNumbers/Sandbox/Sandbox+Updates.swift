/// Updates, and the scheduled provisioning that SMS and voice changes go through.
///
/// The live API links a number to a service plan or voice app asynchronously: the answer to the
/// change shows it under `scheduledProvisioning` / `scheduledVoiceProvisioning` with status
/// `WAITING` while the current configuration stays. The Sandbox completes it on the next read.
extension Sandbox {
  public func updateActiveNumber(_ number: PhoneNumber, _ update: ActiveNumberUpdate) async throws
    -> ActiveNumber
  {
    called(.updateActiveNumber)
    try Self.validate(sms: update.smsConfiguration, voice: update.voiceConfiguration)
    applyPendingProvisioning()
    let position = try position(of: number)
    var changed = active[position]
    let now = timestamp
    if let displayName = update.displayName { changed.displayName = displayName }
    if let callbackUrl = update.callbackUrl { changed.callbackUrl = callbackUrl }
    if let sms = update.smsConfiguration {
      changed.smsConfiguration = Self.scheduling(sms, over: changed.smsConfiguration, at: now)
    }
    if let voice = update.voiceConfiguration {
      changed.voiceConfiguration = Self.scheduling(voice, over: changed.voiceConfiguration, at: now)
    }
    active[position] = changed
    if update.displayName != nil { displayNameOrder = nil }
    if update.smsConfiguration != nil || update.voiceConfiguration != nil {
      pendingProvisioning.insert(number.e164)
    }
    applied(.updateActiveNumber, phoneNumber: number.e164)
    return changed
  }

  /// Completes every scheduled provisioning: the scheduled values become the current ones.
  func applyPendingProvisioning() {
    guard !pendingProvisioning.isEmpty else { return }
    for key in pendingProvisioning {
      guard let position = active.position(of: key) else { continue }
      var number = active[position]
      number.smsConfiguration = number.smsConfiguration.map(Self.completing)
      number.voiceConfiguration = number.voiceConfiguration.map(Self.completing)
      active[position] = number
    }
    pendingProvisioning.removeAll()
  }

  /// Refuses what the live API refuses: an SMS configuration with no field (the spec: "If you
  /// pass an empty configuration object, the request will fail") and a voice configuration
  /// without a known type.
  static func validate(sms: SMSConfiguration?, voice: VoiceConfiguration?) throws {
    if let sms, sms.servicePlanId == nil, sms.campaignId == nil {
      throw NumbersError.invalidArgument(
        field: "smsConfiguration", "empty configuration: set servicePlanId or campaignId"
      )
    }
    if let voice {
      guard let type = voice.type, !type.rawValue.isEmpty else {
        throw NumbersError.missingValue(
          field: "voiceConfiguration.type",
          VoiceApplicationType.knownValues.map(\.rawValue).joined(separator: ", ")
        )
      }
      guard type.isKnown else {
        throw NumbersError.unknownValue(type, field: "voiceConfiguration.type")
      }
    }
  }

  /// The current SMS configuration with `request` scheduled; a field the request leaves out
  /// keeps its current value.
  static func scheduling(_ request: SMSConfiguration, over current: SMSConfiguration?, at time: String)
    -> SMSConfiguration
  {
    var result = current ?? SMSConfiguration(servicePlanId: "", campaignId: "")
    result.scheduledProvisioning = ScheduledProvisioning(
      servicePlanId: request.servicePlanId ?? result.servicePlanId ?? "",
      campaignId: request.campaignId ?? result.campaignId ?? "", status: .waiting,
      lastUpdatedTime: time, errorCodes: [])
    return result
  }

  /// The current voice configuration with `request` scheduled; only the id that belongs to the
  /// requested type is carried, a missing one meaning unlinked.
  static func scheduling(
    _ request: VoiceConfiguration, over current: VoiceConfiguration?, at time: String
  ) -> VoiceConfiguration {
    var result = current ?? VoiceConfiguration(type: .rtc, appId: "", trunkId: "", serviceId: "")
    let type = request.type ?? .rtc
    result.scheduledVoiceProvisioning = ScheduledVoiceProvisioning(
      type: type, appId: type == .rtc ? request.appId ?? "" : nil,
      trunkId: type == .est ? request.trunkId ?? "" : nil,
      serviceId: type == .fax ? request.serviceId ?? "" : nil, status: .waiting,
      lastUpdatedTime: time)
    return result
  }

  private static func completing(_ sms: SMSConfiguration) -> SMSConfiguration {
    guard let scheduled = sms.scheduledProvisioning else { return sms }
    return SMSConfiguration(
      servicePlanId: scheduled.servicePlanId ?? sms.servicePlanId,
      campaignId: scheduled.campaignId ?? sms.campaignId)
  }

  private static func completing(_ voice: VoiceConfiguration) -> VoiceConfiguration {
    guard let scheduled = voice.scheduledVoiceProvisioning else { return voice }
    return VoiceConfiguration(
      type: scheduled.type ?? voice.type, appId: scheduled.appId ?? "",
      trunkId: scheduled.trunkId ?? "", serviceId: scheduled.serviceId ?? "",
      lastUpdatedTime: scheduled.lastUpdatedTime)
  }
}

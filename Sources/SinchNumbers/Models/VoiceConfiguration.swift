/// The voice side of a number. The spec models RTC, EST and FAX as a `oneOf` keyed by `type`;
/// one struct with the three ids is simpler to use and encodes only the ids that are set.
public struct VoiceConfiguration: Codable, Hashable, Sendable {
  public var type: VoiceApplicationType?
  /// The Voice API app id, for `RTC`.
  public var appId: String?
  /// The Elastic SIP trunk id, for `EST`.
  public var trunkId: String?
  /// The fax service id, for `FAX`.
  public var serviceId: String?
  public var lastUpdatedTime: String?
  /// A change that has been asked for and not yet applied (read-only).
  public var scheduledVoiceProvisioning: ScheduledVoiceProvisioning?

  public init(
    type: VoiceApplicationType? = nil, appId: String? = nil, trunkId: String? = nil,
    serviceId: String? = nil, lastUpdatedTime: String? = nil,
    scheduledVoiceProvisioning: ScheduledVoiceProvisioning? = nil
  ) {
    self.type = type
    self.appId = appId
    self.trunkId = trunkId
    self.serviceId = serviceId
    self.lastUpdatedTime = lastUpdatedTime
    self.scheduledVoiceProvisioning = scheduledVoiceProvisioning
  }

  enum CodingKeys: String, CodingKey {
    case type, appId, trunkId, serviceId, lastUpdatedTime, scheduledVoiceProvisioning
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    type = container.lenientEnum(VoiceApplicationType.self, .type)
    appId = container.lenientString(.appId)
    trunkId = container.lenientString(.trunkId)
    serviceId = container.lenientString(.serviceId)
    lastUpdatedTime = container.lenientString(.lastUpdatedTime)
    scheduledVoiceProvisioning = container.lenientObject(
      ScheduledVoiceProvisioning.self, .scheduledVoiceProvisioning)
  }

  /// The id that matters for this configuration's type.
  public var linkedId: String? {
    switch type {
    case .est?: trunkId
    case .fax?: serviceId
    default: appId
    }
  }
}

/// A pending voice configuration change.
public struct ScheduledVoiceProvisioning: Codable, Hashable, Sendable {
  public var type: VoiceApplicationType?
  public var appId: String?
  public var trunkId: String?
  public var serviceId: String?
  public var status: ProvisioningStatus?
  public var lastUpdatedTime: String?

  public init(
    type: VoiceApplicationType? = nil, appId: String? = nil, trunkId: String? = nil,
    serviceId: String? = nil, status: ProvisioningStatus? = nil, lastUpdatedTime: String? = nil
  ) {
    self.type = type
    self.appId = appId
    self.trunkId = trunkId
    self.serviceId = serviceId
    self.status = status
    self.lastUpdatedTime = lastUpdatedTime
  }

  enum CodingKeys: String, CodingKey { case type, appId, trunkId, serviceId, status, lastUpdatedTime }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    type = container.lenientEnum(VoiceApplicationType.self, .type)
    appId = container.lenientString(.appId)
    trunkId = container.lenientString(.trunkId)
    serviceId = container.lenientString(.serviceId)
    status = container.lenientEnum(ProvisioningStatus.self, .status)
    lastUpdatedTime = container.lenientString(.lastUpdatedTime)
  }
}

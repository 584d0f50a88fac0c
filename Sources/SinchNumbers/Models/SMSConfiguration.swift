/// The SMS side of a number: its service plan and 10DLC campaign.
public struct SMSConfiguration: Codable, Hashable, Sendable {
  public var servicePlanId: String?
  public var campaignId: String?
  /// A change that has been asked for and not yet applied (read-only).
  public var scheduledProvisioning: ScheduledProvisioning?

  public init(
    servicePlanId: String? = nil, campaignId: String? = nil,
    scheduledProvisioning: ScheduledProvisioning? = nil
  ) {
    self.servicePlanId = servicePlanId
    self.campaignId = campaignId
    self.scheduledProvisioning = scheduledProvisioning
  }

  enum CodingKeys: String, CodingKey { case servicePlanId, campaignId, scheduledProvisioning }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    servicePlanId = container.lenientString(.servicePlanId)
    campaignId = container.lenientString(.campaignId)
    scheduledProvisioning = container.lenientObject(ScheduledProvisioning.self, .scheduledProvisioning)
  }
}

/// A pending SMS configuration change.
public struct ScheduledProvisioning: Codable, Hashable, Sendable {
  public var servicePlanId: String?
  public var campaignId: String?
  public var status: ProvisioningStatus?
  public var lastUpdatedTime: String?
  public var errorCodes: [String]?

  public init(
    servicePlanId: String? = nil, campaignId: String? = nil, status: ProvisioningStatus? = nil,
    lastUpdatedTime: String? = nil, errorCodes: [String]? = nil
  ) {
    self.servicePlanId = servicePlanId
    self.campaignId = campaignId
    self.status = status
    self.lastUpdatedTime = lastUpdatedTime
    self.errorCodes = errorCodes
  }

  enum CodingKeys: String, CodingKey {
    case servicePlanId, campaignId, status, lastUpdatedTime, errorCodes
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    servicePlanId = container.lenientString(.servicePlanId)
    campaignId = container.lenientString(.campaignId)
    status = container.lenientEnum(ProvisioningStatus.self, .status)
    lastUpdatedTime = container.lenientString(.lastUpdatedTime)
    errorCodes = container.lenientArray(String.self, .errorCodes)
  }
}

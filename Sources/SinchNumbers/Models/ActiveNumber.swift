/// A number the project rents (the spec's `ActiveNumberResponse`).
public struct ActiveNumber: Codable, Hashable, Sendable {
  public var phoneNumber: String?
  public var projectId: String?
  public var displayName: String?
  public var regionCode: String?
  public var type: NumberType?
  public var capability: [NumberCapability]?
  /// The monthly price.
  public var money: Money?
  public var paymentIntervalMonths: Int?
  public var nextChargeDate: String?
  /// Set once the number has been released: when it leaves the project.
  public var expireAt: String?
  public var smsConfiguration: SMSConfiguration?
  public var voiceConfiguration: VoiceConfiguration?
  public var callbackUrl: String?

  public init(
    phoneNumber: String? = nil, projectId: String? = nil, displayName: String? = nil,
    regionCode: String? = nil, type: NumberType? = nil, capability: [NumberCapability]? = nil,
    money: Money? = nil, paymentIntervalMonths: Int? = nil, nextChargeDate: String? = nil,
    expireAt: String? = nil, smsConfiguration: SMSConfiguration? = nil,
    voiceConfiguration: VoiceConfiguration? = nil, callbackUrl: String? = nil
  ) {
    self.phoneNumber = phoneNumber
    self.projectId = projectId
    self.displayName = displayName
    self.regionCode = regionCode
    self.type = type
    self.capability = capability
    self.money = money
    self.paymentIntervalMonths = paymentIntervalMonths
    self.nextChargeDate = nextChargeDate
    self.expireAt = expireAt
    self.smsConfiguration = smsConfiguration
    self.voiceConfiguration = voiceConfiguration
    self.callbackUrl = callbackUrl
  }

  enum CodingKeys: String, CodingKey {
    case phoneNumber, projectId, displayName, regionCode, type, capability, money
    case paymentIntervalMonths, nextChargeDate, expireAt, smsConfiguration, voiceConfiguration
    case callbackUrl
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    phoneNumber = container.lenientString(.phoneNumber)
    projectId = container.lenientString(.projectId)
    displayName = container.lenientString(.displayName)
    regionCode = container.lenientString(.regionCode)
    type = container.lenientEnum(NumberType.self, .type)
    capability = container.lenientArray(NumberCapability.self, .capability)
    money = container.lenientObject(Money.self, .money)
    paymentIntervalMonths = container.lenientInt(.paymentIntervalMonths)
    nextChargeDate = container.lenientString(.nextChargeDate)
    expireAt = container.lenientString(.expireAt)
    smsConfiguration = container.lenientObject(SMSConfiguration.self, .smsConfiguration)
    voiceConfiguration = container.lenientObject(VoiceConfiguration.self, .voiceConfiguration)
    callbackUrl = container.lenientString(.callbackUrl)
  }
}

/// One page of active numbers.
public struct ActiveNumberPage: Codable, Hashable, Sendable {
  public var activeNumbers: [ActiveNumber]
  /// Empty or missing on the last page.
  public var nextPageToken: String?
  /// How many numbers match the query in all pages.
  public var totalSize: Int?

  public init(activeNumbers: [ActiveNumber], nextPageToken: String?, totalSize: Int?) {
    self.activeNumbers = activeNumbers
    self.nextPageToken = nextPageToken
    self.totalSize = totalSize
  }

  enum CodingKeys: String, CodingKey { case activeNumbers, nextPageToken, totalSize }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    activeNumbers = container.lenientArray(ActiveNumber.self, .activeNumbers) ?? []
    nextPageToken = container.lenientString(.nextPageToken)
    totalSize = container.lenientInt(.totalSize)
  }

  /// The token of the next page, or nil on the last page.
  public var nextPage: String? {
    guard let token = nextPageToken, !token.isEmpty else { return nil }
    return token
  }
}

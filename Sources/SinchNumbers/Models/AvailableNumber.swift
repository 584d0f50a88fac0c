/// A number that can be rented.
public struct AvailableNumber: Codable, Hashable, Sendable {
  public var phoneNumber: String?
  public var regionCode: String?
  public var type: NumberType?
  public var capability: [NumberCapability]?
  public var setupPrice: Money?
  public var monthlyPrice: Money?
  public var paymentIntervalMonths: Int?
  public var supportingDocumentationRequired: Bool?

  public init(
    phoneNumber: String? = nil, regionCode: String? = nil, type: NumberType? = nil,
    capability: [NumberCapability]? = nil, setupPrice: Money? = nil, monthlyPrice: Money? = nil,
    paymentIntervalMonths: Int? = nil, supportingDocumentationRequired: Bool? = nil
  ) {
    self.phoneNumber = phoneNumber
    self.regionCode = regionCode
    self.type = type
    self.capability = capability
    self.setupPrice = setupPrice
    self.monthlyPrice = monthlyPrice
    self.paymentIntervalMonths = paymentIntervalMonths
    self.supportingDocumentationRequired = supportingDocumentationRequired
  }

  enum CodingKeys: String, CodingKey {
    case phoneNumber, regionCode, type, capability, setupPrice, monthlyPrice
    case paymentIntervalMonths, supportingDocumentationRequired
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    phoneNumber = container.lenientString(.phoneNumber)
    regionCode = container.lenientString(.regionCode)
    type = container.lenientEnum(NumberType.self, .type)
    capability = container.lenientArray(NumberCapability.self, .capability)
    setupPrice = container.lenientObject(Money.self, .setupPrice)
    monthlyPrice = container.lenientObject(Money.self, .monthlyPrice)
    paymentIntervalMonths = container.lenientInt(.paymentIntervalMonths)
    supportingDocumentationRequired = container.lenientBool(.supportingDocumentationRequired)
  }
}

/// The result of a search for available numbers.
public struct AvailableNumberList: Codable, Hashable, Sendable {
  public var availableNumbers: [AvailableNumber]

  public init(availableNumbers: [AvailableNumber]) { self.availableNumbers = availableNumbers }

  enum CodingKeys: String, CodingKey { case availableNumbers }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    availableNumbers = container.lenientArray(AvailableNumber.self, .availableNumbers) ?? []
  }
}

/// A region where numbers can be rented, and of which types.
public struct AvailableRegion: Codable, Hashable, Sendable {
  public var regionCode: String?
  public var regionName: String?
  public var types: [NumberType]?

  public init(regionCode: String?, regionName: String?, types: [NumberType]?) {
    self.regionCode = regionCode
    self.regionName = regionName
    self.types = types
  }

  enum CodingKeys: String, CodingKey { case regionCode, regionName, types }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    regionCode = container.lenientString(.regionCode)
    regionName = container.lenientString(.regionName)
    types = container.lenientArray(NumberType.self, .types)
  }
}

/// The list of available regions.
public struct AvailableRegionList: Codable, Hashable, Sendable {
  public var availableRegions: [AvailableRegion]

  public init(availableRegions: [AvailableRegion]) { self.availableRegions = availableRegions }

  enum CodingKeys: String, CodingKey { case availableRegions }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    availableRegions = container.lenientArray(AvailableRegion.self, .availableRegions) ?? []
  }
}

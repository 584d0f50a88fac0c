/// The Sinch Numbers API v1, one method per operation. The HTTP client, the Sandbox and test
/// doubles implement it, so everything above runs the same against any of them.
///
/// Every method throws `NumbersError` (or `CancellationError` when its task is cancelled).
public protocol NumbersAPI: Sendable {
  /// The project the numbers belong to.
  var projectId: String { get }

  /// One page of the project's active numbers.
  func listActiveNumbers(_ query: ActiveNumberQuery) async throws -> ActiveNumberPage
  /// One active number.
  func activeNumber(_ number: PhoneNumber) async throws -> ActiveNumber
  /// Changes the fields the update names and returns the number as it now is.
  func updateActiveNumber(_ number: PhoneNumber, _ update: ActiveNumberUpdate) async throws
    -> ActiveNumber
  /// Gives a number back; the result carries `expireAt`.
  func releaseNumber(_ number: PhoneNumber) async throws -> ActiveNumber
  /// Numbers that can be rented.
  func searchAvailableNumbers(_ query: AvailableNumberQuery) async throws -> [AvailableNumber]
  /// Whether one number can be rented, and at what price.
  func availableNumber(_ number: PhoneNumber) async throws -> AvailableNumber
  /// Rents one chosen number.
  func rentNumber(_ number: PhoneNumber, _ request: RentNumberRequest) async throws -> ActiveNumber
  /// Rents any number that matches.
  func rentAnyNumber(_ request: RentAnyNumberRequest) async throws -> ActiveNumber
  /// Regions where numbers can be rented, optionally only those offering `types`.
  func availableRegions(types: [NumberType]) async throws -> [AvailableRegion]
  /// The project's callback configuration.
  func callbackConfiguration() async throws -> CallbackConfiguration
  /// Changes the callback HMAC secret.
  func updateCallbackConfiguration(_ update: CallbackConfigurationUpdate) async throws
    -> CallbackConfiguration
}

/// The filters of a list of active numbers.
public struct ActiveNumberQuery: Hashable, Sendable {
  public var regionCode: String?
  public var type: NumberType?
  public var capabilities: [NumberCapability]
  /// Digits to look for, with or without a leading `+`.
  public var pattern: String?
  public var searchPattern: SearchPattern?
  public var orderBy: ActiveNumberOrder?
  public var pageSize: Int?
  public var pageToken: String?

  public init(
    regionCode: String? = nil, type: NumberType? = nil, capabilities: [NumberCapability] = [],
    pattern: String? = nil, searchPattern: SearchPattern? = nil, orderBy: ActiveNumberOrder? = nil,
    pageSize: Int? = nil, pageToken: String? = nil
  ) {
    self.regionCode = regionCode
    self.type = type
    self.capabilities = capabilities
    self.pattern = pattern
    self.searchPattern = searchPattern
    self.orderBy = orderBy
    self.pageSize = pageSize
    self.pageToken = pageToken
  }

  /// The query string, in the order the spec lists the parameters.
  public var queryItems: [(String, String)] {
    var items: [(String, String)] = []
    if let regionCode { items.append(("regionCode", regionCode)) }
    if let pattern { items.append(("numberPattern.pattern", pattern)) }
    if let searchPattern { items.append(("numberPattern.searchPattern", searchPattern.rawValue)) }
    if let type { items.append(("type", type.rawValue)) }
    for capability in capabilities { items.append(("capability", capability.rawValue)) }
    if let pageSize { items.append(("pageSize", String(pageSize))) }
    if let pageToken { items.append(("pageToken", pageToken)) }
    if let orderBy { items.append(("orderBy", orderBy.rawValue)) }
    return items
  }
}

/// The filters of a search for available numbers.
public struct AvailableNumberQuery: Hashable, Sendable {
  public var regionCode: String
  public var type: NumberType
  public var capabilities: [NumberCapability]
  public var pattern: String?
  public var searchPattern: SearchPattern?
  /// At most this many results.
  public var size: Int?

  public init(
    regionCode: String, type: NumberType, capabilities: [NumberCapability] = [],
    pattern: String? = nil, searchPattern: SearchPattern? = nil, size: Int? = nil
  ) {
    self.regionCode = regionCode
    self.type = type
    self.capabilities = capabilities
    self.pattern = pattern
    self.searchPattern = searchPattern
    self.size = size
  }

  /// The query string; note that search calls the capability parameter `capabilities`.
  public var queryItems: [(String, String)] {
    var items: [(String, String)] = []
    if let pattern { items.append(("numberPattern.pattern", pattern)) }
    if let searchPattern { items.append(("numberPattern.searchPattern", searchPattern.rawValue)) }
    items.append(("regionCode", regionCode))
    items.append(("type", type.rawValue))
    for capability in capabilities { items.append(("capabilities", capability.rawValue)) }
    if let size { items.append(("size", String(size))) }
    return items
  }
}

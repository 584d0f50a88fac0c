import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The live Sinch Numbers API v1 over HTTPS (or the emulator over loopback HTTP).
public final class HTTPNumbersClient: NumbersAPI {
  public let projectId: String
  let configuration: ClientConfiguration
  let transport: HTTPTransport
  let tokens: TokenCache?

  /// Checks that credentials would travel safely before any connection is made.
  public init(configuration: ClientConfiguration) throws {
    try configuration.checkTransportSecurity()
    self.configuration = configuration
    projectId = configuration.projectId
    transport = HTTPTransport(
      timeout: configuration.timeout, maxConnections: configuration.maxConnections,
      trace: configuration.trace)
    if configuration.authMethod == .oauth {
      let fetcher = TokenFetcher(
        url: configuration.tokenURL, credentials: configuration.credentials, transport: transport,
        retryPolicy: configuration.retryPolicy)
      tokens = TokenCache(storage: configuration.tokenStorage) { try await fetcher.fetch() }
    } else {
      tokens = nil
    }
  }

  /// How many OAuth tokens this client has bought (0 with Basic auth).
  public var tokensFetched: Int {
    get async { await tokens?.fetchCount ?? 0 }
  }

  // MARK: Operations

  public func listActiveNumbers(_ query: ActiveNumberQuery) async throws -> ActiveNumberPage {
    try decode(await perform("GET", "activeNumbers", query: query.queryItems, mode: .retry))
  }

  public func activeNumber(_ number: PhoneNumber) async throws -> ActiveNumber {
    try decode(await perform("GET", "activeNumbers/\(number.pathForm)", mode: .retry))
  }

  public func updateActiveNumber(_ number: PhoneNumber, _ update: ActiveNumberUpdate) async throws
    -> ActiveNumber
  {
    let body = try JSONCoding.encode(update)
    return try decode(
      await perform("PATCH", "activeNumbers/\(number.pathForm)", body: body, mode: .retry))
  }

  public func releaseNumber(_ number: PhoneNumber) async throws -> ActiveNumber {
    try await verifiedRelease(number)
  }

  public func searchAvailableNumbers(_ query: AvailableNumberQuery) async throws -> [AvailableNumber] {
    let list: AvailableNumberList = try decode(
      await perform("GET", "availableNumbers", query: query.queryItems, mode: .retry))
    return list.availableNumbers
  }

  public func availableNumber(_ number: PhoneNumber) async throws -> AvailableNumber {
    try decode(await perform("GET", "availableNumbers/\(number.pathForm)", mode: .retry))
  }

  public func rentNumber(_ number: PhoneNumber, _ request: RentNumberRequest) async throws
    -> ActiveNumber
  {
    try await verifiedRent(number, request)
  }

  public func rentAnyNumber(_ request: RentAnyNumberRequest) async throws -> ActiveNumber {
    let body = try JSONCoding.encode(request)
    do {
      return try decode(
        await perform("POST", "availableNumbers:rentAny", body: body, mode: .onlyIfNotApplied))
    } catch let uncertain as UncertainOutcome {
      // No number is named, so no read can tell whether one was rented: say so plainly.
      throw NumbersError.uncertain(
        message:
          "rent of any \(request.regionCode) \(request.type) number may or may not have happened "
          + "(\(uncertain.reason)); run `ls` to see whether a new number is active")
    }
  }

  public func availableRegions(types: [NumberType]) async throws -> [AvailableRegion] {
    let query = types.map { ("types", $0.rawValue) }
    let list: AvailableRegionList = try decode(
      await perform("GET", "availableRegions", query: query, mode: .retry))
    return list.availableRegions
  }

  public func callbackConfiguration() async throws -> CallbackConfiguration {
    try decode(await perform("GET", "callbackConfiguration", mode: .retry))
  }

  public func updateCallbackConfiguration(_ update: CallbackConfigurationUpdate) async throws
    -> CallbackConfiguration
  {
    let body = try JSONCoding.encode(update)
    return try decode(await perform("PATCH", "callbackConfiguration", body: body, mode: .retry))
  }

  // MARK: Decoding

  func decode<T: Decodable>(_ body: [UInt8]) throws -> T {
    guard !body.isEmpty else {
      throw NumbersError.malformedResponse(message: "empty body where JSON was expected")
    }
    do {
      return try JSONCoding.decoder.decode(T.self, from: Data(body))
    } catch {
      throw NumbersError.malformedResponse(message: Self.explain(error))
    }
  }

  /// What is wrong with a body, in the API's own field names: never a Swift type name.
  static func explain(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "the body is not the expected JSON" }
    func path(_ keys: [any CodingKey]) -> String {
      keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        .trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
    switch error {
    case .dataCorrupted(let context) where context.codingPath.isEmpty:
      return "the body is not valid JSON"
    case .dataCorrupted(let context):
      return "invalid value at '\(path(context.codingPath))'"
    case .keyNotFound(let key, let context):
      return "missing field '\(path(context.codingPath + [key]))'"
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return context.codingPath.isEmpty
        ? "the body is not the expected JSON object"
        : "unexpected kind of value at '\(path(context.codingPath))'"
    @unknown default:
      return "the body is not the expected JSON"
    }
  }
}

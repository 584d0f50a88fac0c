import SinchNumbers

/// Runs one Numbers operation against the API. Arguments are decoded first, on the connection
/// thread; only the API call itself crosses into async code.
struct NumbersEndpoint: Sendable {
  let api: any NumbersAPI

  /// An operation ready to run: its arguments are decoded and valid.
  typealias Call = @Sendable (any NumbersAPI) async throws -> HTTPResponse

  /// The call for `operation`, or the 400 its arguments deserve.
  func prepare(_ operation: EmulatorOperation, phoneNumber text: String?, request: HTTPRequest)
    throws(NumbersError) -> Call
  {
    guard let query = QueryParameters(request.query) else {
      throw .api(.invalidArgument(field: "query", "malformed percent-encoding"))
    }
    let body = request.body
    switch operation {
    case .listActiveNumbers:
      let filters = try RequestDecoding.activeNumberQuery(query)
      return { .json(try await $0.listActiveNumbers(filters)) }
    case .getActiveNumber:
      let number = try RequestDecoding.phoneNumber(text)
      return { .json(try await $0.activeNumber(number)) }
    case .updateActiveNumber:
      let number = try RequestDecoding.phoneNumber(text)
      let update = try RequestDecoding.body(ActiveNumberUpdate.self, from: body, empty: ActiveNumberUpdate())
      return { .json(try await $0.updateActiveNumber(number, update)) }
    case .releaseNumber:
      let number = try RequestDecoding.phoneNumber(text)
      return { .json(try await $0.releaseNumber(number)) }
    case .searchAvailableNumbers:
      let filters = try RequestDecoding.availableNumberQuery(query)
      return { .json(AvailableNumberList(availableNumbers: try await $0.searchAvailableNumbers(filters))) }
    case .getAvailableNumber:
      let number = try RequestDecoding.phoneNumber(text)
      return { .json(try await $0.availableNumber(number)) }
    case .rentNumber:
      let number = try RequestDecoding.phoneNumber(text)
      let rent = try RequestDecoding.body(RentNumberRequest.self, from: body, empty: RentNumberRequest())
      return { .json(try await $0.rentNumber(number, rent)) }
    case .rentAnyNumber:
      let rent = try RequestDecoding.body(RentAnyNumberRequest.self, from: body, empty: nil)
      return { .json(try await $0.rentAnyNumber(rent)) }
    case .listAvailableRegions:
      let types = RequestDecoding.regionTypes(query)
      return { .json(AvailableRegionList(availableRegions: try await $0.availableRegions(types: types))) }
    case .getCallbackConfiguration:
      return { .json(try await $0.callbackConfiguration()) }
    case .updateCallbackConfiguration:
      let update = try RequestDecoding.body(
        CallbackConfigurationUpdate.self, from: body, empty: CallbackConfigurationUpdate(hmacSecret: nil))
      return { .json(try await $0.updateCallbackConfiguration(update)) }
    }
  }

  /// Runs a prepared call, waiting on the calling (non-pool) thread.
  func run(_ call: @escaping Call) -> HTTPResponse {
    let api = self.api
    let response = BlockingBridge.run { () async -> HTTPResponse in
      do {
        return try await call(api)
      } catch {
        return Self.response(for: error)
      }
    }
    return response ?? .apiError(APIError(httpStatus: 500, status: "INTERNAL", message: "no response"))
  }

  /// An error thrown by the API, as the live service would answer it.
  static func response(for error: any Error) -> HTTPResponse {
    guard let error = error as? NumbersError else {
      return .apiError(APIError(httpStatus: 500, status: "INTERNAL", message: "internal error"))
    }
    switch error {
    case .api(let apiError):
      return .apiError(apiError)
    case .invalidRequest(let message):
      return .apiError(APIError(httpStatus: 400, status: "INVALID_ARGUMENT", message: message))
    default:
      return .apiError(APIError(httpStatus: 500, status: "INTERNAL", message: error.description))
    }
  }
}

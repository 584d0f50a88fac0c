/// Every active number matching a query, fetched page by page only as the consumer asks, so
/// taking the first three numbers reads one page.
public struct ActiveNumberSequence: AsyncSequence, Sendable {
  public typealias Element = ActiveNumber

  let api: any NumbersAPI
  let query: ActiveNumberQuery

  /// Lists the numbers matching `query` (its `pageToken` is where to start).
  public init(api: any NumbersAPI, query: ActiveNumberQuery) {
    self.api = api
    self.query = query
  }

  public func makeAsyncIterator() -> Iterator { Iterator(api: api, query: query) }

  /// Pages through the list, holding one page at a time.
  public struct Iterator: AsyncIteratorProtocol, Sendable {
    let api: any NumbersAPI
    var query: ActiveNumberQuery
    var buffer: [ActiveNumber] = []
    var index = 0
    var finished = false
    /// Pages fetched so far.
    public private(set) var pagesFetched = 0

    init(api: any NumbersAPI, query: ActiveNumberQuery) {
      self.api = api
      self.query = query
    }

    public mutating func next() async throws -> ActiveNumber? {
      while index == buffer.count {
        if finished { return nil }
        try Task.checkCancellation()
        let page = try await api.listActiveNumbers(query)
        pagesFetched += 1
        buffer = page.activeNumbers
        index = 0
        if let token = page.nextPage, token != query.pageToken {
          query.pageToken = token
        } else {
          finished = true
        }
      }
      defer { index += 1 }
      return buffer[index]
    }
  }
}

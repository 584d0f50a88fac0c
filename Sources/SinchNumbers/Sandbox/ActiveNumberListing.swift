/// A list request checked against the rules of the live API: known enum values, a page size from
/// 0 to 1000 (0 meaning the default 100), and a page token written for this same query.
struct ActiveNumberListing {
  static let defaultPageSize = 100
  static let maximumPageSize = 1000

  let criteria: NumberCriteria
  let order: ActiveNumberOrder
  let pageSize: Int
  /// Identifies the query, so that its tokens are refused for any other.
  let fingerprint: UInt64
  /// Where the previous page ended; nil for the first page.
  let after: PageToken?

  init(_ query: ActiveNumberQuery) throws {
    criteria = try NumberCriteria(
      regionCode: query.regionCode, type: query.type, capabilities: query.capabilities,
      pattern: query.pattern, searchPattern: query.searchPattern, capabilityField: "capability")
    var order = ActiveNumberOrder.phoneNumber
    if let requested = query.orderBy, !requested.rawValue.isEmpty {
      guard requested.isKnown else { throw NumbersError.unknownValue(requested, field: "orderBy") }
      order = requested
    }
    self.order = order

    let size = query.pageSize ?? 0
    guard (0...Self.maximumPageSize).contains(size) else {
      throw NumbersError.invalidArgument(
        field: "pageSize", "\(size) is out of range: use 1 to \(Self.maximumPageSize), or 0 for the default"
      )
    }
    pageSize = size == 0 ? Self.defaultPageSize : size

    // The page size is left out on purpose: a client may change it from one page to the next.
    fingerprint = PageToken.fingerprint(of: "\(criteria.canonicalText);order=\(order.rawValue)")
    if let text = query.pageToken, !text.isEmpty {
      guard let token = PageToken(text: text) else {
        throw NumbersError.invalidArgument(field: "pageToken", "not a page token this API returned")
      }
      guard token.fingerprint == fingerprint else {
        throw NumbersError.invalidArgument(
          field: "pageToken", "the page token belongs to a list with different filters or order"
        )
      }
      after = token
    } else {
      after = nil
    }
  }
}

/// Listing and reading active numbers.
extension Sandbox {
  public func listActiveNumbers(_ query: ActiveNumberQuery) async throws -> ActiveNumberPage {
    called(.listActiveNumbers)
    let listing = try ActiveNumberListing(query)
    applyPendingProvisioning()
    switch listing.order {
    case .displayName: return pageInDisplayNameOrder(listing)
    default: return pageInPhoneNumberOrder(listing)
    }
  }

  public func activeNumber(_ number: PhoneNumber) async throws -> ActiveNumber {
    called(.getActiveNumber)
    applyPendingProvisioning()
    return active[try position(of: number)]
  }

  /// The default order is the index's own, so a page is one pass with no sorting: every number
  /// is tested to count `totalSize`, and only the page's numbers are copied.
  private func pageInPhoneNumberOrder(_ listing: ActiveNumberListing) -> ActiveNumberPage {
    let start = listing.after.map { active.firstPosition(after: $0.phoneNumber) } ?? 0
    var collector = PageCollector(listing)
    for position in active.positions {
      guard listing.criteria.matches(active, at: position) else { continue }
      collector.add(onPage: position >= start) { active[position] }
    }
    return collector.page
  }

  private func pageInDisplayNameOrder(_ listing: ActiveNumberListing) -> ActiveNumberPage {
    let order = displayNameOrderBuildingIfNeeded()
    let start = listing.after.map { firstPosition(in: order, after: $0) } ?? 0
    var collector = PageCollector(listing)
    for (rank, position) in order.enumerated() {
      guard listing.criteria.matches(active, at: position) else { continue }
      collector.add(onPage: rank >= start) { active[position] }
    }
    return collector.page
  }

  private func displayNameOrderBuildingIfNeeded() -> [Int] {
    if let displayNameOrder { return displayNameOrder }
    let keys = active.records.map(\.displayNameKey)
    let order = keys.indices.sorted { keys[$0] < keys[$1] }
    displayNameOrder = order
    return order
  }

  private func firstPosition(in order: [Int], after token: PageToken) -> Int {
    let last = DisplayNameKey(displayName: token.displayName, phoneNumber: token.phoneNumber)
    var low = 0
    var high = order.count
    while low < high {
      let middle = (low + high) / 2
      if active.records[order[middle]].displayNameKey <= last { low = middle + 1 } else { high = middle }
    }
    return low
  }
}

/// Fills one page while counting every match.
private struct PageCollector {
  let listing: ActiveNumberListing
  var numbers: [ActiveNumber] = []
  var total = 0
  var hasMore = false

  init(_ listing: ActiveNumberListing) {
    self.listing = listing
    numbers.reserveCapacity(min(listing.pageSize, 1024))
  }

  /// Counts a match, and keeps it when it belongs after the previous page and there is room;
  /// only then is the record copied.
  mutating func add(onPage: Bool, _ number: () -> ActiveNumber) {
    total += 1
    guard onPage else { return }
    if numbers.count < listing.pageSize {
      numbers.append(number())
    } else {
      hasMore = true
    }
  }

  var page: ActiveNumberPage {
    var token = ""
    if hasMore, let last = numbers.last {
      token =
        PageToken(
          fingerprint: listing.fingerprint, phoneNumber: last.phoneNumber ?? "",
          displayName: listing.order == .displayName ? last.displayName ?? "" : ""
        ).text
    }
    return ActiveNumberPage(activeNumbers: numbers, nextPageToken: token, totalSize: total)
  }
}

import SinchNumbers

/// The active numbers of several queries — one per number type — as one ordered sequence.
///
/// `ls` without `type=` asks for each type separately, so that no number is left out because
/// of a server-side default type. Each answer is already in the requested order, so the
/// sequences are merged by comparing their heads rather than collected and sorted: memory stays
/// at one page per type, and taking the first few numbers reads one page per type at most.
public struct MergedActiveNumbers: AsyncSequence, Sendable {
  public typealias Element = ActiveNumber

  let api: any NumbersAPI
  let queries: [ActiveNumberQuery]
  let order: ActiveNumberOrder
  /// Stop after this many numbers, fetching no page beyond them.
  let limit: Int?

  /// Merges the numbers of `queries`, each in `order`, stopping after `limit` numbers.
  public init(api: any NumbersAPI, queries: [ActiveNumberQuery], order: ActiveNumberOrder, limit: Int?) {
    self.api = api
    self.queries = queries
    self.order = order
    self.limit = limit
  }

  public func makeAsyncIterator() -> Iterator {
    Iterator(
      sources: queries.map { ActiveNumberSequence(api: api, query: $0).makeAsyncIterator() },
      order: order, remaining: limit)
  }

  /// Holds the next number of each source and hands out the smallest.
  public struct Iterator: AsyncIteratorProtocol {
    var sources: [ActiveNumberSequence.Iterator]
    let order: ActiveNumberOrder
    var remaining: Int?
    var heads: [ActiveNumber?] = []
    /// The source whose head was just handed out; refilled on the next call, not before, so
    /// that a consumer who stops never causes one more page to be fetched.
    var consumed: Int?

    init(sources: [ActiveNumberSequence.Iterator], order: ActiveNumberOrder, remaining: Int?) {
      self.sources = sources
      self.order = order
      self.remaining = remaining
    }

    public mutating func next() async throws -> ActiveNumber? {
      if let remaining, remaining <= 0 { return nil }
      if heads.count < sources.count {
        try await fillHeads()
      } else if let consumed {
        heads[consumed] = try await sources[consumed].next()
        self.consumed = nil
      }
      guard let chosen = smallestHead(), let number = heads[chosen] else { return nil }
      consumed = chosen
      remaining = remaining.map { $0 - 1 }
      return number
    }

    /// Reads the first number of every source at once: a one-shot `ls` waits for one round trip
    /// instead of one per type. Every read runs to its end before an error is thrown: a failed
    /// read must not cancel its siblings, because cancelling a request in flight can deadlock
    /// inside FoundationNetworking (seen with a 401 on one type while the others were loading).
    private mutating func fillHeads() async throws {
      typealias Filled = (
        index: Int, source: ActiveNumberSequence.Iterator, head: Result<ActiveNumber?, any Error>
      )
      let pending = sources
      let filled = await withTaskGroup(of: Filled.self) { group in
        for (index, source) in pending.enumerated() {
          group.addTask {
            var source = source
            do {
              let head = try await source.next()
              return (index, source, .success(head))
            } catch {
              return (index, source, .failure(error))
            }
          }
        }
        return await group.reduce(into: [Filled]()) { $0.append($1) }.sorted { $0.index < $1.index }
      }
      sources = filled.map(\.source)
      heads = try filled.map { try $0.head.get() }
    }

    /// The source with the smallest head; on ties the earlier source, so the merge is stable.
    private func smallestHead() -> Int? {
      var best: (index: Int, key: SortKey)?
      for (index, head) in heads.enumerated() {
        guard let head else { continue }
        let key = SortKey(head, order)
        if best == nil || key < (best?.key ?? key) { best = (index, key) }
      }
      return best?.index
    }
  }

  /// The order the API lists numbers in: by phone number, or by display name then number.
  struct SortKey: Comparable {
    var primary: String
    var phoneNumber: String

    init(_ number: ActiveNumber, _ order: ActiveNumberOrder) {
      phoneNumber = number.phoneNumber ?? ""
      primary = order == .displayName ? number.displayName ?? "" : phoneNumber
    }

    static func < (lhs: SortKey, rhs: SortKey) -> Bool {
      lhs.primary == rhs.primary ? lhs.phoneNumber < rhs.phoneNumber : lhs.primary < rhs.primary
    }
  }
}

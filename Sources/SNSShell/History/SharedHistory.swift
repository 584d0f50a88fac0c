import Foundation

/// The prompt's `HistoryStore`, readable from the `history` command, which runs on another
/// task. The prompt records an entry only between statements, while no command runs, so a lock
/// around each access is all the sharing needs.
final class SharedHistory: @unchecked Sendable {
  private let lock = NSLock()
  private let store: HistoryStore

  init(_ store: HistoryStore) {
    self.store = store
  }

  /// The store, for the line editor to own and record into.
  var underlyingStore: HistoryStore { store }

  /// The last `count` entries (all when nil) and how many entries there are in all.
  func entries(last count: Int?) -> (entries: [String], total: Int) {
    lock.withLock { (store.entries(last: count), store.entries.count) }
  }
}

import Foundation
import SNSLanguage

/// A copy of the session's global variables, taken after each statement, for Tab completion.
///
/// Completion runs inside libedit's synchronous callback and cannot wait for the interpreter
/// actor; between statements nothing changes the globals, so a copy taken then is exact.
final class SessionSnapshot: @unchecked Sendable {
  private let lock = NSLock()
  private var globals: [String: Value] = [:]

  /// Copies the globals the session's hooks list now.
  func refresh(from session: SessionHooks?) async {
    guard let session else { return }
    let listing = await session.variables()
    let copy = Dictionary(listing.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
    lock.withLock { globals = copy }
  }

  /// The names of the global variables, sorted.
  var variableNames: [String] {
    lock.withLock { globals.keys.sorted() }
  }

  /// The field names of the record at `path` (`n` or `n.voiceConfiguration`); for a list, those
  /// of its first record, since `$numbers.0` is rare and a list's items usually share a shape.
  func fields(at path: String) -> [String] {
    let parts = path.split(separator: ".").map(String.init)
    guard let name = parts.first, var value = lock.withLock({ globals[name] }) else { return [] }
    for field in parts.dropFirst() {
      guard case .record(let record) = value.firstItem, let next = record[field] else { return [] }
      value = next
    }
    guard case .record(let record) = value.firstItem else { return [] }
    return record.keys
  }
}

extension Value {
  /// The value itself, or the first item of a list.
  fileprivate var firstItem: Value {
    if case .list(let items) = self, let first = items.first { return first }
    return self
  }
}

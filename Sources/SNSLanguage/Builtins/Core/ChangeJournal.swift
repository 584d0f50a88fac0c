import Foundation
import SinchNumbers

/// What one top-level statement has changed so far, so that Ctrl-C in the middle of a bulk job
/// can end with the truth: which numbers were changed and which were not.
///
/// Bulk commands record each change as the API confirms it and the numbers they did not get
/// to; `each` and `for` record the items they did not finish. The runner asks for the report
/// when a statement ends interrupted.
public final class ChangeJournal: Sendable {
  private struct Entries {
    /// `(past tense, number)` in the order the changes completed.
    var changed: [(verb: String, number: String)] = []
    /// Numbers (or items) not changed because the statement was stopped, in input order.
    var notChanged: [String] = []
  }

  private let entries = LockedState(Entries())

  public init() {}

  /// Forgets everything: a new statement starts.
  public func reset() { entries.withLock { $0 = Entries() } }

  /// Notes that `number` was changed (`verb` is `updated`, `released`, `rented`).
  func recordChange(_ verb: String, _ number: String) {
    entries.withLock { $0.changed.append((verb, number)) }
  }

  /// Notes numbers (or other items, by their text) left as they were.
  func recordNotChanged(_ items: [String]) {
    guard !items.isEmpty else { return }
    entries.withLock { $0.notChanged.append(contentsOf: items) }
  }

  /// The lines to print after an interruption, or nil when the statement changed nothing and
  /// left nothing undone that it knew of.
  public func interruptionReport() -> String? {
    let (changed, notChanged) = entries.withLock { ($0.changed, $0.notChanged) }
    let changedNumbers = Set(changed.map(\.number))
    var seen = Set<String>()
    let untouched = notChanged.filter { !changedNumbers.contains($0) && seen.insert($0).inserted }
    guard !changed.isEmpty || !untouched.isEmpty else { return nil }

    let count = changedNumbers.count
    var lines = [
      "interrupted: \(count) number\(count == 1 ? "" : "s") changed, \(untouched.count) not changed"
    ]
    var verbs: [String] = []
    var byVerb: [String: [String]] = [:]
    for (verb, number) in changed {
      if byVerb[verb] == nil { verbs.append(verb) }
      byVerb[verb, default: []].append(number)
    }
    // Sorted, so that the lists read the same whatever order concurrent calls finished in.
    for verb in verbs {
      lines.append("  \(verb): " + (byVerb[verb] ?? []).sorted().joined(separator: ", "))
    }
    if !untouched.isEmpty { lines.append("  not changed: " + untouched.sorted().joined(separator: ", ")) }
    return lines.joined(separator: "\n")
  }
}

/// A value behind a lock, for state shared by concurrent tasks.
final class LockedState<State>: @unchecked Sendable {
  private let lock = NSLock()
  private var state: State

  init(_ state: State) { self.state = state }

  func withLock<Result>(_ body: (inout State) throws -> Result) rethrows -> Result {
    lock.lock()
    defer { lock.unlock() }
    return try body(&state)
  }
}

extension ChangeJournal {
  /// Notes the items of an `each` or `for` that did not run to the end, by the number each
  /// stands for (a phone, a number's text, a record with `phoneNumber`); other items name no
  /// number and are left out.
  func recordNotReached(_ items: some Sequence<Value>) {
    recordNotChanged(items.compactMap(Self.number(of:)))
  }

  private static func number(of item: Value) -> String? {
    switch item {
    case .phone(let number): return number.e164
    case .string(let text): return (try? PhoneNumber(text))?.e164
    case .record(let record):
      guard let field = record["phoneNumber"] else { return nil }
      return number(of: field)
    default: return nil
    }
  }
}

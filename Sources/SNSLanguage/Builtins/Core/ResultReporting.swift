import Foundation

// How a mutating command keeps its result from being shown (LANGUAGE.md §6.1).
//
// `set`, `release`, `rent` and `callbacks secret=` print a one-line summary of each change; at
// statement level in `table` mode that summary stands for the result, so the interpreter must not
// also print the returned record. A command says so by calling `context.markResultReported()`
// while it runs (typically once, after printing its summaries, or always when it mutates). The
// interpreter then skips showing that call's value when the call is the last stage of a
// statement whose value would be shown, in `table` mode only: in `json`/`csv` mode the value is
// shown instead of the summary. The value still flows into assignments and pipes as usual.
//
// The mark is per call: the interpreter runs each command with a fresh `ResultReport` bound to a
// task-local, so concurrent calls (`each -j`) never see each other's marks.

/// Whether the command running in this task has reported its own result.
public final class ResultReport: @unchecked Sendable {
  private let lock = NSLock()
  private var reported = false

  /// A report with nothing marked.
  public init() {}

  /// Records that the result has been reported by the command itself.
  public func markReported() { lock.withLock { reported = true } }

  /// Whether `markReported()` was called.
  public var isReported: Bool { lock.withLock { reported } }
}

extension CommandContext {
  /// The report of the command call running in the current task, bound by the interpreter.
  @TaskLocal public static var currentReport: ResultReport?

  /// Tells the interpreter that this command printed a summary that stands for its result, so
  /// the result is not shown at statement level in `table` mode. Call it from `run`.
  public func markResultReported() {
    CommandContext.currentReport?.markReported()
  }
}

// A function or an `each` block whose value is what a reporting command returned has been
// reported too: `ls | each { set $it.phoneNumber name=x }` prints its summaries and not, after
// them, a table of the same records. Function calls and `each` items bind a `BlockReport`; every
// statement a block runs records whether it was a reporting command, so at the end the report
// holds the answer for the statement that made the block's value.

/// Whether the statement a block ran last was a command that reported its own result.
public final class BlockReport: @unchecked Sendable {
  private let lock = NSLock()
  private var reported = false

  public init() {}

  /// Records the outcome of the statement just run.
  func record(_ reported: Bool) { lock.withLock { self.reported = reported } }

  /// Whether the last statement run was a reporting command.
  var lastStatementReported: Bool { lock.withLock { reported } }
}

extension CommandContext {
  /// The report of the function body or `each` item running in the current task.
  @TaskLocal static var currentBlock: BlockReport?
}

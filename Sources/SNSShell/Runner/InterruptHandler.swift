import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns Ctrl-C into cancellation of the statement running now, through the shell's one SIGINT
/// handler (`InterruptSignal`), which the line editor shares.
///
/// A first Ctrl-C cancels the running task (commands and loops stop at their next check, `sleep`
/// at once); a second one while that task is still running ends the process with status 130, in
/// case something does not respond.
final class InterruptHandler: @unchecked Sendable {
  private let lock = NSLock()
  private var cancelRunning: (@Sendable () -> Void)?
  private var alreadyCancelled = false
  private var source: DispatchSourceRead?

  init() {
    source = InterruptSignal.watch(on: .global()) { [weak self] in self?.interrupt() }
  }

  deinit {
    source?.cancel()
  }

  /// Runs `operation` as a task that Ctrl-C cancels, and waits for its result.
  func run<Result: Sendable>(_ operation: @escaping @Sendable () async -> Result) async -> Result {
    let task = Task { await operation() }
    lock.withLock {
      cancelRunning = { task.cancel() }
      alreadyCancelled = false
    }
    let result = await task.value
    lock.withLock { cancelRunning = nil }
    return result
  }

  private func interrupt() {
    let (cancel, again) = lock.withLock { () -> ((@Sendable () -> Void)?, Bool) in
      defer { alreadyCancelled = cancelRunning != nil }
      return (cancelRunning, alreadyCancelled)
    }
    if again { exit(130) }
    cancel?()
  }
}

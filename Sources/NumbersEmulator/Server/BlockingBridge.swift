import Dispatch

/// Runs async work from a connection thread and waits for it. Blocking is safe here because
/// connection threads are plain threads, never threads of the Swift concurrency pool.
///
/// The work runs on the emulator's own executor, not on the shared cooperative pool: inside a
/// test process that pool (one thread per core) is crowded with test tasks, and a request that
/// waited its turn there could wait for seconds. The Sandbox is a default actor, so its code runs
/// on the executor the calling task prefers.
enum BlockingBridge {
  /// The operation's result; nil only if the task ended without producing one.
  static func run<Value: Sendable>(_ operation: @escaping @Sendable () async -> Value) -> Value? {
    let result = Locked<Value?>(nil)
    let done = DispatchSemaphore(value: 0)
    let work: @Sendable () async -> Void = {
      let value = await operation()
      result.withLock { $0 = value }
      done.signal()
    }
    if #available(macOS 15.0, *) {
      Task(executorPreference: EmulatorExecutor.shared) { await work() }
    } else {
      Task { await work() }
    }
    done.wait()
    return result.withLock { $0 }
  }
}

/// Threads of the emulator's own that run its async work (see `BlockingBridge`).
@available(macOS 15.0, *)
final class EmulatorExecutor: TaskExecutor {
  static let shared = EmulatorExecutor()

  private let queue = DispatchQueue(label: "sns.emulator.executor", attributes: .concurrent)

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
  }
}

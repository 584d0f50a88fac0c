import Dispatch

/// Runs async work from a connection thread and waits for it. Blocking is safe here because
/// connection threads are plain threads, never threads of the Swift concurrency pool.
enum BlockingBridge {
  /// The operation's result; nil only if the task ended without producing one.
  static func run<Value: Sendable>(_ operation: @escaping @Sendable () async -> Value) -> Value? {
    let result = Locked<Value?>(nil)
    let done = DispatchSemaphore(value: 0)
    Task {
      let value = await operation()
      result.withLock { $0 = value }
      done.signal()
    }
    done.wait()
    return result.withLock { $0 }
  }
}

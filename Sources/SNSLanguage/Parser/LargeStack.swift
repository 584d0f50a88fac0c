#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Runs work on a thread of its own with a large stack, and waits for it.
///
/// Recursive descent needs stack in proportion to nesting. Swift's concurrency threads (where tests
/// and async callers run) have small stacks, and a debug build spends about 10 KB of stack per level
/// of brackets, so even the 256 levels the parser allows would overflow there. A private thread with
/// a generous stack makes the parser's depth limit the only limit, whoever calls it.
enum LargeStack {
  /// The stack given to the parsing thread; only the pages actually touched use memory.
  static let stackSize = 64 << 20

  /// The result of `body`, run on a new thread with a stack of `stackSize` bytes. If the thread
  /// cannot be created, `body` runs on the calling thread instead.
  static func run<Result>(_ body: () -> Result) -> Result {
    withoutActuallyEscaping(body) { escapable in
      let job = Job(escapable)
      guard spawnAndJoin(job) else { return escapable() }
      return job.result ?? escapable()
    }
  }

  /// A unit of work the C thread entry point can run without knowing its result type.
  private class AnyJob {
    func run() {}
  }

  private final class Job<Result>: AnyJob {
    let body: () -> Result
    var result: Result?

    init(_ body: @escaping () -> Result) {
      self.body = body
    }

    override func run() {
      result = body()
    }
  }

  private static func spawnAndJoin(_ job: AnyJob) -> Bool {
    var attributes = pthread_attr_t()
    guard pthread_attr_init(&attributes) == 0 else { return false }
    defer { pthread_attr_destroy(&attributes) }
    guard pthread_attr_setstacksize(&attributes, stackSize) == 0 else { return false }
    let context = Unmanaged.passRetained(job).toOpaque()
    #if canImport(Darwin)
      var thread: pthread_t?
    #else
      var thread = pthread_t()
    #endif
    let status = pthread_create(
      &thread, &attributes,
      { context in
        let pointer: UnsafeMutableRawPointer? = context
        if let pointer { Unmanaged<AnyJob>.fromOpaque(pointer).takeRetainedValue().run() }
        return nil
      }, context)
    guard status == 0 else {
      Unmanaged<AnyJob>.fromOpaque(context).release()
      return false
    }
    #if canImport(Darwin)
      guard let thread else { return false }
    #endif
    return pthread_join(thread, nil) == 0
  }
}

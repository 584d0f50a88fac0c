import CLineEdit
import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The shell's one SIGINT handler. It is installed without `SA_RESTART`, so Ctrl-C at the prompt
/// makes libedit return (`LineResult.interrupted`); it counts each interrupt and wakes `watch`
/// handlers, so the REPL can cancel a running command without a second, competing handler. A
/// handler installed before this one is still called (chained).
public enum InterruptSignal {
  /// Installs the handler; later calls do nothing. False when it could not be installed.
  @discardableResult
  public static func install() -> Bool {
    cle_install_interrupt_handler() >= 0
  }

  /// How many SIGINTs arrived since `install`; compare two readings to see whether one came.
  public static var count: Int { cle_interrupt_count() }

  /// Calls `handler` on `queue` after SIGINTs (several quick ones may be reported once), for
  /// example to cancel the task running a command. Keep the source; cancel it to stop watching.
  public static func watch(
    on queue: DispatchQueue, _ handler: @escaping @Sendable () -> Void
  ) -> DispatchSourceRead? {
    let descriptor = cle_install_interrupt_handler()
    guard descriptor >= 0 else { return nil }
    let source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue)
    source.setEventHandler {
      drain(descriptor)
      handler()
    }
    source.resume()
    return source
  }

  /// Empties the wake-up pipe (its read end is non-blocking).
  private static func drain(_ descriptor: Int32) {
    var buffer = [UInt8](repeating: 0, count: 64)
    while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
  }
}

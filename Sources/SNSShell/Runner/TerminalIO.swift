import Foundation
import SNSLanguage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's stdin, stdout and stderr as a `SessionIO`.
///
/// Results go to stdout through a buffer (a script that prints a million lines must not make a
/// million system calls); the buffer is flushed before anything goes to stderr and before input
/// is read, so the two streams stay in order on a terminal or in `2>&1`, at the end of each
/// statement, at least every 200 ms while output flows (the summaries of a long bulk job reach
/// its log as they happen), and at exit.
public final class TerminalIO: SessionIO, @unchecked Sendable {
  private let lock = NSLock()
  private var pending: [UInt8] = []
  private var lastFlush = TerminalIO.now()
  /// Whether stdout is a terminal, where every write is flushed at once.
  private let outputIsTerminal: Bool

  /// The process's standard streams.
  public init() {
    outputIsTerminal = isatty(STDOUT_FILENO) != 0
  }

  public func writeOutput(_ text: String) {
    lock.withLock {
      pending.append(contentsOf: text.utf8)
      if outputIsTerminal || pending.count >= 1 << 16 || TerminalIO.now() - lastFlush >= 200_000_000 {
        flushLocked()
      }
    }
  }

  public func writeError(_ text: String) {
    lock.withLock {
      flushLocked()
      TerminalIO.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }
  }

  /// Writes what is buffered for stdout.
  public func flush() {
    lock.withLock { flushLocked() }
  }

  /// Asks on the terminal; only an answer starting with `y` is yes (the default is No).
  public func confirm(_ question: String) async -> Bool {
    // Callers such as `release` already end the question with `[y/N]`.
    let suffix = question.hasSuffix("[y/N]") ? " " : " [y/N] "
    guard let answer = await readLine(prompt: question + suffix) else {
      writeError("\n")
      return false
    }
    return answer.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("y")
  }

  public func readLine(prompt: String) async -> String? {
    if !prompt.isEmpty { writeError(prompt) }
    flush()
    return TerminalInput.readLine()
  }

  /// Reads a secret after `prompt` with the terminal's echo off (`login`).
  func readSecret(prompt: String) -> String? {
    writeError(prompt)
    return TerminalInput.readSecretLine()
  }

  /// Nanoseconds on a clock that only goes forward; the coarse clock costs no system call.
  private static func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC_COARSE, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  private func flushLocked() {
    lastFlush = TerminalIO.now()
    guard !pending.isEmpty else { return }
    TerminalIO.writeAll(pending, to: STDOUT_FILENO)
    pending.removeAll(keepingCapacity: true)
  }

  /// Writes every byte, retrying after interruptions; a closed pipe just drops the rest.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return }
      offset += written
    }
  }
}

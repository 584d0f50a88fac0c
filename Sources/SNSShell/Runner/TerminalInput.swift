#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads answers (`confirm`, `input`, `login`) from standard input one byte at a time.
///
/// Unbuffered on purpose: stdio's buffer would swallow lines typed ahead that libedit, which
/// reads the descriptor itself, must see at the next prompt. Ctrl-C makes `read` fail with
/// `EINTR` (the shell's SIGINT handler has no `SA_RESTART`), which counts as no answer.
enum TerminalInput {
  /// The next line without its newline; nil at end of input or on Ctrl-C.
  static func readLine() -> String? {
    var bytes: [UInt8] = []
    var byte: UInt8 = 0
    while true {
      let count = read(STDIN_FILENO, &byte, 1)
      if count < 0 { return nil }
      if count == 0 { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
      if byte == UInt8(ascii: "\n") { break }
      bytes.append(byte)
    }
    if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The next line read with the terminal's echo off, for a secret; the echo comes back even
  /// when the read is interrupted. Reads normally when stdin is not a terminal.
  static func readSecretLine() -> String? {
    var saved = termios()
    guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return readLine() }
    var silent = saved
    silent.c_lflag &= ~tcflag_t(ECHO)
    // ECHONL keeps the newline of Enter visible, so the next output starts on a fresh line.
    silent.c_lflag |= tcflag_t(ECHONL)
    guard tcsetattr(STDIN_FILENO, TCSANOW, &silent) == 0 else { return nil }
    defer { _ = tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
    return readLine()
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The character encoding libedit reads with.
enum TerminalLocale {
  /// Takes the character type from the environment, as libedit needs before `el_init`: without
  /// it non-ASCII input is silently dropped. A plain `C`/`POSIX` locale (common in containers
  /// and over ssh) becomes `C.UTF-8`, since terminals today send UTF-8.
  static func adopt() {
    let name = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? "C"
    if name == "C" || name == "POSIX" {
      _ = setlocale(LC_CTYPE, "C.UTF-8")
    }
  }
}

import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `sns` running in a real terminal: a private tmux server (its own socket, so tests may run in
/// parallel), keys sent with `send-keys` and the screen read with `capture-pane`.
final class TerminalSession {
  /// tmux, when it is installed.
  static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// The folder standing for HOME, XDG_STATE_HOME and XDG_CONFIG_HOME; reuse it to restart.
  let home: URL
  /// Whether this session made `home` (and so removes it).
  private let ownsHome: Bool
  private let socket = "sns-test-\(UUID().uuidString.prefix(8))"

  /// Starts `sns` in a 120×40 terminal with an isolated home and NO_COLOR; when it exits the
  /// pane shows `EXIT=status`.
  init(home: URL? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let folder =
      home ?? FileManager.default.temporaryDirectory.appendingPathComponent("sns-tty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    self.home = folder
    ownsHome = home == nil
    guard let binary = SNSExecutable.url else {
      Issue.record("the sns executable was not found; build it first", sourceLocation: sourceLocation)
      return
    }
    // A sanitized run (scripts/sanitizers/run) passes its options and suppressions on to sns.
    let sanitizer = SNSExecutable.sanitizerOptions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    let environment =
      [
        "HOME=\(folder.path)", "XDG_STATE_HOME=\(folder.path)/state", "XDG_CONFIG_HOME=\(folder.path)/config",
        "NO_COLOR=1", "TERM=xterm-256color", "LANG=C.UTF-8", "PATH=/usr/bin:/bin",
      ] + sanitizer
    let command =
      "env -i " + environment.map(Self.quoted).joined(separator: " ") + " " + Self.quoted(binary.path)
      + "; echo EXIT=$?; sleep 60"
    tmux(["new-session", "-d", "-s", "sns", "-x", "120", "-y", "40", command])
  }

  deinit {
    tmux(["kill-server"])
    if ownsHome { try? FileManager.default.removeItem(at: home) }
  }

  /// Sends tmux key names, such as `Enter`, `Tab`, `C-c`, `Up`.
  func press(_ keys: String...) {
    tmux(["send-keys", "-t", "sns"] + keys)
  }

  /// Types `text` literally (UTF-8 included).
  func type(_ text: String) {
    tmux(["send-keys", "-t", "sns", "-l", text])
  }

  /// Types `line` and presses Enter.
  func enter(_ line: String) {
    type(line)
    press("Enter")
  }

  /// The visible screen, trailing blank lines removed.
  var screen: String {
    tmux(["capture-pane", "-p", "-t", "sns"]).trimmingCharacters(in: .newlines)
  }

  /// Waits until `condition` holds for the screen; records a failure showing the screen when it
  /// does not within `timeout` seconds.
  @discardableResult
  func waitUntil(
    _ what: String, timeout: Double = 30, sourceLocation: Testing.SourceLocation = #_sourceLocation,
    _ condition: (String) -> Bool
  ) async -> Bool {
    let deadline = Date().addingTimeInterval(timeout * SNSExecutable.hangScale)
    while Date() < deadline {
      if condition(screen) { return true }
      // Sleeping, not blocking, leaves the concurrency pool's threads to the tests that share
      // it (an emulator's server needs them to answer in time).
      try? await Task.sleep(for: .milliseconds(50))
    }
    Issue.record("timed out waiting for \(what); the screen:\n\(screen)", sourceLocation: sourceLocation)
    return false
  }

  /// Waits until `text` appears anywhere on the screen.
  @discardableResult
  func waitFor(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) async -> Bool {
    await waitUntil("'\(text)'", sourceLocation: sourceLocation) { $0.contains(text) }
  }

  /// Waits until a whole screen line reads `line` (trailing blanks ignored).
  @discardableResult
  func waitForLine(_ line: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) async -> Bool {
    await waitUntil("the line '\(line)'", sourceLocation: sourceLocation) { screen in
      screen.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == line }
    }
  }

  /// Waits for the last line to be an empty prompt, ready for input.
  @discardableResult
  func waitForPrompt(sourceLocation: Testing.SourceLocation = #_sourceLocation) async -> Bool {
    await waitUntil("an empty prompt", sourceLocation: sourceLocation) { screen in
      screen.split(separator: "\n").last.map { $0.trimmingCharacters(in: .whitespaces) == "sns[sandbox]>" }
        ?? false
    }
  }

  /// Runs tmux on this test's server and returns what `capture-pane` prints.
  ///
  /// Spawned and reaped directly: `new-session` forks the tmux server, which inherits the
  /// client's descriptors, and Foundation's `Process` then never saw the client end (a pipe
  /// never reached its end, and `waitUntilExit` hung). Output goes through a file.
  @discardableResult
  private func tmux(_ arguments: [String]) -> String {
    guard let path = Self.tmuxPath else { return "" }
    let outputPath =
      arguments.first == "capture-pane" ? home.path + "/tmux-\(UUID().uuidString)" : "/dev/null"
    defer { if outputPath != "/dev/null" { unlink(outputPath) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // Tests run in parallel: the tmux server lives on and must not keep other tests' sockets.
    Self.closeFrom?(&actions, 3)
    let words = [path, "-L", socket, "-f", "/dev/null"] + arguments
    var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { for word in argv { free(word) } }
    // The test runner's threads block most signals and children inherit that mask; a tmux
    // server started with it never exits on `kill-server`.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var signals = sigset_t()
    sigemptyset(&signals)
    posix_spawnattr_setsigmask(&attributes, &signals)
    sigfillset(&signals)
    posix_spawnattr_setsigdefault(&attributes, &signals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var child: pid_t = 0
    guard posix_spawn(&child, path, &actions, &attributes, &argv, environ) == 0 else { return "" }
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0 && errno == EINTR {}
    return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
  }

  /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift does not
  /// import; nil where it does not exist.
  private static let closeFrom:
    (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
      guard
        let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
      else { return nil }
      return unsafeBitCast(
        symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

  /// `text` in single quotes for `sh`.
  private static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
  }
}

import Foundation
import Testing

/// The interactive prompt in a real terminal (tmux): editing, completion, history, Ctrl-C,
/// confirmations and UTF-8, as a person meets them.
@Suite(
  "Prompt in a terminal", .serialized, .enabled(if: TerminalSession.tmuxPath != nil, "tmux is not installed"),
  .timeLimit(.minutes(1)))
struct PromptTerminalTests {
  @Test func tabCompletesCommandsAndArgumentNames() async throws {
    let terminal = try TerminalSession()
    await terminal.waitForPrompt()
    terminal.type("rel")
    terminal.press("Tab")
    await terminal.waitFor("sns[sandbox]> release")
    terminal.press("C-u")
    terminal.type("ls reg")
    terminal.press("Tab")
    await terminal.waitFor("sns[sandbox]> ls region=")
  }

  @Test func aBlockTypedOverThreeLinesRuns() async throws {
    let terminal = try TerminalSession()
    await terminal.waitForPrompt()
    terminal.enter("for i in [1, 2, 3] {")
    await terminal.waitFor("\n...>")
    terminal.enter(#"echo "item-$i""#)
    terminal.enter("}")
    await terminal.waitForLine("item-3")
    #expect(terminal.screen.contains("item-1\nitem-2\nitem-3"))
  }

  @Test func ctrlCStopsARunningCommandAtOnce() async throws {
    let terminal = try TerminalSession()
    await terminal.waitForPrompt()
    terminal.enter("sleep 30")
    try await Task.sleep(for: .milliseconds(500))
    let start = Date()
    terminal.press("C-c")
    await terminal.waitFor("interrupted")
    // Well before the 30-second sleep would have ended, however loaded the machine.
    #expect(Date().timeIntervalSince(start) < 25)
    terminal.enter("echo after-interrupt")
    await terminal.waitForLine("after-interrupt")
  }

  @Test func releaseAsksAndNoKeepsTheNumber() async throws {
    let terminal = try TerminalSession()
    await terminal.waitForPrompt()
    terminal.enter("release +12086390939")
    await terminal.waitFor("Release +12086390939? [y/N]")
    terminal.enter("n")
    await terminal.waitFor("release cancelled: nothing was changed")
    terminal.enter(#"echo (show +12086390939).phoneNumber "still-rented""#)
    await terminal.waitForLine("+12086390939 still-rented")
  }

  @Test func historySurvivesARestartWithoutSecrets() async throws {
    let first = try TerminalSession()
    await first.waitForPrompt()
    first.enter("echo first-session")
    await first.waitForLine("first-session")
    first.enter("callbacks secret=0123456789abcdef0123456789abcdef")
    await first.waitForPrompt()
    first.press("C-d")
    await first.waitFor("EXIT=0")

    let file = first.home.appendingPathComponent("state/sns/history").path
    let attributes = try FileManager.default.attributesOfItem(atPath: file)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let saved = try String(contentsOfFile: file, encoding: .utf8)
    #expect(saved.contains("echo first-session"))
    #expect(!saved.contains("secret="))

    let second = try TerminalSession(home: first.home)
    await second.waitForPrompt()
    second.press("Up")
    await second.waitFor("sns[sandbox]> echo first-session")
  }

  @Test func ctrlRFindsAnEarlierCommand() async throws {
    let terminal = try TerminalSession()
    await terminal.waitForPrompt()
    terminal.enter("echo needle-42")
    await terminal.waitForLine("needle-42")
    terminal.enter("echo other")
    await terminal.waitForLine("other")
    terminal.press("C-r")
    terminal.type("needle")
    await terminal.waitFor("echo needle-42")
    terminal.press("Enter")
    await terminal.waitUntil("the command found to run again") { screen in
      screen.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces) == "needle-42" }.count
        == 2
    }
  }

  @Test func utf8TextRoundTrips() async throws {
    let terminal = try TerminalSession()
    await terminal.waitForPrompt()
    terminal.enter(#"echo "Zoë ☎""#)
    await terminal.waitForLine("Zoë ☎")
  }

  @Test func anErrorLeavesTheSessionRunning() async throws {
    let terminal = try TerminalSession()
    await terminal.waitForPrompt()
    terminal.enter("relase x")
    await terminal.waitFor("did you mean 'release'")
    terminal.enter("echo still-alive")
    await terminal.waitForLine("still-alive")
    terminal.press("C-d")
    await terminal.waitFor("EXIT=0")
  }
}

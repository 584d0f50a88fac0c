import Foundation
import Testing

@testable import SNSShell

@Suite("history and login outside the prompt; saving profiles")
struct ShellCommandsTests {
  @Test func historyInAScriptSaysItBelongsToThePrompt() async throws {
    let result = try await SNSExecutable.run(["-c", "history 5"])
    #expect(result.status == 1)
    #expect(result.errors.contains("history is kept only at the interactive prompt"))
  }

  @Test func loginInAScriptNeedsATerminal() async throws {
    let result = try await SNSExecutable.run(["-c", "login work"])
    #expect(result.status == 1)
    #expect(result.errors.contains("login needs a terminal"))
  }

  @Test func bothHaveHelp() async throws {
    let result = try await SNSExecutable.run(["-c", "help history; help login"])
    #expect(result.status == 0)
    #expect(result.output.contains("history 10"))
    #expect(result.output.contains("login staging"))
  }

  @Test func updatingAProfileKeepsEverythingElse() {
    let text = """
      # mine
      [default]
      project = p0
      numbers_url = http://127.0.0.1:9000

      [work]
      project = old
      key_secret = old-secret
      """
    let updated = ConfigFileWriter.updating(
      text, profile: "work", with: [("project", "p1"), ("key_id", "k1"), ("key_secret", "s1")])
    #expect(
      updated == """
        # mine
        [default]
        project = p0
        numbers_url = http://127.0.0.1:9000

        [work]
        project = p1
        key_secret = s1
        key_id = k1

        """)
  }

  @Test func aNewProfileGoesAtTheEnd() async throws {
    let updated = ConfigFileWriter.updating(
      "[default]\nproject = p0\n", profile: "work", with: [("project", "p1"), ("key_id", "k1")])
    #expect(updated == "[default]\nproject = p0\n\n[work]\nproject = p1\nkey_id = k1\n")
    let parsed = try ConfigFile.parse(updated, path: "config")
    #expect(parsed.profile("work")?.keyId == "k1")
  }

  @Test func savingCreatesPrivateFoldersAndFile() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sns-config-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.path + "/sns/config"
    try ConfigFileWriter.save("[work]\nkey_secret = s\n", to: path)
    try ConfigFileWriter.save("[work]\nkey_secret = t\n", to: path)
    let manager = FileManager.default
    #expect((try manager.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
    #expect((try manager.attributesOfItem(atPath: folder.path + "/sns")[.posixPermissions] as? Int) == 0o700)
    #expect(try ConfigFile.load(path: path)?.profile("work")?.keySecret == "t")
    #expect(try manager.contentsOfDirectory(atPath: folder.path + "/sns") == ["config"])
  }
}

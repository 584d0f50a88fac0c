import Foundation
import SNSLanguage

/// `login [PROFILE]`: asks for a project's credentials, saves them as a profile in the config
/// file (mode 0600) and switches the session to it.
///
/// It needs a person at a terminal (the secret is typed without echo); a script that must set
/// up credentials writes the config file or uses the `SINCH_*` environment variables.
enum LoginCommand {
  /// How `login` asks; the shell passes the terminal's, tests their own answers.
  struct Questions: Sendable {
    /// Reads a line after a prompt; nil when nothing was answered (Ctrl-C, end of input).
    var ask: @Sendable (String) async -> String?
    /// Reads a line after a prompt without echoing it.
    var askSecret: @Sendable (String) async -> String?
  }

  /// The command, saving into `configPath`.
  static func command(configPath: String, questions: Questions) -> BuiltinCommand {
    BuiltinCommand(
      name: "login", category: .session,
      summary:
        "asks for a project's credentials, saves them as profile PROFILE (default: default) and uses it",
      usage: "login [PROFILE]", example: "login staging"
    ) { arguments, context in
      let profile = arguments.positional.first?.description ?? "default"
      guard context.settings.interactive else {
        throw RuntimeError(
          .runtime,
          "login needs a terminal to ask for the key secret; in a script, write the [\(profile)] "
            + "section of \(configPath) or set SINCH_PROJECT_ID, SINCH_KEY_ID and SINCH_KEY_SECRET",
          range: arguments.range)
      }
      guard isValidName(profile) else {
        throw RuntimeError(
          .runtime, "'\(profile)' cannot name a profile: use letters, digits, '-', '_' or '.', not 'sandbox'",
          range: arguments.range(ofPositional: 0))
      }
      context.io.writeError("credentials for profile \(profile) (saved in \(configPath))\n")
      let cancelled = RuntimeError(.runtime, "login cancelled: nothing was saved", range: arguments.range)
      guard let project = await answer(questions.ask, "project id: "),
        let keyId = await answer(questions.ask, "key id: "),
        let secret = await answer(questions.askSecret, "key secret: ")
      else { throw cancelled }
      try save(
        profile: profile, project: project, keyId: keyId, secret: secret, to: configPath,
        range: arguments.range)
      context.io.writeError("saved profile \(profile) in \(configPath)\n")
      guard let switchProfile = context.session?.switchProfile else { return .null }
      let backend = try await switchProfile(profile)
      context.io.writeError(
        "now using profile \(backend.label) (project \(backend.project), \(backend.apiOrigin))\n")
      return .null
    }
  }

  /// A trimmed, non-empty, single-line answer, or nil.
  private static func answer(_ ask: @Sendable (String) async -> String?, _ prompt: String) async -> String? {
    guard let text = await ask(prompt)?.trimmingCharacters(in: .whitespaces), !text.isEmpty,
      !text.contains(where: \.isNewline)
    else { return nil }
    return text
  }

  private static func save(
    profile: String, project: String, keyId: String, secret: String, to path: String, range: SourceRange
  ) throws {
    var existing = ""
    if let data = FileManager.default.contents(atPath: path) {
      existing = String(decoding: data, as: UTF8.self)
    }
    let values = [("project", project), ("key_id", keyId), ("key_secret", secret)]
    let text = ConfigFileWriter.updating(
      existing, profile: profile, with: values.map { (key: $0.0, value: $0.1) })
    do {
      try ConfigFileWriter.save(text, to: path)
    } catch {
      throw RuntimeError(.runtime, "\(error)", range: range)
    }
  }

  /// Profile names that fit in `[...]` and mean a profile (`sandbox` means the Sandbox).
  static func isValidName(_ name: String) -> Bool {
    name != "sandbox" && !name.isEmpty
      && name.unicodeScalars.allSatisfy { scalar in
        CharacterSet.alphanumerics.contains(scalar) || "-_.".unicodeScalars.contains(scalar)
      }
  }
}

import SinchNumbers

extension NumbersCommands {
  /// `callbacks [secret=S]`: the project's callback configuration, read or changed.
  static let callbacks = BuiltinCommand(
    name: "callbacks", category: .numbers,
    summary: "show the callback configuration, or set its HMAC secret",
    usage: "callbacks [secret=S]", example: "callbacks",
    parameters: [NumbersParameters.secret],
    run: { arguments, context in
      let parsed = NumbersArguments(arguments, command: "callbacks")
      try parsed.expectNoPositional()
      guard let secret = try parsed.text("secret") else {
        let configuration = try await NumbersFailure.converting {
          try await context.api.callbackConfiguration()
        }
        return Value(callbackConfiguration: configuration)
      }
      // Checked here, by the rule the API documents, so a dry run predicts the same refusal
      // and a malformed secret is never sent; the message does not echo it.
      guard isValidSecret(secret) else {
        throw parsed.problem("secret", "secret must be 32 to 64 letters, digits or hyphens")
      }
      return try await changeSecret(to: secret, context: context)
    })

  /// `^[a-zA-Z0-9-]{32,64}$`, the rule of the callback configuration's `hmacSecret`.
  static func isValidSecret(_ secret: String) -> Bool {
    (32...64).contains(secret.utf8.count)
      && secret.utf8.allSatisfy { byte in
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
          || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
          || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "-")
      }
  }

  /// Sets the secret; the secret itself is never printed, not even in a dry run.
  private static func changeSecret(to secret: String, context: CommandContext) async throws -> Value {
    // The summary (or dry-run line) stands for the result at statement level in table mode.
    context.markResultReported()
    let dryRun = DryRun(context: context)
    if dryRun.isOn {
      var configuration = try await NumbersFailure.converting {
        try await context.api.callbackConfiguration()
      }
      dryRun.announce([dryRun.line("PATCH", "callbackConfiguration", body: RedactedSecret())])
      configuration.hmacSecret = secret
      return Value(callbackConfiguration: configuration)
    }
    let configuration = try await NumbersFailure.converting {
      try await context.api.updateCallbackConfiguration(CallbackConfigurationUpdate(hmacSecret: secret))
    }
    ChangeReporter(context: context).report("updated callback secret")
    return Value(callbackConfiguration: configuration)
  }
}

import SNSLanguage
import SinchNumbers

/// Builds the API client a `BackendChoice` names, with the description `status` shows.
enum BackendFactory {
  static func make(_ choice: BackendChoice) throws -> (api: any NumbersAPI, description: BackendDescription) {
    switch choice.kind {
    case .sandbox:
      let sandbox = try Sandbox()
      let description = BackendDescription(
        kind: "sandbox", label: "sandbox", project: sandbox.projectId, apiOrigin: "built-in",
        origin: choice.origin)
      return (sandbox, description)
    case .http(let configuration):
      let client = try HTTPNumbersClient(configuration: configuration)
      let description = BackendDescription(
        kind: "http", label: choice.label, project: configuration.projectId,
        apiOrigin: configuration.numbersURL.absoluteString, origin: choice.origin)
      return (client, description)
    }
  }

  /// The hook behind `profile NAME`: resolves the profile as `--profile NAME` would (or the
  /// Sandbox for `profile sandbox`, which starts a fresh one) and switches the context to it.
  static func profileSwitcher(
    options: CommandLineOptions, environment: [String: String], trace: TraceHook?, notice: NoticeHook?,
    context: CommandContext
  ) -> @Sendable (String) async throws -> BackendDescription {
    { name in
      var wanted = options
      wanted.sandbox = name == "sandbox"
      wanted.profile = name == "sandbox" ? nil : name
      wanted.apiURL = nil
      var choice = try BackendResolver(options: wanted, environment: environment).resolve(
        trace: trace, notice: notice)
      // Chosen in the session (`profile NAME`, `login NAME`), not by a command-line option.
      choice.origin = "profile \(name) (switched in the session)"
      let (api, description) = try make(choice)
      context.switchBackend(to: api, described: description)
      return description
    }
  }
}

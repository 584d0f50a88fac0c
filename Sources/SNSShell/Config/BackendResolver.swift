import Foundation
import SinchNumbers

/// Which backend a session talks to, and where that choice came from.
public struct BackendChoice: Sendable {
  /// The live API (or an emulator) over HTTP, or the built-in Sandbox.
  public enum Kind: Sendable {
    case sandbox
    case http(ClientConfiguration)
  }

  public var kind: Kind
  /// What the prompt shows: `sandbox`, a profile name, or `env`.
  public var label: String
  /// Where the choice came from, for `status`.
  public var origin: String

  /// Whether this is the Sandbox.
  public var isSandbox: Bool {
    if case .sandbox = kind { return true }
    return false
  }
}

/// Applies DESIGN.md §5's precedence: `--sandbox`, then `--profile`/`SNS_PROFILE`, then the
/// environment, then the `default` profile, then the Sandbox.
public struct BackendResolver {
  public var options: CommandLineOptions
  public var environment: [String: String]
  public var configPath: String

  public init(options: CommandLineOptions, environment: [String: String], configPath: String? = nil) {
    self.options = options
    self.environment = environment
    self.configPath = configPath ?? ConfigFile.defaultPath(environment: environment)
  }

  /// The backend to use; `trace` receives HTTP exchanges when tracing, `notice` what the client
  /// must tell the user (an outcome established by reading back).
  public func resolve(trace: TraceHook? = nil, notice: NoticeHook? = nil) throws -> BackendChoice {
    if options.sandbox {
      return BackendChoice(kind: .sandbox, label: "sandbox", origin: "--sandbox")
    }
    if let name = options.profile ?? environment["SNS_PROFILE"].flatMap({ $0.isEmpty ? nil : $0 }) {
      guard let profile = try ConfigFile.load(path: configPath)?.profile(name) else {
        throw ConfigError.unknownProfile(name, path: configPath)
      }
      let origin = options.profile != nil ? "--profile \(name)" : "SNS_PROFILE=\(name)"
      return try http(from: profile, label: name, origin: origin, trace: trace, notice: notice)
    }
    if let project = environment["SINCH_PROJECT_ID"], let keyId = environment["SINCH_KEY_ID"],
      let secret = environment["SINCH_KEY_SECRET"], !project.isEmpty
    {
      let values = [
        "project": project, "key_id": keyId, "key_secret": secret,
        "numbers_url": environment["SINCH_NUMBERS_URL"] ?? "",
        "auth_url": environment["SINCH_AUTH_URL"] ?? "",
        "auth": environment["SINCH_AUTH"] ?? "",
      ].filter { !$0.value.isEmpty }
      return try http(
        from: .init(name: "env", values: values), label: "env",
        origin: "environment (SINCH_PROJECT_ID)", trace: trace, notice: notice)
    }
    if let profile = try ConfigFile.load(path: configPath)?.profile("default") {
      return try http(from: profile, label: "default", origin: configPath, trace: trace, notice: notice)
    }
    if options.apiURL != nil {
      throw ConfigError.badValue(
        "--api needs credentials: set SINCH_PROJECT_ID, SINCH_KEY_ID and SINCH_KEY_SECRET, "
          + "or use --profile")
    }
    return BackendChoice(kind: .sandbox, label: "sandbox", origin: "no credentials configured")
  }

  private func http(
    from profile: ConfigFile.Profile, label: String, origin: String, trace: TraceHook?,
    notice: NoticeHook?
  ) throws -> BackendChoice {
    let missing = [
      ("project", profile.project), ("key_id", profile.keyId), ("key_secret", profile.keySecret),
    ]
    .filter { ($0.1 ?? "").isEmpty }.map(\.0)
    guard missing.isEmpty, let project = profile.project, let keyId = profile.keyId,
      let secret = profile.keySecret
    else { throw ConfigError.incompleteProfile(profile.name, missing: missing) }

    let authMethod: AuthMethod
    switch profile.auth?.lowercased() ?? "oauth" {
    case "oauth", "": authMethod = .oauth
    case "basic": authMethod = .basic
    case let other: throw ConfigError.badValue("auth must be oauth or basic, not '\(other)'")
    }
    let numbersURL = try url(
      options.apiURL ?? profile.numbersURL, default: ClientConfiguration.liveNumbersURL)
    let authURL = try url(options.authURL ?? profile.authURL, default: defaultAuthURL(numbersURL))
    var configuration = ClientConfiguration(
      projectId: project, credentials: Credentials(keyId: keyId, keySecret: secret),
      authMethod: authMethod, numbersURL: numbersURL, authURL: authURL, trace: trace, notice: notice)
    if authMethod == .oauth {
      configuration.tokenStorage = TokenFile(
        environment: environment, tokenURL: configuration.tokenURL, keyId: keyId)
    }
    return BackendChoice(kind: .http(configuration), label: label, origin: origin)
  }

  /// An emulator serves its own token endpoint, so a non-live API origin implies the same
  /// origin for tokens unless told otherwise.
  private func defaultAuthURL(_ numbersURL: URL) -> URL {
    numbersURL == ClientConfiguration.liveNumbersURL ? ClientConfiguration.liveAuthURL : numbersURL
  }

  private func url(_ text: String?, default fallback: URL) throws -> URL {
    guard let text, !text.isEmpty else { return fallback }
    guard let url = URL(string: text), let scheme = url.scheme, ["http", "https"].contains(scheme),
      url.host != nil
    else {
      throw ConfigError.badValue("'\(text)' is not an http or https URL")
    }
    return url
  }
}

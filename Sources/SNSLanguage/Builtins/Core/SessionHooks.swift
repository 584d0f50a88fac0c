/// What a session talks to, as `status` and `profile` show it and the prompt names it.
public struct BackendDescription: Sendable, Equatable {
  /// `sandbox` for the built-in Sandbox, `http` for the live API or an emulator.
  public var kind: String
  /// The prompt's label: `sandbox`, a profile name, or `env`.
  public var label: String
  /// The project id.
  public var project: String
  /// The Numbers API origin, or `built-in` for the Sandbox.
  public var apiOrigin: String
  /// Where the choice came from, such as `--sandbox` or `no credentials configured`.
  public var origin: String

  /// Describes a backend.
  public init(kind: String, label: String, project: String, apiOrigin: String, origin: String) {
    self.kind = kind
    self.label = label
    self.project = project
    self.apiOrigin = apiOrigin
    self.origin = origin
  }

  /// The description used until the shell provides one (tests, embedding).
  public static let unnamed = BackendDescription(
    kind: "unknown", label: "unknown", project: "unknown", apiOrigin: "unknown", origin: "not described")
}

/// Hooks into the interpreter and the shell for the session commands (`vars`, `help`, `profile`).
///
/// The interpreter installs `variables`, `functions` and `registry`; the shell adds
/// `switchProfile` when it can build a client for another profile.
public struct SessionHooks: Sendable {
  /// The table of builtins, for `help`.
  public var registry: BuiltinRegistry
  /// The variables of the global scope, by name, in name order.
  public var variables: @Sendable () async -> [(name: String, value: Value)]
  /// The functions defined with `def`, as `name(a, b = 2)` signatures, in name order.
  public var functions: @Sendable () async -> [String]
  /// Switches the session to profile NAME and returns the new backend; nil when only the
  /// interactive shell can switch (then `profile NAME` explains that).
  public var switchProfile: (@Sendable (String) async throws -> BackendDescription)?

  /// Creates hooks.
  public init(
    registry: BuiltinRegistry,
    variables: @escaping @Sendable () async -> [(name: String, value: Value)],
    functions: @escaping @Sendable () async -> [String],
    switchProfile: (@Sendable (String) async throws -> BackendDescription)? = nil
  ) {
    self.registry = registry
    self.variables = variables
    self.functions = functions
    self.switchProfile = switchProfile
  }
}

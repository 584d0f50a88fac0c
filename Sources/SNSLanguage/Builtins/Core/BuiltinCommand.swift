/// One builtin command: everything `help`, argument checking, dispatch and tab completion need,
/// in one place (the Tcl / `luaL_Reg` pattern).
public struct BuiltinCommand: Sendable {
  /// The sections of LANGUAGE.md §6.
  public enum Category: String, Sendable, CaseIterable {
    case numbers = "Numbers API"
    case data = "data"
    case general = "general"
    case session = "session"
  }

  /// A `key=value` argument the command understands.
  public struct Parameter: Sendable {
    public var name: String
    /// The allowed values of an enumeration (matched case-insensitively), else empty.
    public var values: [String]
    /// What a completion should offer after `name=`, beyond `values`.
    public var completion: Completion
    public var summary: String

    public init(_ name: String, values: [String] = [], completion: Completion = .none, _ summary: String) {
      self.name = name
      self.values = values
      self.completion = completion
      self.summary = summary
    }
  }

  /// A flag such as `-y`/`--yes` or `-j N`.
  public struct Flag: Sendable {
    /// The long name without dashes, such as `yes`.
    public var name: String
    /// The one-letter form, such as `y`.
    public var short: Character?
    /// Whether the next argument is the flag's value (`-j 4`).
    public var takesValue: Bool
    public var summary: String

    public init(_ name: String, short: Character? = nil, takesValue: Bool = false, _ summary: String) {
      self.name = name
      self.short = short
      self.takesValue = takesValue
      self.summary = summary
    }
  }

  /// What tab completion offers for an argument.
  public enum Completion: Sendable {
    case none
    /// Phone numbers the session has seen.
    case phoneNumbers
    /// Region codes from `regions`.
    case regions
    /// File names.
    case files
    /// Command names (for `help`).
    case commands
  }

  public var name: String
  public var category: Category
  /// One line: what the command does.
  public var summary: String
  /// The synopsis, such as `set NUMBER... [name=S] [plan=ID]`.
  public var usage: String
  /// A line a person can type as it is.
  public var example: String
  public var parameters: [Parameter]
  public var flags: [Flag]
  /// What completion offers for positional arguments.
  public var positionalCompletion: Completion
  /// Runs the command.
  public var run: @Sendable (CommandArguments, CommandContext) async throws -> Value

  public init(
    name: String, category: Category, summary: String, usage: String, example: String,
    parameters: [Parameter] = [], flags: [Flag] = [], positionalCompletion: Completion = .none,
    run: @escaping @Sendable (CommandArguments, CommandContext) async throws -> Value
  ) {
    self.name = name
    self.category = category
    self.summary = summary
    self.usage = usage
    self.example = example
    self.parameters = parameters
    self.flags = flags
    self.positionalCompletion = positionalCompletion
    self.run = run
  }

  /// The flag written as `-x` or `--name`.
  public func flag(written text: String) -> Flag? {
    if text.hasPrefix("--") { return flags.first { $0.name == text.dropFirst(2) } }
    if text.hasPrefix("-"), text.count == 2 { return flags.first { $0.short == text.last } }
    return nil
  }

  /// The parameter called `name`.
  public func parameter(_ name: String) -> Parameter? { parameters.first { $0.name == name } }
}

/// Every builtin by name: the one table that drives dispatch, `help` and completion.
public struct BuiltinRegistry: Sendable {
  private var byName: [String: BuiltinCommand] = [:]
  /// Names in registration order.
  public private(set) var names: [String] = []

  public init(_ commands: [BuiltinCommand] = []) {
    for command in commands { register(command) }
  }

  /// Adds or replaces a command.
  public mutating func register(_ command: BuiltinCommand) {
    if byName[command.name] == nil { names.append(command.name) }
    byName[command.name] = command
  }

  /// The command called `name`.
  public subscript(name: String) -> BuiltinCommand? { byName[name] }

  /// Every command in registration order.
  public var commands: [BuiltinCommand] { names.compactMap { byName[$0] } }
}

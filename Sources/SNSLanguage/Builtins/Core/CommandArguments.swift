/// The evaluated arguments of one command call, with the flags already paired with their values
/// by the command's definition (`-j 4` gives `jobs: 4`).
public struct CommandArguments: Sendable {
  /// One `key=value` argument.
  public struct Named: Sendable {
    public var name: String
    public var value: Value
    public var range: SourceRange

    public init(name: String, value: Value, range: SourceRange) {
      self.name = name
      self.value = value
      self.range = range
    }
  }

  /// Positional values in order.
  public var positional: [Value]
  /// Where each positional value is written.
  public var positionalRanges: [SourceRange]
  /// `key=value` arguments in order.
  public var named: [Named]
  /// Flags by their long name (`yes`, `jobs`, `reverse`), with `true` or the flag's value.
  public var flags: [String: Value]
  /// The value piped in, if any.
  public var input: Value?
  /// The whole call.
  public var range: SourceRange

  public init(
    positional: [Value] = [], positionalRanges: [SourceRange] = [], named: [Named] = [],
    flags: [String: Value] = [:], input: Value? = nil, range: SourceRange
  ) {
    self.positional = positional
    self.positionalRanges = positionalRanges
    self.named = named
    self.flags = flags
    self.input = input
    self.range = range
  }

  /// The value of `name=...`, or nil.
  public func value(_ name: String) -> Value? {
    named.last { $0.name == name }?.value
  }

  /// Where `name=...` is written, else the whole call.
  public func range(of name: String) -> SourceRange {
    named.last { $0.name == name }?.range ?? range
  }

  /// Whether the flag with this long name was given.
  public func has(_ flag: String) -> Bool { flags[flag] != nil }

  /// Where positional argument `index` is written, else the whole call.
  public func range(ofPositional index: Int) -> SourceRange {
    positionalRanges.indices.contains(index) ? positionalRanges[index] : range
  }
}

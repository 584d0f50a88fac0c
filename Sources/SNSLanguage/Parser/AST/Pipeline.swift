/// `a | b | c`: each stage receives the previous stage's result as its input.
public struct Pipeline: Sendable {
  /// The stages in order; only the first may be an expression.
  public var stages: [Stage]
  /// The whole pipeline's source.
  public var range: SourceRange

  /// Creates a pipeline.
  public init(stages: [Stage], range: SourceRange) {
    self.stages = stages
    self.range = range
  }

  /// The single expression when the pipeline is nothing more than one, such as `x = $x + 1`.
  public var singleExpression: Expression? {
    guard stages.count == 1, case .expression(let expression) = stages[0] else { return nil }
    return expression
  }
}

/// One stage of a pipeline.
public enum Stage: Sendable {
  /// An expression; only ever the first stage.
  case expression(Expression)
  /// `NAME ARG...`
  case command(CommandCall)
  /// `where EXPR`: keeps the items for which the expression, evaluated with `$it`, is truthy.
  case filter(Filter)
  /// `each [-j N] { block }`: runs the block once per item.
  case each(EachBlock)

  /// The stage's source.
  public var range: SourceRange {
    switch self {
    case .expression(let expression): expression.range
    case .command(let command): command.range
    case .filter(let filter): filter.range
    case .each(let each): each.range
    }
  }
}

/// `NAME ARG...`, a call of a builtin or of a function defined with `def`.
public struct CommandCall: Sendable {
  /// The command's name.
  public var name: Symbol
  /// Where the name is written.
  public var nameRange: SourceRange
  /// The arguments in source order.
  public var arguments: [Argument]
  /// The whole call's source.
  public var range: SourceRange

  /// Creates a call.
  public init(name: Symbol, nameRange: SourceRange, arguments: [Argument], range: SourceRange) {
    self.name = name
    self.nameRange = nameRange
    self.arguments = arguments
    self.range = range
  }
}

/// One argument of a command call.
public struct Argument: Sendable {
  /// What the argument is.
  public var kind: Kind
  /// Its source.
  public var range: SourceRange

  /// Creates an argument.
  public init(_ kind: Kind, range: SourceRange) {
    self.kind = kind
    self.range = range
  }

  /// The forms of arguments of LANGUAGE.md §6.
  public enum Kind: Sendable {
    /// A value in position.
    case positional(Expression)
    /// `key=value`
    case named(String, Expression)
    /// `-y` or `--yes`, the name without dashes. A flag that takes a value (`-j 4`) is followed by
    /// that value as the next positional argument; the command's definition pairs them.
    case flag(String)
  }
}

/// `where EXPR`
public struct Filter: Sendable {
  /// The condition, evaluated once per item with `$it`.
  public var condition: Expression
  /// The stage's source.
  public var range: SourceRange

  /// Creates a filter.
  public init(condition: Expression, range: SourceRange) {
    self.condition = condition
    self.range = range
  }
}

/// `each [-j N] { block }`
public struct EachBlock: Sendable {
  /// The `N` of `-j N`, how many items may run at once; nil means one at a time.
  public var concurrency: Expression?
  /// The block run per item with `$it`.
  public var body: Block
  /// The stage's source.
  public var range: SourceRange

  /// Creates an `each` stage.
  public init(concurrency: Expression?, body: Block, range: SourceRange) {
    self.concurrency = concurrency
    self.body = body
    self.range = range
  }
}

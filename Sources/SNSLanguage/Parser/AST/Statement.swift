/// A statement: one line of a script, or one entry of a block.
public struct Statement: Sendable {
  /// What the statement is.
  public var kind: Kind
  /// The statement's source; runtime errors point at it.
  public var range: SourceRange

  /// Creates a statement.
  public init(_ kind: Kind, range: SourceRange) {
    self.kind = kind
    self.range = range
  }

  /// The statements of LANGUAGE.md §5.
  public indirect enum Kind: Sendable {
    /// `name = pipeline`
    case assign(Assignment)
    /// `name += expr`, meaning `name = $name + expr`.
    case addAssign(AddAssignment)
    /// `if cond { } else if cond { } else { }`
    case ifElse(IfStatement)
    /// `for x in expr { }`
    case forIn(ForLoop)
    /// `while cond { }`
    case whileLoop(WhileLoop)
    /// `break`
    case breakLoop
    /// `continue`
    case continueLoop
    /// `def name(a, b = 2) { }`
    case define(FunctionDefinition)
    /// `return [pipeline]`
    case returnValue(Pipeline?)
    /// `try { } catch err { }`
    case tryCatch(TryCatch)
    /// `exit [code]`
    case exit(Expression?)
    /// `source FILE`
    case source(Expression)
    /// A command or an expression, possibly piped; its value may be shown.
    case pipeline(Pipeline)
  }
}

/// A `{ ... }` block of statements. Blocks do not open scopes.
public struct Block: Sendable {
  /// The statements in order.
  public var statements: [Statement]
  /// The block's source, braces included.
  public var range: SourceRange

  /// Creates a block.
  public init(statements: [Statement], range: SourceRange) {
    self.statements = statements
    self.range = range
  }
}

/// `name = pipeline`
public struct Assignment: Sendable {
  /// The variable assigned.
  public var target: Symbol
  /// Where the variable's name is written.
  public var targetRange: SourceRange
  /// The value: a command (`nums = ls region=US`) or an expression, possibly piped.
  public var value: Pipeline

  /// Creates an assignment.
  public init(target: Symbol, targetRange: SourceRange, value: Pipeline) {
    self.target = target
    self.targetRange = targetRange
    self.value = value
  }
}

/// `name += expr`
public struct AddAssignment: Sendable {
  /// The variable updated.
  public var target: Symbol
  /// Where the variable's name is written.
  public var targetRange: SourceRange
  /// What is added to it.
  public var value: Expression

  /// Creates an add-assignment.
  public init(target: Symbol, targetRange: SourceRange, value: Expression) {
    self.target = target
    self.targetRange = targetRange
    self.value = value
  }
}

/// `if` with its `else if` branches and optional `else`.
public struct IfStatement: Sendable {
  /// `if` and each `else if`, in order; the first whose condition is truthy runs.
  public var branches: [ConditionalBranch]
  /// The `else` block, if any.
  public var elseBody: Block?

  /// Creates an `if` statement.
  public init(branches: [ConditionalBranch], elseBody: Block?) {
    self.branches = branches
    self.elseBody = elseBody
  }
}

/// One `cond { ... }` of an `if` statement.
public struct ConditionalBranch: Sendable {
  /// The condition.
  public var condition: Expression
  /// The block run when it is truthy.
  public var body: Block

  /// Creates a branch.
  public init(condition: Expression, body: Block) {
    self.condition = condition
    self.body = body
  }
}

/// `for variable in sequence { body }`
public struct ForLoop: Sendable {
  /// The loop variable, an ordinary variable of the current scope.
  public var variable: Symbol
  /// Where the loop variable is written.
  public var variableRange: SourceRange
  /// A list, a range or a record.
  public var sequence: Expression
  /// The block run per item.
  public var body: Block

  /// Creates a loop.
  public init(variable: Symbol, variableRange: SourceRange, sequence: Expression, body: Block) {
    self.variable = variable
    self.variableRange = variableRange
    self.sequence = sequence
    self.body = body
  }
}

/// `while condition { body }`
public struct WhileLoop: Sendable {
  /// The condition, evaluated before each pass.
  public var condition: Expression
  /// The block run while it is truthy.
  public var body: Block

  /// Creates a loop.
  public init(condition: Expression, body: Block) {
    self.condition = condition
    self.body = body
  }
}

/// `def name(a, b = 2) { body }`
public struct FunctionDefinition: Sendable {
  /// The function's name; it is called like a command.
  public var name: Symbol
  /// Where the name is written.
  public var nameRange: SourceRange
  /// The parameters in order.
  public var parameters: [Parameter]
  /// The body; its last statement's value is the result unless `return` says otherwise.
  public var body: Block

  /// Creates a definition.
  public init(name: Symbol, nameRange: SourceRange, parameters: [Parameter], body: Block) {
    self.name = name
    self.nameRange = nameRange
    self.parameters = parameters
    self.body = body
  }
}

/// One parameter of a function.
public struct Parameter: Sendable {
  /// The parameter's name.
  public var name: Symbol
  /// The value used when the call does not pass one, evaluated at call time.
  public var defaultValue: Expression?
  /// The parameter's source, default included.
  public var range: SourceRange

  /// Creates a parameter.
  public init(name: Symbol, defaultValue: Expression?, range: SourceRange) {
    self.name = name
    self.defaultValue = defaultValue
    self.range = range
  }
}

/// `try { body } catch name { handler }`
public struct TryCatch: Sendable {
  /// The block whose errors are caught.
  public var body: Block
  /// The variable that receives the error record; nil for `catch { }`.
  public var errorVariable: Symbol?
  /// The block run when `body` fails.
  public var handler: Block

  /// Creates a try statement.
  public init(body: Block, errorVariable: Symbol?, handler: Block) {
    self.body = body
    self.errorVariable = errorVariable
    self.handler = handler
  }
}

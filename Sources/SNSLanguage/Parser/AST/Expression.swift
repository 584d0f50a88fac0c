/// An expression: something that computes a value.
public struct Expression: Sendable {
  /// What the expression is.
  public var kind: Kind
  /// The source it was parsed from.
  public var range: SourceRange

  /// Creates an expression.
  public init(_ kind: Kind, range: SourceRange) {
    self.kind = kind
    self.range = range
  }

  /// The kinds of expressions of LANGUAGE.md §4. Barewords in arguments become `.string`; the
  /// `.name` shorthand becomes `.field(.variable(Symbol.it), name)`; `(1 + 2)` is just the inner
  /// expression, while `(ls | count)` is a `.pipeline`.
  public indirect enum Kind: Sendable {
    /// `null`
    case null
    /// `true` or `false`
    case boolean(Bool)
    /// A 64-bit integer such as `42` or `-7`.
    case integer(Int)
    /// A double such as `2.5`.
    case decimal(Double)
    /// A string without interpolation: `"x"`, `'raw'`, or a bareword argument such as `US`.
    case string(String)
    /// A `"..."` string with `$name` or `$(...)` parts, in order.
    case interpolatedString([InterpolationSegment])
    /// An E.164 phone literal such as `+12086390939`.
    case phone(String)
    /// `$name`
    case variable(Symbol)
    /// `base.name`
    case field(Expression, Symbol)
    /// `base[index]`
    case index(Expression, Expression)
    /// `-operand` or `not operand`
    case unary(UnaryOperator, Expression)
    /// `left operator right`, including `and`, `or`, `??` and the range `a..b`.
    case binary(BinaryOperator, Expression, Expression)
    /// `[a, b, c]`
    case list([Expression])
    /// `{key: value, ...}`, keys in source order.
    case record([RecordEntry])
    /// `(pipeline)` whose value is the last stage's result.
    case pipeline(Pipeline)
  }
}

/// A piece of an interpolated string.
public enum InterpolationSegment: Sendable {
  /// Literal text, escapes decoded.
  case text(String)
  /// `$name.path` or `$(pipeline)`, rendered as text when the string is built.
  case expression(Expression)
}

/// One `key: value` of a record literal.
public struct RecordEntry: Sendable {
  /// The key: an identifier or a string.
  public var key: String
  /// Where the key is written.
  public var keyRange: SourceRange
  /// The value.
  public var value: Expression

  /// Creates an entry.
  public init(key: String, keyRange: SourceRange, value: Expression) {
    self.key = key
    self.keyRange = keyRange
    self.value = value
  }
}

/// Prefix operators.
public enum UnaryOperator: String, Sendable {
  /// Arithmetic negation, `-a`.
  case negate = "-"
  /// Logical negation, `not a`.
  case not = "not"
}

/// Infix operators, from the lowest precedence to the highest.
public enum BinaryOperator: String, Sendable {
  /// `a ?? b`: `b` when `a` is null or a missing field.
  case coalesce = "??"
  /// `a or b`, short-circuit, yields the deciding operand.
  case or = "or"
  /// `a and b`, short-circuit, yields the deciding operand.
  case and = "and"
  /// `==`
  case equal = "=="
  /// `!=`
  case notEqual = "!="
  /// `<`
  case less = "<"
  /// `<=`
  case lessOrEqual = "<="
  /// `>`
  case greater = ">"
  /// `>=`
  case greaterOrEqual = ">="
  /// `=~`, regular-expression search.
  case matches = "=~"
  /// `!~`, no regular-expression match.
  case notMatches = "!~"
  /// `in`: list membership, substring, record key.
  case `in` = "in"
  /// `a..b`, the inclusive integer range.
  case range = ".."
  /// `+`: adds numbers, joins strings and lists.
  case add = "+"
  /// `-`
  case subtract = "-"
  /// `*`
  case multiply = "*"
  /// `/`, truncating for integers.
  case divide = "/"
  /// `%`
  case remainder = "%"
}

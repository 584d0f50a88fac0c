import SNSLanguage

/// Tab completion for sns: command names and keywords where a statement starts, then each
/// command's arguments as its `BuiltinCommand` describes them, variables after `$` and record
/// fields after `$x.`. Pure Swift and synchronous, so the session state it needs comes in as
/// closures the shell keeps cheap (snapshots, caches).
public struct CompletionEngine: CompletionProvider {
  /// The language's keywords, offered where a statement or pipeline stage starts.
  public static let keywords = [
    "if", "else", "for", "in", "while", "def", "return", "break", "continue", "try", "catch",
    "and", "or", "not", "true", "false", "null",
  ]

  /// The builtins: names, parameters, enum values, flags, what positional arguments are.
  public var registry: BuiltinRegistry
  /// Names of the variables in scope, without `$`.
  public var variables: () -> [String]
  /// The field names of the value at a variable path such as `n` or `n.address`.
  public var fields: (_ path: String) -> [String]
  /// Phone numbers the session has seen (`CommandContext.knownNumbers`).
  public var numbers: () -> [String]
  /// Region codes read by `regions` (`CommandContext.cachedRegions`).
  public var regions: () -> [String]
  /// File names after `source`, `open`, `save`.
  public var files: FileNameCompleter

  /// Creates an engine; every source of names defaults to none.
  public init(
    registry: BuiltinRegistry,
    variables: @escaping () -> [String] = { [] },
    fields: @escaping (_ path: String) -> [String] = { _ in [] },
    numbers: @escaping () -> [String] = { [] },
    regions: @escaping () -> [String] = { [] },
    files: FileNameCompleter = FileNameCompleter()
  ) {
    self.registry = registry
    self.variables = variables
    self.fields = fields
    self.numbers = numbers
    self.regions = regions
    self.files = files
  }

  /// The completions for the word that ends at `cursor` (in Unicode scalars).
  public func completions(line: String, cursor: Int) -> CompletionResult {
    let scalars = Array(line.unicodeScalars)
    let cursor = min(max(cursor, 0), scalars.count)
    let text = String(String.UnicodeScalarView(scalars[..<cursor]))
    let scan = LineScanner(text)
    if scan.inComment { return .nothing(at: cursor) }
    if let variable = variableCompletion(text, cursor: cursor) { return variable }
    if scan.isAtCommandStart {
      guard scan.openQuote == nil else { return .nothing(at: cursor) }
      return matches(
        among: registry.names + Self.keywords, typed: scan.currentWord,
        from: scan.lineOffset(ofWordScalar: 0), cursor: cursor)
    }
    return argumentCompletion(scan)
  }

  /// Completes `$name` and `$name.field` (also inside `"..."`, where they interpolate).
  private func variableCompletion(_ text: String, cursor: Int) -> CompletionResult? {
    let path = text.unicodeScalars.reversed().prefix { Self.isPathScalar($0) }
    let pathStart = cursor - path.count
    guard pathStart > 0, Array(text.unicodeScalars)[pathStart - 1] == "$" else { return nil }
    let typedPath = String(String.UnicodeScalarView(path.reversed()))
    guard let dot = typedPath.lastIndex(of: ".") else {
      return matches(
        among: variables(), typed: typedPath, from: pathStart, cursor: cursor, appendsSpace: false)
    }
    let base = String(typedPath[..<dot])
    let stem = String(typedPath[typedPath.index(after: dot)...])
    guard !base.isEmpty else { return .nothing(at: cursor) }
    return matches(
      among: fields(base), typed: stem, from: cursor - stem.unicodeScalars.count, cursor: cursor,
      appendsSpace: false)
  }

  /// Letters, digits, `_`, `-` and `.`: what a variable path is written with.
  private static func isPathScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".": return true
    default: return false
    }
  }

  /// A result with the `candidates` that start with `typed`, replacing `from..<cursor`.
  func matches(
    among candidates: [String], typed: String, from start: Int, cursor: Int,
    ignoringCase: Bool = false, appendsSpace: Bool = true,
    accepting extraMatch: (String) -> Bool = { _ in false }
  ) -> CompletionResult {
    let folded = typed.lowercased()
    let found = Set(
      candidates.filter { candidate in
        let prefixed = ignoringCase ? candidate.lowercased().hasPrefix(folded) : candidate.hasPrefix(typed)
        return prefixed || extraMatch(candidate)
      }
    ).sorted()
    // `name=` and `dir/` are finished by what comes next, not by a space.
    let ends = found.count == 1 && (found[0].hasSuffix("=") || found[0].hasSuffix("/"))
    return CompletionResult(
      replacement: min(start, cursor)..<cursor, candidates: found, appendsSpace: appendsSpace && !ends)
  }
}

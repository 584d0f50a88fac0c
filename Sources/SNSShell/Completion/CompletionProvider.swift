/// Offers completions for a line being edited; the line editor calls it on Tab.
public protocol CompletionProvider {
  /// The completions at `cursor`, an offset in Unicode scalars into `line`.
  func completions(line: String, cursor: Int) -> CompletionResult
}

/// What may replace the word before the cursor.
public struct CompletionResult: Sendable, Equatable {
  /// The part of the line the candidates replace, in Unicode scalar offsets; it ends at the cursor.
  public var replacement: Range<Int>
  /// The possible replacements, sorted, without duplicates.
  public var candidates: [String]
  /// Whether a unique candidate is followed by a space (not after `name=`, a directory, a variable).
  public var appendsSpace: Bool

  /// Creates a result.
  public init(replacement: Range<Int>, candidates: [String], appendsSpace: Bool) {
    self.replacement = replacement
    self.candidates = candidates
    self.appendsSpace = appendsSpace
  }

  /// No completion at `cursor`.
  public static func nothing(at cursor: Int) -> CompletionResult {
    CompletionResult(replacement: cursor..<cursor, candidates: [], appendsSpace: false)
  }

  /// The text a first Tab puts in place of `typed` (the replaced part of the line): the unique
  /// candidate, or the candidates' longest common prefix when it adds something; else nil.
  public func insertion(replacing typed: String) -> String? {
    guard let first = candidates.first else { return nil }
    if candidates.count == 1 {
      let text = appendsSpace ? first + " " : first
      return text == typed ? nil : text
    }
    let prefix = longestCommonPrefix(candidates)
    // Enum values match case-insensitively, so `lo` may stand for `LOCAL`; a prefix no longer
    // than what was typed would only change its case or delete it.
    guard prefix.unicodeScalars.count > typed.unicodeScalars.count else { return nil }
    return prefix
  }
}

/// The longest prefix, in whole characters, that every string shares.
func longestCommonPrefix(_ strings: [String]) -> String {
  guard let first = strings.first else { return "" }
  var prefix = first[...]
  for string in strings.dropFirst() {
    let shared = zip(prefix, string).prefix { $0 == $1 }.count
    prefix = prefix.prefix(shared)
  }
  return String(prefix)
}

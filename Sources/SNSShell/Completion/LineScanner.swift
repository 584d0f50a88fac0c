/// The words of the command being typed, up to the cursor: just enough of the language's lexical
/// rules (quotes, separators) for completion, which must work on unfinished, invalid input.
struct LineScanner {
  /// The complete words of the current command, before the word at the cursor, quotes removed.
  var words: [String] = []
  /// The word at the cursor so far, without its opening quote.
  var currentWord = ""
  /// Where `currentWord` starts, in Unicode scalars from the start of the line.
  var currentWordStart = 0
  /// The line offset of each scalar of `currentWord` (quotes inside a word make them differ).
  private var currentWordOffsets: [Int] = []
  /// The length of the scanned text, in Unicode scalars: the cursor.
  private(set) var cursor = 0
  /// The quote the cursor is inside, if any.
  var openQuote: Unicode.Scalar?
  /// Whether the cursor is in a comment, where nothing is completed.
  var inComment = false

  /// Characters that end one command and start another (`a | b`, `(ls`, `{ echo`, `x; y`).
  private static let commandSeparators: Set<Unicode.Scalar> = ["|", ";", "{", "}", "(", "\n"]
  /// Characters that end a word but stay in the same command.
  private static let wordSeparators: Set<Unicode.Scalar> = [" ", "\t", "\r", ")", "[", "]"]

  /// Scans `text`, the line up to the cursor.
  init(_ text: String) {
    var hasWord = false
    var escaped = false
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      if inComment { continue }
      if let quote = openQuote {
        if escaped {
          escaped = false
        } else if quote == "\"" && scalar == "\\" {
          escaped = true
        } else if scalar == quote {
          openQuote = nil
          continue
        }
        appendToWord(scalar, at: offset)
        continue
      }
      switch scalar {
      case "\"", "'":
        if !hasWord { currentWordStart = offset + 1 }
        hasWord = true
        openQuote = scalar
      case "#" where !hasWord:
        inComment = true
      case _ where Self.commandSeparators.contains(scalar):
        words = []
        endWord(&hasWord, nextStart: offset + 1, keeping: false)
      case _ where Self.wordSeparators.contains(scalar):
        endWord(&hasWord, nextStart: offset + 1, keeping: true)
      default:
        if !hasWord { currentWordStart = offset }
        hasWord = true
        appendToWord(scalar, at: offset)
      }
    }
    cursor = text.unicodeScalars.count
    if !hasWord { currentWordStart = cursor }
  }

  private mutating func appendToWord(_ scalar: Unicode.Scalar, at offset: Int) {
    currentWord.unicodeScalars.append(scalar)
    currentWordOffsets.append(offset)
  }

  /// The line offset where the part of `currentWord` from its `index`-th scalar starts.
  func lineOffset(ofWordScalar index: Int) -> Int {
    index < currentWordOffsets.count ? currentWordOffsets[index] : cursor
  }

  /// Finishes the word in progress, keeping it as a complete word of the command if asked.
  private mutating func endWord(_ hasWord: inout Bool, nextStart: Int, keeping: Bool) {
    if hasWord && keeping { words.append(currentWord) }
    hasWord = false
    currentWord = ""
    currentWordOffsets = []
    currentWordStart = nextStart
  }

  /// Whether the cursor is where a statement or pipeline stage begins (a command name goes here).
  var isAtCommandStart: Bool { words.isEmpty }
}

import SNSLanguage

/// Completion of a command's arguments: `name=` parameters, `--flags`, enum values after
/// `name=`, and what the command's positional arguments are (numbers, files, command names).
extension CompletionEngine {
  /// Commands whose positional argument is a file, whether or not the registry says so (`source`
  /// is handled by the shell, not a builtin).
  static let fileCommands: Set<String> = ["source", "open", "save"]

  /// `option NAME VALUE`: the options and their values (LANGUAGE.md §6.4).
  static let sessionOptions: [String: [String]] = [
    "output": ["table", "json", "csv"], "dry-run": ["on", "off"], "color": ["on", "off"],
    "confirm": ["on", "off"],
  ]

  /// Commands whose first positional argument is one of a few words.
  static let positionalChoices: [String: [String]] = [
    "to": ["json", "csv", "table", "text"], "from": ["json", "csv"],
  ]

  /// Completes the word at the cursor as an argument of the command `scan.words[0]`.
  func argumentCompletion(_ scan: LineScanner) -> CompletionResult {
    let command = scan.words[0]
    let word = scan.currentWord
    let start = scan.lineOffset(ofWordScalar: 0)
    let builtin = registry[command]
    if let previous = scan.words.last, scan.words.count > 1,
      builtin?.flag(written: previous)?.takesValue == true
    {
      return .nothing(at: scan.cursor)
    }
    if command == "option" { return optionCompletion(scan) }
    if let choices = Self.positionalChoices[command], scan.words.count == 1 {
      return matches(among: choices, typed: word, from: start, cursor: scan.cursor, ignoringCase: true)
    }
    let takesFiles = Self.fileCommands.contains(command) || builtin?.positionalCompletion == .files
    if takesFiles, !word.contains("=") { return fileCompletion(scan) }
    guard let builtin else { return .nothing(at: scan.cursor) }
    if let equals = word.firstIndex(of: "=") {
      let name = String(word[..<equals])
      guard let parameter = builtin.parameter(name) else { return .nothing(at: scan.cursor) }
      return valueCompletion(parameter, scan: scan, valueStart: name.unicodeScalars.count + 1)
    }
    if word.hasPrefix("-") {
      return matches(
        among: builtin.flags.map { "--" + $0.name }, typed: word, from: start, cursor: scan.cursor)
    }
    guard scan.openQuote == nil else { return .nothing(at: scan.cursor) }
    let parameters = builtin.parameters.map { $0.name + "=" }
    let positional = positionalCandidates(builtin.positionalCompletion)
    return matches(
      among: parameters + positional, typed: word, from: start, cursor: scan.cursor,
      accepting: phoneNumberWithoutPlus(word))
  }

  /// The values of `parameter` after `name=`; in a comma list (`capability=SMS,VO`) the last item.
  private func valueCompletion(
    _ parameter: BuiltinCommand.Parameter, scan: LineScanner, valueStart: Int
  ) -> CompletionResult {
    let value = String(String.UnicodeScalarView(scan.currentWord.unicodeScalars.dropFirst(valueStart)))
    let item = value.split(separator: ",", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    let itemStart = valueStart + value.unicodeScalars.count - item.unicodeScalars.count
    let start = scan.lineOffset(ofWordScalar: itemStart)
    if !parameter.values.isEmpty {
      return matches(
        among: parameter.values, typed: item, from: start, cursor: scan.cursor, ignoringCase: true)
    }
    let candidates = positionalCandidates(parameter.completion)
    if parameter.completion == .files { return fileCompletion(scan, skipping: valueStart) }
    return matches(
      among: candidates, typed: item, from: start, cursor: scan.cursor,
      ignoringCase: parameter.completion == .regions, accepting: phoneNumberWithoutPlus(item))
  }

  /// What completes a positional argument (or a parameter value) of this kind, files aside.
  private func positionalCandidates(_ kind: BuiltinCommand.Completion) -> [String] {
    switch kind {
    case .none, .files: return []
    case .phoneNumbers: return numbers()
    case .regions: return regions()
    case .commands: return registry.names + Self.keywords
    }
  }

  /// Lets `1208` find `+1208...`: people often leave out the plus.
  private func phoneNumberWithoutPlus(_ typed: String) -> (String) -> Bool {
    guard let first = typed.first, first.isNumber else { return { _ in false } }
    return { candidate in candidate.hasPrefix("+" + typed) }
  }

  /// `option NAME VALUE`.
  private func optionCompletion(_ scan: LineScanner) -> CompletionResult {
    let start = scan.lineOffset(ofWordScalar: 0)
    switch scan.words.count {
    case 1:
      return matches(
        among: Array(Self.sessionOptions.keys), typed: scan.currentWord, from: start, cursor: scan.cursor)
    case 2:
      let values = Self.sessionOptions[scan.words[1]] ?? []
      return matches(
        among: values, typed: scan.currentWord, from: start, cursor: scan.cursor, ignoringCase: true)
    default:
      return .nothing(at: scan.cursor)
    }
  }

  /// File names for the word at the cursor, after its first `skipping` scalars (`name=`).
  private func fileCompletion(_ scan: LineScanner, skipping: Int = 0) -> CompletionResult {
    let typed = String(String.UnicodeScalarView(scan.currentWord.unicodeScalars.dropFirst(skipping)))
    let (kept, names) = files.complete(typed)
    let start = scan.lineOffset(ofWordScalar: skipping + kept)
    let typedName = String(String.UnicodeScalarView(typed.unicodeScalars.dropFirst(kept)))
    var result = matches(among: names, typed: typedName, from: start, cursor: scan.cursor)
    // A unique file in an open quote is finished: close the quote before the space.
    if let quote = scan.openQuote, result.candidates.count == 1, result.appendsSpace {
      result.candidates = [result.candidates[0] + String(quote)]
    }
    return result
  }
}

import Foundation
import SNSLanguage
import Testing

@testable import SNSShell

/// Completion as a person meets it at the prompt: the line so far, then what Tab offers.
@Suite struct CompletionEngineTests {
  let files = TemporaryDirectory()

  var engine: CompletionEngine {
    CompletionEngine(
      registry: BuiltinRegistry(
        NumbersCommands.all + [Self.command("open", .files), Self.command("help", .commands)]),
      variables: { ["name", "names", "n", "total"] },
      fields: { path in path == "n" ? ["displayName", "phoneNumber", "regionCode"] : [] },
      numbers: { ["+12085550100", "+12085550101", "+46700000001"] },
      regions: { ["SE", "US", "GB"] },
      files: FileNameCompleter(currentDirectory: { files.path }, homeDirectory: { files.path + "/home" }))
  }

  static func command(_ name: String, _ positional: BuiltinCommand.Completion) -> BuiltinCommand {
    BuiltinCommand(
      name: name, category: .data, summary: "", usage: name, example: name, positionalCompletion: positional
    ) { _, _ in .null }
  }

  /// The line after one Tab press.
  func afterTab(_ typed: String) -> String {
    let (line, cursor) = Self.split(typed)
    var tab = TabCompletion()
    let action = tab.press(engine.completions(line: line, cursor: cursor), line: line, cursor: cursor)
    guard case .replace(let range, let text) = action else { return line }
    var scalars = Array(line.unicodeScalars)
    scalars.replaceSubrange(range, with: text.unicodeScalars)
    return String(String.UnicodeScalarView(scalars))
  }

  func candidates(_ typed: String) -> [String] {
    let (line, cursor) = Self.split(typed)
    return engine.completions(line: line, cursor: cursor).candidates
  }

  /// The line and the cursor, which `‸` marks in `typed` (at the end when there is none).
  static func split(_ typed: String) -> (String, Int) {
    guard let marker = typed.firstIndex(of: "‸") else { return (typed, typed.unicodeScalars.count) }
    let before = typed[..<marker]
    return (String(before) + typed[typed.index(after: marker)...], before.unicodeScalars.count)
  }

  @Test func commandNameCompletesWithASpace() {
    #expect(afterTab("rel") == "release ")
  }

  @Test func keywordsAreOfferedWhereAStatementStarts() {
    #expect(afterTab("whi") == "while ")
    #expect(candidates("re") == ["regions", "release", "rent", "return"])
  }

  @Test func commandNamesAreOfferedAfterAPipeAndAParenthesis() {
    #expect(candidates("ls | sh") == ["show"])
    #expect(candidates("for n in (l") == ["ls"])
    #expect(candidates("regions | fa") == ["false"])
  }

  @Test func parameterNameCompletesWithItsEqualsSign() {
    #expect(afterTab("ls reg") == "ls region=")
  }

  @Test func flagsCompleteAsLongOptions() {
    #expect(afterTab("release +12085550100 --y") == "release +12085550100 --yes ")
  }

  @Test func enumValuesMatchIgnoringCase() {
    #expect(afterTab("ls type=lo") == "ls type=LOCAL ")
    #expect(candidates("ls type=") == ["LOCAL", "MOBILE", "TOLL_FREE"])
    #expect(afterTab("ls match=c") == "ls match=contains ")
    #expect(afterTab("ls order=d") == "ls order=displayName ")
  }

  @Test func enumValuesCompleteInsideACommaList() {
    #expect(afterTab("search capability=SMS,vo") == "search capability=SMS,VOICE ")
  }

  @Test func regionCodesComeFromTheCache() {
    #expect(afterTab("ls region=u") == "ls region=US ")
    #expect(candidates("search region=") == ["GB", "SE", "US"])
  }

  @Test func sessionOptionsAndTheirValues() {
    #expect(afterTab("option ou") == "option output ")
    #expect(candidates("option output ") == ["csv", "json", "table"])
    #expect(afterTab("option dry-run of") == "option dry-run off ")
  }

  @Test func phoneNumbersSeenInTheSession() {
    #expect(candidates("show +1208") == ["+12085550100", "+12085550101"])
    #expect(afterTab("show +1208") == "show +1208555010")
    #expect(afterTab("show 467") == "show +46700000001 ")
  }

  @Test func variablesAfterADollar() {
    #expect(afterTab("echo $to") == "echo $total")
    #expect(candidates("echo $na") == ["name", "names"])
    #expect(afterTab("$na") == "$name")
  }

  @Test func recordFieldsAfterAVariableAndADot() {
    #expect(afterTab("echo $n.dis") == "echo $n.displayName")
    #expect(afterTab("echo \"Support $n.reg") == "echo \"Support $n.regionCode")
    #expect(candidates("$missing.x").isEmpty)
  }

  @Test func fileNamesAfterSourceOpenAndSave() throws {
    try files.make(["scripts/", "scratch.sns", "other.json", ".hidden"])
    #expect(candidates("source ./scr") == ["scratch.sns", "scripts/"])
    #expect(afterTab("source ./scri") == "source ./scripts/")
    #expect(afterTab("open oth") == "open other.json ")
    #expect(candidates("save ") == ["other.json", "scratch.sns", "scripts/"])
    #expect(afterTab("source \"scra") == "source \"scratch.sns\" ")
  }

  @Test func tildeMeansTheHomeDirectory() throws {
    try files.make(["home/", "home/notes.sns"])
    #expect(afterTab("source ~/no") == "source ~/notes.sns ")
  }

  @Test func helpOffersCommandsAndKeywords() {
    #expect(candidates("help wh") == ["while"])
    #expect(afterTab("help sh") == "help show ")
  }

  @Test func completionHappensAtTheCursorNotTheEndOfTheLine() {
    #expect(afterTab("rel‸ +12085550100") == "release  +12085550100")
  }

  @Test func nothingInCommentsOrAfterAFlagThatTakesAValue() {
    #expect(candidates("# rel").isEmpty)
    #expect(candidates("release -j ").isEmpty)
  }

  @Test func unknownCommandsAndParametersOfferNothing() {
    #expect(candidates("frobnicate x").isEmpty)
    #expect(candidates("ls colour=").isEmpty)
  }

  @Test func unicodeBeforeTheWordKeepsOffsetsInScalars() {
    #expect(afterTab("set +12085550100 name=\"Zoë\"; ls reg") == "set +12085550100 name=\"Zoë\"; ls region=")
  }
}

/// The two-Tab convention, at the engine level: the first press completes what it can, a second
/// press that can add nothing lists the candidates.
@Suite struct TabCompletionTests {
  let engine = CompletionEngine(registry: BuiltinRegistry(NumbersCommands.all))

  @Test func secondTabListsTheCandidates() {
    var tab = TabCompletion()
    let line = "re"
    let result = engine.completions(line: line, cursor: 2)
    #expect(tab.press(result, line: line, cursor: 2) == .beep)
    #expect(tab.press(result, line: line, cursor: 2) == .list(["regions", "release", "rent", "return"]))
  }

  @Test func firstTabInsertsTheCommonPrefixAndTheNextOneLists() {
    var tab = TabCompletion()
    let engine = CompletionEngine(registry: engine.registry, numbers: { ["+12085550100", "+12085550101"] })
    let first = engine.completions(line: "show +1", cursor: 7)
    #expect(tab.press(first, line: "show +1", cursor: 7) == .replace(5..<7, with: "+1208555010"))
    let second = engine.completions(line: "show +1208555010", cursor: 16)
    #expect(
      tab.press(second, line: "show +1208555010", cursor: 16) == .list(["+12085550100", "+12085550101"]))
  }

  @Test func aTabAfterTypingIsAFirstTabAgain() {
    var tab = TabCompletion()
    let result = engine.completions(line: "re", cursor: 2)
    _ = tab.press(result, line: "re", cursor: 2)
    let typed = engine.completions(line: "s", cursor: 1)
    #expect(tab.press(typed, line: "s", cursor: 1) == .beep)
  }

  @Test func noCandidateBeeps() {
    var tab = TabCompletion()
    let result = engine.completions(line: "zzz", cursor: 3)
    #expect(tab.press(result, line: "zzz", cursor: 3) == .beep)
    #expect(tab.press(result, line: "zzz", cursor: 3) == .beep)
  }

  @Test func candidatesAreLaidOutInColumnsTopToBottom() {
    let listing = CompletionListing.format(["a", "bb", "ccc", "d", "e"], width: 12)
    #expect(listing == "a    d\nbb   e\nccc\n")
  }
}

/// A directory removed when the test ends.
final class TemporaryDirectory: Sendable {
  let path: String

  init() {
    path = NSTemporaryDirectory() + "sns-tests-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Creates files (and directories, for names ending in `/`) inside the directory.
  func make(_ names: [String]) throws {
    for name in names {
      let full = path + "/" + name
      if name.hasSuffix("/") {
        try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
      } else {
        _ = FileManager.default.createFile(atPath: full, contents: Data())
      }
    }
  }
}

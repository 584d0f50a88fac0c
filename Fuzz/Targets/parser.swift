// libFuzzer target: bytes → lexer and parser, through the entry point the sns binary uses
// (`Parser.parse(file:)` on a `SourceFile` made of raw bytes), then the compiler and the
// diagnostic renderer, as `sns script.sns` would. Built by scripts/fuzz/run together with the
// SNSLanguage sources (one module), so internal types such as `Compiler` are visible.

/// Stops the run with a message libFuzzer records beside the crashing input.
private func violated(_ invariant: String) -> Never {
  fatalError("parser invariant violated: \(invariant)")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let file = SourceFile(name: "fuzz.sns", bytes: bytes)
  checkLexer(file)
  checkParse(file)
  return 0
}

/// Every mode reads the whole input in tokens that stay inside it and always move forward, so the
/// parser can never spin on one offset.
private func checkLexer(_ file: SourceFile) {
  let lexer = Lexer(file: file)
  for mode in [LexMode.expression, .operator, .argument] {
    var offset = 0
    while true {
      let token = lexer.token(at: offset, mode: mode)
      let range = token.range
      guard range.start >= offset, range.start <= range.end, range.end <= file.bytes.count else {
        violated("token \(range) read at \(offset) in \(mode) leaves the input (\(file.bytes.count))")
      }
      if token.kind == .endOfInput { break }
      guard range.end > offset else { violated("token at \(offset) in \(mode) consumes nothing") }
      offset = range.end
    }
  }
}

/// The three outcomes exclude each other, diagnostics point inside the file, a program compiles.
private func checkParse(_ file: SourceFile) {
  let result = Parser.parse(file: file)
  switch result {
  case .program(let program):
    guard result.diagnostics.isEmpty else { violated("a program with diagnostics") }
    var previousStart = 0
    for statement in program.statements {
      checkRange(statement.range, in: file, what: "statement")
      guard statement.range.start >= previousStart else { violated("statements out of order") }
      previousStart = statement.range.start
    }
    _ = Compiler(file: file).statements(program.statements)
  case .incomplete(let diagnostics):
    guard !diagnostics.isEmpty else { violated("incomplete without a diagnostic") }
    guard diagnostics.allSatisfy(\.needsMoreInput) else {
      violated("incomplete with an error that more input cannot fix")
    }
    checkDiagnostics(diagnostics, in: file)
  case .errors(let diagnostics):
    guard !diagnostics.isEmpty else { violated("errors without a diagnostic") }
    guard !diagnostics.allSatisfy(\.needsMoreInput) else { violated("errors that only need more input") }
    checkDiagnostics(diagnostics, in: file)
  }
}

private func checkDiagnostics(_ diagnostics: [Diagnostic], in file: SourceFile) {
  // The cap, plus its own "too many errors" message.
  guard diagnostics.count <= Parser.maximumDiagnostics + 1 else {
    violated("\(diagnostics.count) diagnostics, past the cap")
  }
  for diagnostic in diagnostics {
    checkRange(diagnostic.range, in: file, what: "diagnostic '\(diagnostic.message)'")
    guard !diagnostic.message.isEmpty else { violated("an empty message") }
    guard diagnostic.fileName == file.name else { violated("a diagnostic names another file") }
    let location = diagnostic.location
    guard location.line >= 1, location.line <= file.lineCount, location.column >= 1 else {
      violated("diagnostic location \(location) outside \(file.lineCount) lines")
    }
    // The column, counted the slow way from the start of the line.
    let lineStart = file.byteRange(ofLine: location.line).lowerBound
    let offset = min(max(0, diagnostic.range.start), file.bytes.count)
    let characters = UTF8Scanning.characterCount(in: file.bytes, from: lineStart, to: offset)
    guard location.column == characters + 1 else {
      violated("diagnostic at byte \(offset) placed in column \(location.column)")
    }
  }
  // What `sns script.sns` prints; with colour too, since the prompt uses it.
  _ = DiagnosticRenderer().render(diagnostics, source: file)
  _ = DiagnosticRenderer(usesColor: true, maximumLineWidth: 20).render(diagnostics, source: file)
}

private func checkRange(_ range: SourceRange, in file: SourceFile, what: String) {
  guard range.start >= 0, range.start <= range.end, range.end <= file.bytes.count else {
    violated("\(what) has range \(range) outside 0..<\(file.bytes.count)")
  }
}

import CLineEdit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Line editing at a terminal with libedit: emacs keys, history on Up/Down and Ctrl-R, Tab
/// completion from a `CompletionProvider`, Ctrl-C to abandon a line, Ctrl-D to leave.
///
/// History entries are whole statements. A multi-line statement is entered into libedit's
/// history with its newlines, so Up recalls it as one line (shown with `^J`) and Enter returns
/// it, newlines included, as one `.line`.
public final class LineEditor: LineSource {
  private let editor: OpaquePointer
  private let libeditHistory: OpaquePointer
  private let history: HistoryStore?
  private let completion: (any CompletionProvider)?
  private var tab = TabCompletion()

  /// Whether stdin and stdout are both terminals, the only case where a LineEditor is used.
  public static var isUsable: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

  /// Sets up the locale, the SIGINT handler and libedit, and loads `history` for Up/Down and
  /// Ctrl-R; nil when libedit cannot start (then read plainly).
  public init?(
    programName: String = "sns", history: HistoryStore?, completion: (any CompletionProvider)?
  ) {
    TerminalLocale.adopt()
    InterruptSignal.install()
    let capacity = Int32(clamping: history?.capacity ?? HistoryStore.defaultCapacity)
    guard let editor = cle_editor_create(programName) else { return nil }
    guard let libeditHistory = cle_history_create(capacity, 1) else {
      cle_editor_destroy(editor)
      return nil
    }
    self.editor = editor
    self.libeditHistory = libeditHistory
    self.history = history
    self.completion = completion
    for entry in history?.entries ?? [] { cle_history_enter(libeditHistory, entry) }
    cle_attach_history(editor, libeditHistory)
    cle_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
    // The callback must not capture anything (a capturing @convention(c) closure crashed the
    // 6.3.1 compiler): it finds this editor through the client data.
    cle_bind_function(editor, "sns-complete", "complete the word before the cursor", "^I") { editor, _ in
      guard let context = cle_client_data(editor) else { return UInt8(CLE_CC_ERROR) }
      return Unmanaged<LineEditor>.fromOpaque(context).takeUnretainedValue().completeWord(in: editor)
    }
  }

  deinit {
    cle_set_client_data(editor, nil)
    cle_editor_destroy(editor)
    cle_history_destroy(libeditHistory)
  }

  /// Reads one line after `prompt`.
  public func readLine(prompt: String) -> LineResult {
    cle_set_prompt(editor, prompt)
    // The window may have changed size while a command ran, when libedit was not listening.
    cle_resize(editor)
    tab.reset()
    let interruptsBefore = InterruptSignal.count
    var count: Int32 = 0
    errno = 0
    guard let text = cle_gets(editor, &count) else {
      // The cursor is still at the end of the abandoned line; the next prompt needs a fresh one.
      cle_write(editor, "\n")
      let interrupted = count < 0 && (errno == EINTR || InterruptSignal.count != interruptsBefore)
      return interrupted ? .interrupted : .endOfInput
    }
    var line = String(cString: text)
    if line.hasSuffix("\n") { line.removeLast() }
    return .line(line)
  }

  /// Keeps `entry` (a whole statement) in the history file and in libedit's history, unless
  /// `HistoryStore` refuses it (a secret, a blank line, a repeat).
  public func remember(_ entry: String) {
    let kept = history?.record(entry) ?? HistoryStore.mayRemember(entry)
    if kept { cle_history_enter(libeditHistory, entry.trimmingTrailingWhitespace) }
  }

  /// Tab: asks the provider about the word before the cursor and edits, lists or beeps.
  private func completeWord(in editor: OpaquePointer) -> UInt8 {
    guard let completion else { return UInt8(CLE_CC_REFRESH_BEEP) }
    var buffer: UnsafePointer<CChar>?
    var cursorBytes: Int32 = 0
    var length: Int32 = 0
    cle_line(editor, &buffer, &cursorBytes, &length)
    guard let buffer else { return UInt8(CLE_CC_ERROR) }
    let bytes = UnsafeRawBufferPointer(start: buffer, count: Int(length))
    let line = String(decoding: bytes, as: UTF8.self)
    let cursor = String(decoding: bytes.prefix(Int(cursorBytes)), as: UTF8.self).unicodeScalars.count
    let result = completion.completions(line: line, cursor: cursor)
    switch tab.press(result, line: line, cursor: cursor) {
    case .replace(let range, let text):
      cle_delete(editor, Int32(range.count))
      return cle_insert(editor, text) == 0 ? UInt8(CLE_CC_REFRESH) : UInt8(CLE_CC_REFRESH_BEEP)
    case .list(let candidates):
      let listing = CompletionListing.format(candidates, width: Int(cle_columns(editor)))
      cle_write(editor, "\n" + listing)
      return UInt8(CLE_CC_REDISPLAY)
    case .beep:
      return UInt8(CLE_CC_REFRESH_BEEP)
    }
  }
}

extension String {
  /// The string without the blanks and newlines at its end, as `HistoryStore` keeps it.
  fileprivate var trimmingTrailingWhitespace: String {
    var text = self
    while text.last?.isWhitespace == true { text.removeLast() }
    return text
  }
}

import Foundation
import SinchNumbers

/// How results are printed (LANGUAGE.md §8).
public enum OutputMode: String, Sendable, CaseIterable {
  case table, json, csv
}

/// The options in force in a session; `option` changes them, `status` shows them.
public struct SessionSettings: Sendable, Equatable {
  public var output: OutputMode = .table
  /// Send no mutation; print each as `dry-run: METHOD PATH BODY` on stderr.
  public var dryRun = false
  /// Answer yes to every confirmation (`--yes`).
  public var assumeYes = false
  /// No summaries of mutations.
  public var quiet = false
  public var color = false
  /// Ask before release and rent at an interactive prompt (`option confirm off` skips).
  public var confirm = true
  /// Whether a person is at a terminal to answer questions.
  public var interactive = false
  /// How many API calls a bulk command runs at once by default.
  public var jobs = 8

  public init() {}
}

/// The person-facing side a command may use: output streams and questions. The shell provides
/// a terminal; tests and scripts provide captures.
public protocol SessionIO: Sendable {
  /// Writes to stdout (results, summaries).
  func writeOutput(_ text: String)
  /// Writes to stderr (errors, dry-run lines, notes).
  func writeError(_ text: String)
  /// Asks a yes/no question; false when nobody can answer.
  func confirm(_ question: String) async -> Bool
  /// Reads one line after `prompt`; nil at end of input or when not interactive.
  func readLine(prompt: String) async -> String?
  /// Writes out whatever stdout holds back (at the end of each statement, before a wait).
  func flush()
}

extension SessionIO {
  /// Unbuffered IO has nothing to write out.
  public func flush() {}
}

/// What a running command can reach: the API, the session's settings and its IO.
public final class CommandContext: Sendable {
  public let io: any SessionIO
  /// What the running statement has changed, for the report after Ctrl-C.
  public let changes = ChangeJournal()
  private let lock = NSLock()
  nonisolated(unsafe) private var storedAPI: any NumbersAPI
  nonisolated(unsafe) private var storedBackend = BackendDescription.unnamed
  nonisolated(unsafe) private var storedSession: SessionHooks?
  nonisolated(unsafe) private var storedSettings: SessionSettings
  nonisolated(unsafe) private var seenNumbers: Set<String> = []
  nonisolated(unsafe) private var storedRegions: [String]?

  public init(api: any NumbersAPI, io: any SessionIO, settings: SessionSettings) {
    storedAPI = api
    self.io = io
    storedSettings = settings
  }

  /// The API the session talks to now; `profile NAME` may switch it.
  public var api: any NumbersAPI { lock.withLock { storedAPI } }

  /// What the session talks to, for `status`, `profile` and the prompt.
  public var backend: BackendDescription { lock.withLock { storedBackend } }

  /// Switches the session to another backend (`profile NAME`); later commands use `api`.
  public func switchBackend(to api: any NumbersAPI, described backend: BackendDescription) {
    lock.withLock {
      storedAPI = api
      storedBackend = backend
    }
  }

  /// Describes the backend without changing it (the shell calls this once at start).
  public func describeBackend(_ backend: BackendDescription) {
    lock.withLock { storedBackend = backend }
  }

  /// What session commands (`vars`, `help`, `profile`) need from the interpreter and the shell;
  /// nil when the context is used without an interpreter (as in command unit tests).
  public var session: SessionHooks? {
    get { lock.withLock { storedSession } }
    set { lock.withLock { storedSession = newValue } }
  }

  /// The settings in force now.
  public var settings: SessionSettings { lock.withLock { storedSettings } }

  /// Changes the settings (the `option` command).
  public func updateSettings(_ change: (inout SessionSettings) -> Void) {
    lock.withLock { change(&storedSettings) }
  }

  /// Remembers numbers the session has listed, shown or searched, for completion.
  public func noteNumbers(_ numbers: some Sequence<String>) {
    lock.withLock { seenNumbers.formUnion(numbers) }
  }

  /// Numbers seen so far, sorted.
  public var knownNumbers: [String] { lock.withLock { seenNumbers.sorted() } }

  /// Region codes from `regions`, cached for the session once read.
  public var cachedRegions: [String]? {
    get { lock.withLock { storedRegions } }
    set { lock.withLock { storedRegions = newValue } }
  }
}

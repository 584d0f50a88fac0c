/// What `sns` was asked to do, from its command line (LANGUAGE.md §1).
public struct CommandLineOptions: Equatable, Sendable {
  /// Where the script comes from.
  public enum Source: Equatable, Sendable {
    /// The interactive prompt, or stdin when it is not a terminal.
    case interactiveOrStdin
    /// `sns -`: the script on stdin.
    case stdin
    /// `sns FILE`.
    case file(String)
    /// `sns -c TEXT`.
    case command(String)
  }

  /// How results are printed.
  public enum OutputMode: String, Equatable, Sendable, CaseIterable {
    case table, json, csv
  }

  public var source: Source = .interactiveOrStdin
  /// `$args`.
  public var arguments: [String] = []
  public var sandbox = false
  public var profile: String?
  public var apiURL: String?
  public var authURL: String?
  public var dryRun = false
  public var yes = false
  public var output: OutputMode = .table
  public var quiet = false
  public var noColor = false
  public var trace = false
  public var showVersion = false
  public var showHelp = false

  public init() {}

  /// Parses `arguments` (without the program name). Options come before FILE or `-c`; everything
  /// after the script is `$args`.
  public static func parse(_ arguments: [String]) throws(UsageError) -> CommandLineOptions {
    var options = CommandLineOptions()
    var rest = arguments[...]
    func value(for option: String) throws(UsageError) -> String {
      guard let next = rest.popFirst() else { throw UsageError("\(option) needs a value") }
      return next
    }
    while let argument = rest.popFirst() {
      var name = argument
      var inline: String?
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        inline = String(argument[argument.index(after: equals)...])
      }
      func take() throws(UsageError) -> String {
        if let inline { return inline }
        return try value(for: name)
      }
      switch name {
      case "--sandbox": options.sandbox = true
      case "--profile": options.profile = try take()
      case "--api": options.apiURL = try take()
      case "--auth-url": options.authURL = try take()
      case "--dry-run": options.dryRun = true
      case "--yes", "-y": options.yes = true
      case "--quiet", "-q": options.quiet = true
      case "--no-color": options.noColor = true
      case "--trace": options.trace = true
      case "--version": options.showVersion = true
      case "--help", "-h": options.showHelp = true
      case "--output", "-o":
        let mode = try take()
        guard let parsed = OutputMode(rawValue: mode.lowercased()) else {
          throw UsageError("--output must be table, json or csv, not '\(mode)'")
        }
        options.output = parsed
      case "-c":
        options.source = .command(try value(for: "-c"))
        options.arguments = Array(rest)
        return options
      case "-":
        options.source = .stdin
        options.arguments = Array(rest)
        return options
      case "--":
        guard let file = rest.popFirst() else { return options }
        options.source = .file(file)
        options.arguments = Array(rest)
        return options
      default:
        if argument.hasPrefix("-") {
          throw UsageError("unknown option '\(argument)' (see sns --help)")
        }
        options.source = .file(argument)
        options.arguments = Array(rest)
        return options
      }
    }
    return options
  }

  /// The text of `sns --help`.
  public static let helpText = """
    sns: a shell and scripting language for Sinch virtual phone numbers

    usage: sns [OPTIONS]                 interactive prompt (or a script on stdin)
           sns [OPTIONS] FILE [ARG...]   run a .sns script; $args holds ARG...
           sns [OPTIONS] -c TEXT [ARG...]
           sns [OPTIONS] -               read the script from stdin

    options:
      --sandbox            use the built-in Sandbox even if credentials are configured
      --profile NAME       use the credentials of profile NAME (also SNS_PROFILE)
      --api URL            Numbers API origin, e.g. http://127.0.0.1:8080 for sns-emulator
      --auth-url URL       OAuth2 token endpoint (or its origin)
      --dry-run            send no changes; print each as `dry-run: METHOD PATH BODY`
      --yes, -y            answer yes to every confirmation
      --output MODE        table (default), json or csv
      --quiet, -q          no summaries of changes
      --no-color           never colour output (also NO_COLOR)
      --trace              log each HTTP request and its status to stderr (no secrets)
      --version            print the version
      --help               print this help

    exit status: 0 success, 1 runtime error, 2 syntax or usage error, 130 interrupted
    """
}

/// A mistake in how `sns` was invoked (exit status 2).
public struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// The command line of `sns-emulator`, parsed. Kept in the library so tests can check it.
public struct EmulatorOptions: Sendable {
  /// The server's configuration (`--host`, `--port`, keys, faults, latency, tokens).
  public var configuration = EmulatorConfiguration()
  /// The project to serve (`--project`); nil keeps the seed's.
  public var projectId: String?
  /// Synthetic numbers to add to the seed (`--numbers`).
  public var syntheticNumbers = 0
  /// Seeds the synthetic numbers and the injected failures (`--seed`).
  public var seed: UInt64 = 0
  /// Whether to log each request to stderr (`--trace`).
  public var trace = false
  /// Whether `--help` was asked for.
  public var showHelp = false

  public init() {}

  /// The usage text printed by `--help` and after a usage error.
  public static let usage = """
    usage: sns-emulator [--host 127.0.0.1] [--port 0] [--project ID] [--key-id ID --key-secret S]
                        [--numbers N] [--seed N] [--latency MS] [--fail-rate P]
                        [--fail-statuses 429,503] [--retry-after SECONDS] [--token-ttl SECONDS]
                        [--cut-after-apply P] [--cut-operations LIST]
                        [--read-timeout SECONDS] [--trace] [--help]

    Serves the Sinch Numbers API v1 from an in-memory Sandbox, and POST /oauth2/token.
    Prints "listening on http://HOST:PORT" first; SIGINT or SIGTERM stops it.

      --host HOST            address to bind (default 127.0.0.1, loopback only)
      --port PORT            port to bind; 0 picks a free one (default 0)
      --project ID           project id to serve (default: the seed's)
      --key-id, --key-secret require Basic auth with this key, or a token from /oauth2/token
      --numbers N            add N synthetic active numbers (default 0)
      --seed N               seed for synthetic numbers and injected failures (default 0)
      --latency MS           delay every Numbers response by MS milliseconds (default 0)
      --fail-rate P          answer this share (0..1) of Numbers requests with a failure
      --fail-statuses LIST   statuses of injected failures (default 429,503)
      --retry-after SECONDS  Retry-After of injected 429 and 503 answers (default 0)
      --token-ttl SECONDS    lifetime of issued access tokens (default 3600)
      --cut-after-apply P    for this share (0..1) of successful changes, apply the change, then
                             close the connection without answering
      --cut-operations LIST  the operations cut (default: every change): releaseNumber,
                             rentNumber, rentAnyNumber, updateActiveNumber,
                             updateCallbackConfiguration
      --read-timeout SECONDS close connections idle this long (default 30)
      --trace                log every request to stderr
    """

  /// Parses the arguments after the program name; `--name value` and `--name=value` both work.
  public static func parse(_ arguments: [String]) throws(EmulatorUsageError) -> EmulatorOptions {
    var options = EmulatorOptions()
    var keyId: String?
    var keySecret: String?
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      var name = argument
      var inlineValue: String?
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      }
      func value() throws(EmulatorUsageError) -> String {
        if let inlineValue { return inlineValue }
        guard let next = remaining.popFirst() else { throw .missingValue(name) }
        return next
      }
      switch name {
      case "--help", "-h": options.showHelp = true
      case "--trace": options.trace = true
      case "--host": options.configuration.host = try nonEmpty(name, value())
      case "--port": options.configuration.port = try number(name, value(), in: 0...65535)
      case "--project": options.projectId = try nonEmpty(name, value())
      case "--key-id": keyId = try nonEmpty(name, value())
      case "--key-secret": keySecret = try nonEmpty(name, value())
      case "--numbers": options.syntheticNumbers = try number(name, value(), in: 0...10_000_000)
      case "--seed":
        let text = try value()
        guard let seed = UInt64(text) else { throw .invalidValue(name, text, "a non-negative integer") }
        options.seed = seed
      case "--latency":
        options.configuration.latencyMilliseconds = try number(name, value(), in: 0...600_000)
      case "--fail-rate":
        let text = try value()
        guard let rate = Double(text), rate >= 0, rate <= 1 else {
          throw .invalidValue(name, text, "a number from 0 to 1")
        }
        options.configuration.failureRate = rate
      case "--cut-after-apply":
        let text = try value()
        guard let rate = Double(text), rate >= 0, rate <= 1 else {
          throw .invalidValue(name, text, "a number from 0 to 1")
        }
        options.configuration.cutAfterApplyRate = rate
      case "--cut-operations": options.configuration.cutOperations = try mutations(name, value())
      case "--fail-statuses": options.configuration.failureStatuses = try statuses(name, value())
      case "--retry-after":
        options.configuration.retryAfterSeconds = try number(name, value(), in: 0...86_400)
      case "--token-ttl": options.configuration.tokenLifetime = try number(name, value(), in: 1...31_536_000)
      case "--read-timeout":
        options.configuration.readTimeout = Double(try number(name, value(), in: 1...86_400) as Int)
      default:
        throw .unknownOption(argument)
      }
    }
    switch (keyId, keySecret) {
    case (let id?, let secret?):
      options.configuration.credentials = EmulatorCredentials(keyId: id, keySecret: secret)
    case (nil, nil): break
    default: throw .incompleteKey
    }
    options.configuration.seed = options.seed
    return options
  }

  private static func nonEmpty(_ name: String, _ text: String) throws(EmulatorUsageError) -> String {
    guard !text.isEmpty else { throw .invalidValue(name, text, "a non-empty value") }
    return text
  }

  private static func number<Value: FixedWidthInteger>(
    _ name: String, _ text: String, in range: ClosedRange<Int>
  ) throws(EmulatorUsageError) -> Value {
    guard let value = Int(text), range.contains(value), let converted = Value(exactly: value) else {
      throw .invalidValue(name, text, "an integer from \(range.lowerBound) to \(range.upperBound)")
    }
    return converted
  }

  private static func mutations(_ name: String, _ text: String) throws(EmulatorUsageError)
    -> Set<EmulatorOperation>
  {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
    let operations = parts.compactMap { EmulatorOperation(rawValue: String($0)) }.filter(\.isMutation)
    guard !parts.isEmpty, operations.count == parts.count else {
      let names = EmulatorOperation.allCases.filter(\.isMutation).map(\.rawValue)
      throw .invalidValue(name, text, "a comma-separated list of \(names.joined(separator: ", "))")
    }
    return Set(operations)
  }

  private static func statuses(_ name: String, _ text: String) throws(EmulatorUsageError) -> [Int] {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
    let statuses = parts.compactMap { Int($0) }
    guard !parts.isEmpty, statuses.count == parts.count, statuses.allSatisfy({ (400...599).contains($0) })
    else { throw .invalidValue(name, text, "comma-separated HTTP statuses from 400 to 599") }
    return statuses
  }
}

/// A command line `sns-emulator` cannot run with.
public enum EmulatorUsageError: Error, Hashable, Sendable, CustomStringConvertible {
  case unknownOption(String)
  case missingValue(String)
  case invalidValue(String, String, String)
  case incompleteKey

  public var description: String {
    switch self {
    case .unknownOption(let option): "unknown option '\(option)'"
    case .missingValue(let option): "\(option) needs a value"
    case .invalidValue(let option, let value, let expected): "\(option): '\(value)' is not \(expected)"
    case .incompleteKey: "--key-id and --key-secret go together"
    }
  }
}

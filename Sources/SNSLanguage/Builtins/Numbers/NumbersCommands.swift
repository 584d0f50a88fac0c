import SinchNumbers

/// The Numbers API commands of LANGUAGE.md §6.1, one `BuiltinCommand` each.
///
/// Files: `ListCommand` and `MergedActiveNumbers` (`ls`, lazily over every page and type);
/// `ReadCommands` (`show`, `check`, `search`, `regions`); `CallbacksCommand`; `UpdateCommand`
/// (`set`); `ReleaseCommand`; `RentCommands` (`rent NUMBER...`, `rent region= type=`). The
/// mutations share `BulkRunner` (concurrency, failures, interruption), `Confirmation`, `DryRun`
/// and `ChangeReporter`; arguments are read by `NumbersArguments`, `TargetNumbers` and
/// `NumberChanges`; API errors become runtime errors in `NumbersFailure`.
public enum NumbersCommands {
  /// Every Numbers API command, in the order `help` lists them.
  public static var all: [BuiltinCommand] {
    [list, show, update, release, search, check, rent, regions, callbacks].map(checkingParameters)
  }

  /// Refuses a `key=` the command does not know before anything is sent, suggesting the closest
  /// one: a misspelt `nmae=` must not turn `set` into "no field given".
  static func checkingParameters(_ command: BuiltinCommand) -> BuiltinCommand {
    var checked = command
    let run = command.run
    checked.run = { arguments, context in
      try rejectUnknownParameters(arguments, of: command)
      return try await run(arguments, context)
    }
    return checked
  }

  /// Throws for the first `key=` that `command` does not define.
  static func rejectUnknownParameters(_ arguments: CommandArguments, of command: BuiltinCommand) throws {
    let known = command.parameters.map(\.name)
    for named in arguments.named where !known.contains(named.name) {
      throw RuntimeError(
        .runtime, "\(command.name) has no parameter '\(named.name)'", range: named.range,
        suggestion: suggestion(for: named.name, among: known))
    }
  }
}

/// The parameters and flags the commands share, so each is described once.
enum NumbersParameters {
  typealias Parameter = BuiltinCommand.Parameter
  typealias Flag = BuiltinCommand.Flag

  static let region = Parameter(
    "region", completion: .regions, "two-letter region code, such as US")
  static let type = Parameter(
    "type", values: NumberType.knownValues.map(\.rawValue), "LOCAL, MOBILE or TOLL_FREE")
  static let capability = Parameter(
    "capability", values: NumberCapability.knownValues.map(\.rawValue),
    "SMS, VOICE or both (capability=SMS,VOICE)")
  static let pattern = Parameter(
    "pattern", "digits the number must contain, optionally starting with + (quote it: \"+1208\")")
  static let match = Parameter(
    "match", values: ["start", "contains", "end"], "where pattern= must match (default start)")
  static let order = Parameter(
    "order", values: ActiveNumberOrder.knownValues.map(\.rawValue),
    "phoneNumber (default) or displayName")
  static let limit = Parameter("limit", "at most this many numbers")
  static let name = Parameter("name", "the display name; \"\" clears it")
  static let plan = Parameter("plan", "SMS service plan id; \"\" unlinks")
  static let campaign = Parameter("campaign", "10DLC campaign id; \"\" unlinks")
  static let callback = Parameter("callback", "URL that receives provisioning callbacks")
  static let voice = Parameter(
    "voice", values: VoiceApplicationType.knownValues.map(\.rawValue),
    "voice application type: RTC (app=), EST (trunk=) or FAX (service=)")
  static let app = Parameter("app", "Voice API app id, for voice=RTC")
  static let trunk = Parameter("trunk", "Elastic SIP trunk id, for voice=EST")
  static let service = Parameter("service", "fax service id, for voice=FAX")
  static let secret = Parameter("secret", "new callback HMAC secret: 32 to 64 letters, digits or -")

  /// The fields `set` and `rent` can configure.
  static let configuration = [plan, campaign, callback, voice, app, trunk, service]

  static let yes = Flag("yes", short: "y", "do not ask for confirmation")
  static let jobs = Flag("jobs", short: "j", takesValue: true, "API calls to run at once (default 8)")
}

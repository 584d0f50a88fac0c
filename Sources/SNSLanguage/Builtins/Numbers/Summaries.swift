import SinchNumbers

/// Prints the one-line summary of each change as it completes (`updated +12086390939:
/// displayName "Support"`), except with `--quiet`, in `json`/`csv` mode (the returned records
/// are shown there instead), and in a dry run, where the `dry-run:` line stands for it.
struct ChangeReporter: Sendable {
  let context: CommandContext

  /// Whether summaries are printed in the session's current settings.
  var isEnabled: Bool {
    let settings = context.settings
    return !settings.quiet && settings.output == .table && !settings.dryRun
  }

  /// Prints `line` on stdout when summaries are on.
  func report(_ line: String) {
    if isEnabled { context.io.writeOutput(line + "\n") }
  }

  /// `rented +12025550134 (US LOCAL, 2.00 USD/month)`.
  static func rented(_ number: ActiveNumber) -> String {
    let kind = [number.regionCode, number.type?.rawValue].compactMap { $0 }.joined(separator: " ")
    let details = [kind, MoneyText.perMonth(number.money)].compactMap { $0 }.filter { !$0.isEmpty }
    let phone = number.phoneNumber ?? "a number"
    return details.isEmpty ? "rented \(phone)" : "rented \(phone) (\(details.joined(separator: ", ")))"
  }
}

/// Prices as people read them: `2.00 USD/month`.
enum MoneyText {
  /// `2.00 USD`, with at least two decimals; nil without an amount.
  static func amount(_ money: Money?) -> String? {
    guard let money, let amount = money.amount, !amount.isEmpty else { return nil }
    let parts = amount.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    var text = amount
    if parts.count == 2 {
      let fraction =
        parts[1].count < 2 ? parts[1] + String(repeating: "0", count: 2 - parts[1].count) : parts[1]
      text = "\(parts[0]).\(fraction)"
    } else if amount.allSatisfy(\.isNumber) {
      text = amount + ".00"
    }
    return [text, money.currencyCode].compactMap { $0 }.joined(separator: " ")
  }

  /// `2.00 USD/month`; nil without an amount.
  static func perMonth(_ money: Money?) -> String? {
    amount(money).map { $0 + "/month" }
  }
}

import Foundation

/// The confirmation of LANGUAGE.md §6.1 for `release` and `rent`, which change what the project
/// pays: asked at an interactive prompt, one question for a whole list; refused anywhere else
/// unless `--yes` is given to the command or to `sns`. A dry run changes nothing, so it never asks.
struct Confirmation {
  /// `release` or `rent`.
  let action: String
  let arguments: CommandArguments
  let context: CommandContext

  /// Whether a person must be asked. Throws, before anything is sent, when one would have to be
  /// and nobody is there to answer.
  func isNeeded() throws -> Bool {
    let settings = context.settings
    if settings.dryRun || arguments.has("yes") || settings.assumeYes { return false }
    // `option confirm off` skips the question at a prompt; a script still needs an explicit
    // --yes, so an unattended run can never spend money by a setting made elsewhere.
    guard settings.interactive else {
      throw RuntimeError(
        .confirmation,
        "\(action) needs confirmation: add --yes (or run sns --yes) to \(action) in a script",
        range: arguments.range)
    }
    return settings.confirm
  }

  /// Shows what will happen on stderr, then asks; a refusal is a `confirmation` error.
  func ask(_ question: String, showing preview: [[String]]) async throws {
    for line in Self.aligned(preview) { context.io.writeError("  " + line + "\n") }
    guard await context.io.confirm(question + " [y/N]") else {
      throw RuntimeError(
        .confirmation, "\(action) cancelled: nothing was changed", range: arguments.range)
    }
  }

  /// `Release +12086390939?` or `Release 3 numbers?`.
  func question(for targets: [TargetNumber]) -> String {
    let verb = action.prefix(1).uppercased() + action.dropFirst()
    if targets.count == 1, let only = targets.first { return "\(verb) \(only.number)?" }
    return "\(verb) \(targets.count) numbers?"
  }

  /// Rows as lines with their columns padded to line up.
  static func aligned(_ rows: [[String]]) -> [String] {
    var widths: [Int] = []
    for row in rows {
      for (column, cell) in row.enumerated() {
        if column == widths.count { widths.append(0) }
        widths[column] = max(widths[column], cell.count)
      }
    }
    return rows.map { row in
      row.enumerated().map { column, cell in
        column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
      }.joined(separator: "  ")
    }
  }
}

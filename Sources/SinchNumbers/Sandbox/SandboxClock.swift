import Foundation

/// Timestamps the way the API writes them: ISO 8601 in UTC with milliseconds,
/// `2026-12-29T09:54:20.516Z`.
enum SandboxClock {
  static func timestamp(_ date: Date) -> String {
    date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
  }

  /// `date` plus whole calendar months in UTC; a rented number is next charged a month on.
  static func adding(months: Int, to date: Date) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
    return calendar.date(byAdding: .month, value: months, to: date)
      ?? date.addingTimeInterval(Double(months) * 30 * 86_400)
  }
}

import Foundation

/// The opaque `pageToken` of a list: where the previous page ended, and a fingerprint of the
/// query it belongs to.
///
/// It names the last number returned rather than an offset, so a number released or rented
/// between two pages neither repeats nor skips another one. The fingerprint makes a token from a
/// different query a 400, as the live API does, instead of a silently wrong page.
struct PageToken: Hashable {
  var fingerprint: UInt64
  /// The last number of the previous page.
  var phoneNumber: String
  /// Its display name, when listing in display-name order.
  var displayName: String

  init(fingerprint: UInt64, phoneNumber: String, displayName: String) {
    self.fingerprint = fingerprint
    self.phoneNumber = phoneNumber
    self.displayName = displayName
  }

  /// Reads a token; nil when it is not one this Sandbox wrote.
  init?(text: String) {
    var base64 = text.replacingOccurrences(of: "-", with: "+")
      .replacingOccurrences(of: "_", with: "/")
    base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
    guard let data = Data(base64Encoded: base64),
      let payload = String(data: data, encoding: .utf8)
    else { return nil }
    let parts = payload.split(separator: "|", maxSplits: 3, omittingEmptySubsequences: false)
    guard parts.count == 4, parts[0] == Self.version,
      let fingerprint = UInt64(parts[1], radix: 16), PhoneNumber.problem(with: String(parts[2])) == nil
    else { return nil }
    self.init(
      fingerprint: fingerprint, phoneNumber: String(parts[2]), displayName: String(parts[3]))
  }

  /// The token as sent: base64url without padding, safe in a query string as it is.
  var text: String {
    let payload = [Self.version, String(fingerprint, radix: 16), phoneNumber, displayName]
      .joined(separator: "|")
    return Data(payload.utf8).base64EncodedString()
      .replacingOccurrences(of: "+", with: "-")
      .replacingOccurrences(of: "/", with: "_")
      .replacingOccurrences(of: "=", with: "")
  }

  private static let version = "p1"

  /// FNV-1a: stable across runs, unlike `Hasher`, so a token outlives an emulator restart.
  static func fingerprint(of text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return hash
  }
}

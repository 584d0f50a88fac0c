/// Our own query encoder: `URLComponents` leaves `+` alone, which servers read as a space, so a
/// pattern such as `+1208` must be sent as `%2B1208`.
public enum QueryEncoding {
  /// Percent-encodes everything but `A-Za-z0-9-._~`.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      if isUnreserved(byte) {
        result.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        result += "%" + hexDigit(byte >> 4) + hexDigit(byte & 0x0F)
      }
    }
    return result
  }

  /// `key=value&key=value`, repeated keys kept in order.
  public static func encode(_ items: [(String, String)]) -> String {
    items.map { escape($0.0) + "=" + escape($0.1) }.joined(separator: "&")
  }

  private static func isUnreserved(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
      UInt8(ascii: "_"), UInt8(ascii: "~"):
      true
    default:
      false
    }
  }

  private static func hexDigit(_ value: UInt8) -> String {
    String(UnicodeScalar(value < 10 ? value + 48 : value + 55))
  }
}

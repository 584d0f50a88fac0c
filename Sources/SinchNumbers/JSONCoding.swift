import Foundation

/// The project's one JSON configuration: sorted keys make bodies and tests deterministic.
public enum JSONCoding {
  /// Decoder for API payloads.
  public static var decoder: JSONDecoder { JSONDecoder() }

  /// Encoder for API payloads: compact, `/` not escaped, keys sorted.
  public static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// Encodes a value to bytes.
  public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    [UInt8](try encoder.encode(value))
  }
}

import Foundation

/// The project a Sandbox starts from: the shape of `seed.json`.
public struct SandboxSeed: Codable, Hashable, Sendable {
  public var projectId: String
  public var activeNumbers: [ActiveNumber]
  public var availableNumbers: [AvailableNumber]
  public var availableRegions: [AvailableRegion]
  public var callbackConfiguration: CallbackConfiguration?

  /// A seed made of the given parts.
  public init(
    projectId: String, activeNumbers: [ActiveNumber] = [], availableNumbers: [AvailableNumber] = [],
    availableRegions: [AvailableRegion] = [], callbackConfiguration: CallbackConfiguration? = nil
  ) {
    self.projectId = projectId
    self.activeNumbers = activeNumbers
    self.availableNumbers = availableNumbers
    self.availableRegions = availableRegions
    self.callbackConfiguration = callbackConfiguration
  }

  enum CodingKeys: String, CodingKey {
    case projectId, activeNumbers, availableNumbers, availableRegions, callbackConfiguration
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    projectId = container.lenientString(.projectId) ?? ""
    activeNumbers = container.lenientArray(ActiveNumber.self, .activeNumbers) ?? []
    availableNumbers = container.lenientArray(AvailableNumber.self, .availableNumbers) ?? []
    availableRegions = container.lenientArray(AvailableRegion.self, .availableRegions) ?? []
    callbackConfiguration = container.lenientObject(
      CallbackConfiguration.self, .callbackConfiguration)
  }

  /// The seed the package carries (`Resources/seed.json`), the same for every run of `sns`.
  public static func bundled() throws -> SandboxSeed {
    try decode(contentsOf: try bundledURL())
  }

  /// Where `seed.json` is: in the `*_SinchNumbers.resources` bundle beside the executable, where
  /// both the build and `scripts/install` put it. SwiftPM's own `Bundle.module` would stop the
  /// process when the bundle is missing; this says so in an error a person can read instead.
  static func bundledURL() throws -> URL {
    let folder = Bundle.main.bundleURL
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for name in names.sorted() where name.hasSuffix("_SinchNumbers.resources") {
      let url = folder.appendingPathComponent(name).appendingPathComponent("seed.json")
      if FileManager.default.fileExists(atPath: url.path) { return url }
    }
    throw SandboxSeedError.missing
  }

  /// Reads a seed from a JSON file of the same shape as `seed.json`.
  public static func decode(contentsOf url: URL) throws -> SandboxSeed {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw SandboxSeedError.unreadable(path: url.path, reason: "cannot read the file")
    }
    do {
      return try JSONCoding.decoder.decode(SandboxSeed.self, from: data)
    } catch {
      throw SandboxSeedError.unreadable(path: url.path, reason: "not a seed JSON object")
    }
  }
}

/// Why the Sandbox could not load its starting project.
public enum SandboxSeedError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The package was built without its `seed.json` resource.
  case missing
  /// The seed file exists but cannot be used.
  case unreadable(path: String, reason: String)

  public var description: String {
    switch self {
    case .missing:
      "the Sandbox seed (sns_SinchNumbers.resources/seed.json) is missing beside the sns binary; "
        + "reinstall with scripts/install"
    case .unreadable(let path, let reason): "sandbox seed \(path): \(reason)"
    }
  }
}

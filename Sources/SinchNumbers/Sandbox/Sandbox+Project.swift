/// Project-wide answers: regions, the callback configuration, and the Sandbox's own statistics.
extension Sandbox {
  public func availableRegions(types: [NumberType]) async throws -> [AvailableRegion] {
    called(.listAvailableRegions)
    let wanted = types.filter { !$0.rawValue.isEmpty }
    for type in wanted where !type.isKnown {
      throw NumbersError.unknownValue(type, field: "types")
    }
    guard !wanted.isEmpty else { return regions }
    return regions.filter { region in (region.types ?? []).contains(where: wanted.contains) }
  }

  public func callbackConfiguration() async throws -> CallbackConfiguration {
    called(.getCallbackConfiguration)
    return callback
  }

  public func updateCallbackConfiguration(_ update: CallbackConfigurationUpdate) async throws
    -> CallbackConfiguration
  {
    called(.updateCallbackConfiguration)
    let rule = "32 to 64 letters, digits or hyphens (^[a-zA-Z0-9-]{32,64}$)"
    guard let secret = update.hmacSecret, !secret.isEmpty else {
      throw NumbersError.missingValue(field: "hmacSecret", rule)
    }
    guard Self.isValidSecret(secret) else {
      // The secret itself is never echoed: errors end up in logs and terminals.
      throw NumbersError.invalidArgument(field: "hmacSecret", "must be \(rule)")
    }
    callback.hmacSecret = secret
    applied(.updateCallbackConfiguration, phoneNumber: nil)
    return callback
  }

  /// What the Sandbox has been asked and what it changed.
  public func statistics() -> SandboxStatistics {
    SandboxStatistics(
      calls: ledger.calls, applied: ledger.applied, activeNumbers: active.count,
      availableNumbers: inventory.count)
  }

  /// The applied mutations, oldest first: the latest 10,000 at most.
  public func mutationLog() -> [SandboxMutation] {
    Array(ledger.recentMutations)
  }

  private static func isValidSecret(_ secret: String) -> Bool {
    let bytes = secret.utf8
    return (32...64).contains(bytes.count)
      && bytes.allSatisfy { byte in
        (0x30...0x39).contains(byte) || (0x41...0x5a).contains(byte)
          || (0x61...0x7a).contains(byte) || byte == 0x2d
      }
  }
}

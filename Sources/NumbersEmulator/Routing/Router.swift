/// Where a request goes, decided from its method and path alone.
enum Route: Equatable {
  /// `POST /oauth2/token`.
  case token
  /// A Numbers operation of `projectId`; `phoneNumber` is the decoded path segment, unchecked.
  case numbers(projectId: String, operation: EmulatorOperation, phoneNumber: String?)
  /// A known path asked with a method it does not support.
  case methodNotAllowed(allowed: [String])
  /// No such resource.
  case notFound
  /// The path's percent-encoding is broken.
  case badPath
}

/// Maps paths to operations: `/v1/projects/{projectId}/{resource}[/{phoneNumber}][:verb]`.
enum Router {
  static func route(method: String, path: String) -> Route {
    if path == "/oauth2/token" { return method == "POST" ? .token : .methodNotAllowed(allowed: ["POST"]) }
    let segments = path.split(separator: "/", omittingEmptySubsequences: false)
    // "", "v1", "projects", id, resource... (the leading "/" gives the empty first segment)
    guard segments.count >= 5, segments[0].isEmpty, segments[1] == "v1", segments[2] == "projects"
    else { return .notFound }
    guard let projectId = PercentDecoding.decode(segments[3], plusAsSpace: false),
      let resource = PercentDecoding.decode(segments[4], plusAsSpace: false)
    else { return .badPath }
    guard !projectId.isEmpty else { return .notFound }
    let methods: [String: EmulatorOperation]
    var phoneNumber: String?
    switch segments.count {
    case 5:
      methods = collectionMethods(resource)
    case 6:
      guard let item = PercentDecoding.decode(segments[5], plusAsSpace: false) else { return .badPath }
      let (number, verb) = splitVerb(item)
      guard !number.isEmpty else { return .notFound }
      phoneNumber = number
      methods = itemMethods(resource: resource, verb: verb)
    default:
      return .notFound
    }
    guard !methods.isEmpty else { return .notFound }
    guard let operation = methods[method] else { return .methodNotAllowed(allowed: methods.keys.sorted()) }
    return .numbers(projectId: projectId, operation: operation, phoneNumber: phoneNumber)
  }

  /// Methods of `/v1/projects/{id}/{resource}`; a custom verb may follow the resource name.
  private static func collectionMethods(_ resource: String) -> [String: EmulatorOperation] {
    switch resource {
    case "activeNumbers": ["GET": .listActiveNumbers]
    case "availableNumbers": ["GET": .searchAvailableNumbers]
    case "availableNumbers:rentAny": ["POST": .rentAnyNumber]
    case "availableRegions": ["GET": .listAvailableRegions]
    case "callbackConfiguration": ["GET": .getCallbackConfiguration, "PATCH": .updateCallbackConfiguration]
    default: [:]
    }
  }

  /// Methods of `/v1/projects/{id}/{resource}/{phoneNumber}[:verb]`.
  private static func itemMethods(resource: String, verb: String?) -> [String: EmulatorOperation] {
    switch (resource, verb) {
    case ("activeNumbers", nil): ["GET": .getActiveNumber, "PATCH": .updateActiveNumber]
    case ("activeNumbers", "release"): ["POST": .releaseNumber]
    case ("availableNumbers", nil): ["GET": .getAvailableNumber]
    case ("availableNumbers", "rent"): ["POST": .rentNumber]
    default: [:]
    }
  }

  /// `+12025550134:rent` → (`+12025550134`, `rent`). Phone numbers hold no colon, so the first
  /// colon starts the verb.
  private static func splitVerb(_ segment: String) -> (String, String?) {
    guard let colon = segment.firstIndex(of: ":") else { return (segment, nil) }
    return (String(segment[..<colon]), String(segment[segment.index(after: colon)...]))
  }
}

/// The live API's error format: `{"error": {"code", "message", "status", "details"}}`.
public struct ErrorBody: Codable, Hashable, Sendable {
  public var error: Detail

  public init(error: Detail) { self.error = error }

  /// The error itself.
  public struct Detail: Codable, Hashable, Sendable {
    public var code: Int?
    public var message: String?
    /// The Sinch status word, such as `NOT_FOUND` or `INVALID_ARGUMENT`.
    public var status: String?
    public var details: [ErrorDetail]?

    public init(code: Int?, message: String?, status: String?, details: [ErrorDetail]?) {
      self.code = code
      self.message = message
      self.status = status
      self.details = details
    }

    enum CodingKeys: String, CodingKey { case code, message, status, details }

    public init(from decoder: Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      code = container.lenientInt(.code)
      message = container.lenientString(.message)
      status = container.lenientString(.status)
      details = container.lenientArray(ErrorDetail.self, .details)
    }
  }
}

/// One entry of an error's `details`: a `ResourceInfo` or a `BadRequest` with field violations.
public struct ErrorDetail: Codable, Hashable, Sendable {
  public var type: String?
  public var resourceType: String?
  public var resourceName: String?
  public var owner: String?
  public var description: String?
  public var fieldViolations: [FieldViolation]?

  public init(
    type: String?, resourceType: String? = nil, resourceName: String? = nil, owner: String? = nil,
    description: String? = nil, fieldViolations: [FieldViolation]? = nil
  ) {
    self.type = type
    self.resourceType = resourceType
    self.resourceName = resourceName
    self.owner = owner
    self.description = description
    self.fieldViolations = fieldViolations
  }

  enum CodingKeys: String, CodingKey {
    case type, resourceType, resourceName, owner, description, fieldViolations
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    type = container.lenientString(.type)
    resourceType = container.lenientString(.resourceType)
    resourceName = container.lenientString(.resourceName)
    owner = container.lenientString(.owner)
    description = container.lenientString(.description)
    fieldViolations = container.lenientArray(FieldViolation.self, .fieldViolations)
  }
}

/// A field of a request that the API refused, and why.
public struct FieldViolation: Codable, Hashable, Sendable {
  public var field: String?
  public var description: String?

  public init(field: String?, description: String?) {
    self.field = field
    self.description = description
  }
}

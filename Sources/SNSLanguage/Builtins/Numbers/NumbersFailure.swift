import SinchNumbers

/// Turns what an API call threw into the error a user reads.
enum NumbersFailure {
  /// Which collection a number was looked up in, for the wording of a 404.
  enum Lookup: Sendable {
    /// The project's active numbers (`show`, `set`, `release`).
    case active
    /// The numbers that can be rented (`check`, `rent`).
    case available
    /// No one number: keep the API's own message.
    case none
  }

  /// A `RuntimeError` for `error`, pointing at `range`. A 404 about a number reads as a sentence
  /// about that number (`no active number +12086390000 in this project (404 NOT_FOUND)`) rather
  /// than the API's terse message; cancellation passes through untouched.
  static func error(_ error: any Error, about target: TargetNumber?, lookup: Lookup) -> any Error {
    error is CancellationError ? error : runtimeError(error, about: target, lookup: lookup)
  }

  /// The `RuntimeError` for anything but cancellation.
  static func runtimeError(_ error: any Error, about target: TargetNumber?, lookup: Lookup) -> RuntimeError {
    switch error {
    case var runtime as RuntimeError:
      if runtime.range == nil { runtime.range = target?.range }
      return runtime
    case NumbersError.api(let apiError) where apiError.httpStatus == 404:
      guard let target, let sentence = notFound(target.number, lookup) else {
        return RuntimeError(NumbersError.api(apiError), range: target?.range)
      }
      return RuntimeError(
        .api, "\(sentence) (404 \(apiError.status ?? "NOT_FOUND"))", status: 404,
        code: apiError.status, range: target.range)
    case let numbersError as NumbersError:
      return RuntimeError(numbersError, range: target?.range)
    default:
      return RuntimeError(.runtime, String(describing: error), range: target?.range)
    }
  }

  /// Runs `body`, converting what it throws.
  static func converting<Result>(
    about target: TargetNumber? = nil, lookup: Lookup = .none, _ body: () async throws -> Result
  ) async throws -> Result {
    do {
      return try await body()
    } catch {
      throw self.error(error, about: target, lookup: lookup)
    }
  }

  private static func notFound(_ number: PhoneNumber, _ lookup: Lookup) -> String? {
    switch lookup {
    case .active: "no active number \(number) in this project"
    case .available: "number \(number) is not available to rent"
    case .none: nil
    }
  }
}

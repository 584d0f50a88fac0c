/// Release and rent change what the project pays, so they are never repeated blindly: after an
/// uncertain outcome (a cut connection, a 5xx) a read tells whether the change happened, and
/// only a change known not to have happened is tried again.
extension HTTPNumbersClient {
  func verifiedRelease(_ number: PhoneNumber) async throws -> ActiveNumber {
    var lastUncertainty: UncertainOutcome?
    for _ in 0..<configuration.retryPolicy.maxAttempts {
      do {
        return try decode(
          await perform("POST", "activeNumbers/\(number.pathForm):release", mode: .onlyIfNotApplied))
      } catch let uncertain as UncertainOutcome {
        lastUncertainty = uncertain
        switch await isActive(number, after: uncertain, doing: "release") {
        case .success(true):  // still ours: the release did not happen, so it is safe to try again
          configuration.notice?(
            "the release of \(number) failed (\(uncertain.reason)); reading it back shows it is "
              + "still active, so it is sent again")
          continue
        case .success(false):
          configuration.notice?(
            "the answer to the release of \(number) was lost (\(uncertain.reason)); reading it "
              + "back shows it was released")
          return ActiveNumber(phoneNumber: number.e164, projectId: projectId)
        case .failure(let error): throw error
        }
      }
    }
    throw lastUncertainty?.error ?? NumbersError.uncertain(message: "release of \(number) failed")
  }

  func verifiedRent(_ number: PhoneNumber, _ request: RentNumberRequest) async throws
    -> ActiveNumber
  {
    let body = try JSONCoding.encode(request)
    var lastUncertainty: UncertainOutcome?
    for _ in 0..<configuration.retryPolicy.maxAttempts {
      do {
        return try decode(
          await perform(
            "POST", "availableNumbers/\(number.pathForm):rent", body: body, mode: .onlyIfNotApplied))
      } catch let uncertain as UncertainOutcome {
        lastUncertainty = uncertain
        switch await isActive(number, after: uncertain, doing: "rent") {
        case .success(true):
          configuration.notice?(
            "the answer to the rent of \(number) was lost (\(uncertain.reason)); reading it back "
              + "shows it was rented")
          return try await activeNumber(number)
        case .success(false):  // not ours: the rent did not happen, so it is safe to try again
          configuration.notice?(
            "the rent of \(number) failed (\(uncertain.reason)); reading it back shows it is not "
              + "rented, so it is sent again")
          continue
        case .failure(let error): throw error
        }
      }
    }
    throw lastUncertainty?.error ?? NumbersError.uncertain(message: "rent of \(number) failed")
  }

  /// Reads whether `number` is active, turning a failed read into an honest "unknown".
  private func isActive(_ number: PhoneNumber, after uncertain: UncertainOutcome, doing action: String)
    async -> Result<Bool, Error>
  {
    do {
      _ = try await activeNumber(number)
      return .success(true)
    } catch NumbersError.api(let error) where error.httpStatus == 404 {
      return .success(false)
    } catch is CancellationError {
      return .failure(CancellationError())
    } catch {
      return .failure(
        NumbersError.uncertain(
          message:
            "\(action) of \(number) may or may not have happened (\(uncertain.reason)), and "
            + "reading it back failed too (\(error)); check with `show \(number)`"))
    }
  }
}

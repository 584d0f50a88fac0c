import SinchNumbers
import Testing

@testable import SNSLanguage

/// `ls | where … | count` and its kin run page by page (`ListingPipeline`): the same values as
/// the whole list gives, fewer pages where `first` is satisfied early.
@Suite("Pipelines over ls, page by page")
struct InterpreterListingTests {
  /// Runs `source` on a session of the seed plus 2,500 numbers; returns stdout and the session.
  func run(_ source: String) async throws -> (output: String, session: NumbersSession) {
    let session = try NumbersSession(extraNumbers: 2_500)
    let interpreter = Interpreter(context: session.context)
    let outcome = await interpreter.run(source: source, fileName: "test.sns")
    if case .failed(let error) = outcome { Issue.record("failed: \(error.rendered())") }
    return (session.io.output, session)
  }

  @Test func streamedResultsEqualTheWholeListsResults() async throws {
    // The parenthesised `(ls)` is a value, so its pipeline takes the whole list: the reference.
    let pairs = [
      ("ls | count", "(ls) | count"),
      (#"ls | where ($it.regionCode == "US") | count"#, #"(ls) | where ($it.regionCode == "US") | count"#),
      ("ls type=MOBILE | get phoneNumber | first 3", "(ls type=MOBILE) | get phoneNumber | first 3"),
      ("ls | select phoneNumber regionCode | first", "(ls) | select phoneNumber regionCode | first"),
      (
        #"ls | where ($it.displayName == "none such") | first 2"#,
        #"(ls) | where ($it.displayName == "none such") | first 2"#
      ),
      (
        #"ls region=US | get phoneNumber | where ($it > "+15")"#,
        #"(ls region=US) | get phoneNumber | where ($it > "+15")"#
      ),
    ]
    for (streamed, whole) in pairs {
      let (output, _) = try await run(streamed)
      let (expected, _) = try await run(whole)
      #expect(output == expected, "\(streamed)")
      #expect(!output.isEmpty, "\(streamed)")
    }
    #expect(try await run("ls | count").output == "2512\n")
  }

  @Test func firstStopsReadingPagesOnceItHasEnough() async throws {
    let (output, session) = try await run("ls | get phoneNumber | first 2")
    #expect(output.split(separator: "\n").count == 2)
    // One page of each of the three types; the whole listing takes at least six.
    #expect(await session.statistics.calls(.listActiveNumbers) == 3)
  }

  @Test func errorsInAStageNameTheirPlace() async throws {
    let session = try NumbersSession(extraNumbers: 10)
    let interpreter = Interpreter(context: session.context)
    let outcome = await interpreter.run(source: "ls | where ($it.nosuch > 1) | count", fileName: "t.sns")
    guard case .failed(let error) = outcome else {
      Issue.record("expected a failure, got \(outcome)")
      return
    }
    #expect(error.rendered().hasPrefix("t.sns:1:"))
    #expect(error.rendered().contains("nosuch"))
  }
}

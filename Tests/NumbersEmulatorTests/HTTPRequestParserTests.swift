import Testing

@testable import NumbersEmulator

@Suite("HTTP request parser")
struct HTTPRequestParserTests {
  let parser = HTTPRequestParser()

  private func parse(_ text: String) -> HTTPParseResult { parser.parse(Array(text.utf8)) }

  private func parsedRequest(_ text: String) -> (HTTPRequest, Int)? {
    guard case .complete(let request, let consumed) = parse(text) else { return nil }
    return (request, consumed)
  }

  private func error(_ text: String) -> HTTPRequestError? {
    guard case .invalid(let error) = parse(text) else { return nil }
    return error
  }

  @Test func parsesAGetWithPathQueryAndHeaders() throws {
    let text =
      "GET /v1/projects/p/activeNumbers?regionCode=US&capability=SMS HTTP/1.1\r\n"
      + "Host: localhost\r\nX-Thing:   spaced value  \r\n\r\n"
    let (request, consumed) = try #require(parsedRequest(text))
    #expect(consumed == text.utf8.count)
    #expect(request.method == "GET")
    #expect(request.path == "/v1/projects/p/activeNumbers")
    #expect(request.query == "regionCode=US&capability=SMS")
    #expect(request.version == .http11)
    #expect(request.header("HOST") == "localhost")
    #expect(request.header("x-thing") == "spaced value")
    #expect(request.body.isEmpty)
    #expect(request.keepsConnectionOpen)
  }

  @Test func readsTheBodyThatContentLengthAnnounces() throws {
    let text = "PATCH /x HTTP/1.1\r\nContent-Length: 17\r\n\r\n{\"displayName\":1}"
    let (request, consumed) = try #require(parsedRequest(text))
    #expect(String(decoding: request.body, as: UTF8.self) == "{\"displayName\":1}")
    #expect(consumed == text.utf8.count)
  }

  @Test func leavesAPipelinedRequestInTheBuffer() throws {
    let first = "POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"
    let second = "GET /b HTTP/1.1\r\n\r\n"
    let bytes = Array((first + second).utf8)
    guard case .complete(let request, let consumed) = parser.parse(bytes) else {
      Issue.record("first request not parsed")
      return
    }
    #expect(request.path == "/a")
    #expect(consumed == first.utf8.count)
    guard case .complete(let next, let rest) = parser.parse(Array(bytes[consumed...])) else {
      Issue.record("second request not parsed")
      return
    }
    #expect(next.path == "/b")
    #expect(rest == second.utf8.count)
  }

  @Test func waitsForTheRestOfAnIncompleteRequest() {
    #expect(parse("") == .incomplete(nil))
    #expect(parse("GET /x HTTP/1.1\r\nHost: a") == .incomplete(nil))
    guard case .incomplete(let head?) = parse("POST /x HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc") else {
      Issue.record("expected a complete head awaiting its body")
      return
    }
    #expect(head.contentLength == 10)
  }

  @Test func acceptsBareLineFeedsAndLeadingEmptyLines() throws {
    let (request, _) = try #require(parsedRequest("\r\n\r\nGET /x HTTP/1.1\nHost: a\n\n"))
    #expect(request.path == "/x")
    #expect(request.header("host") == "a")
  }

  @Test func reducesAnAbsoluteTargetToItsPath() throws {
    let (request, _) = try #require(parsedRequest("GET http://localhost:8080/v1/a?b=c HTTP/1.1\r\n\r\n"))
    #expect(request.path == "/v1/a")
    #expect(request.query == "b=c")
  }

  @Test func closesAfterHTTP10OrConnectionClose() throws {
    let (old, _) = try #require(parsedRequest("GET / HTTP/1.0\r\n\r\n"))
    #expect(!old.keepsConnectionOpen)
    let (closing, _) = try #require(parsedRequest("GET / HTTP/1.1\r\nConnection: keep-alive, Close\r\n\r\n"))
    #expect(!closing.keepsConnectionOpen)
  }

  @Test func notesThatTheClientExpectsContinue() {
    guard
      case .incomplete(let head?) = parse(
        "POST /x HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
    else {
      Issue.record("expected a head")
      return
    }
    #expect(head.expectsContinue)
  }

  @Test(arguments: [
    "GET\r\n\r\n",
    "GET /x\r\n\r\n",
    "GET  /x HTTP/1.1\r\n\r\n",
    "GET /x HTTP/1.1 extra\r\n\r\n",
    "GET /x HTTQ/1.1\r\n\r\n",
    "GET /x HTTP/11\r\n\r\n",
    "GET /x http/1.1\r\n\r\n",
    "G(T /x HTTP/1.1\r\n\r\n",
    "GET /a\u{7F}b HTTP/1.1\r\n\r\n",
    "GET /a\rb HTTP/1.1\r\n\r\n",
    " GET /x HTTP/1.1\r\n\r\n",
    "GET /é HTTP/1.1\r\n\r\n",
  ])
  func refusesAMalformedRequestLine(_ text: String) {
    #expect(error(text) == .malformedRequestLine)
    #expect(error(text)?.status == 400)
  }

  @Test func refusesAnotherMajorVersionWith505() {
    #expect(error("GET / HTTP/2.0\r\n\r\n") == .unsupportedVersion)
    #expect(HTTPRequestError.unsupportedVersion.status == 505)
  }

  @Test(arguments: [
    "GET / HTTP/1.1\r\nNoColon\r\n\r\n",
    "GET / HTTP/1.1\r\n: empty name\r\n\r\n",
    "GET / HTTP/1.1\r\nName : space before colon\r\n\r\n",
    "GET / HTTP/1.1\r\nA: b\r\n folded continuation\r\n\r\n",
    "GET / HTTP/1.1\r\nA: bad\u{01}control\r\n\r\n",
    "GET / HTTP/1.1\r\nA: bare\rcarriage\r\n\r\n",
    "GET / HTTP/1.1\r\nBad[Name]: x\r\n\r\n",
  ])
  func refusesAMalformedHeader(_ text: String) {
    #expect(error(text) == .malformedHeader)
  }

  @Test(arguments: [
    "abc", "-1", "+5", "1.5", "", " ", "0x10", "1 2", "5,", "١٢",
  ])
  func refusesAContentLengthThatIsNotDigits(_ value: String) {
    #expect(error("POST / HTTP/1.1\r\nContent-Length: \(value)\r\n\r\n") == .invalidContentLength)
  }

  @Test func refusesConflictingContentLengths() {
    #expect(
      error("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd") == .invalidContentLength)
    #expect(error("POST / HTTP/1.1\r\nContent-Length: 3, 4\r\n\r\nabcd") == .invalidContentLength)
  }

  @Test func acceptsRepeatedEqualContentLengths() throws {
    let (request, _) = try #require(
      parsedRequest("POST / HTTP/1.1\r\nContent-Length: 3\r\ncontent-length: 003\r\n\r\nabc"))
    #expect(request.body == Array("abc".utf8))
  }

  @Test func refusesABodyOverTheLimitBeforeItArrives() {
    #expect(error("POST / HTTP/1.1\r\nContent-Length: 1048577\r\n\r\n") == .bodyTooLarge)
    #expect(error("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999999\r\n\r\n") == .bodyTooLarge)
    #expect(HTTPRequestError.bodyTooLarge.status == 413)
    guard case .incomplete = parse("POST / HTTP/1.1\r\nContent-Length: 1048576\r\n\r\n") else {
      Issue.record("a body of exactly the limit is allowed")
      return
    }
  }

  @Test func refusesAHeaderBlockOverTheLimit() {
    let huge = "GET / HTTP/1.1\r\nX-Big: " + String(repeating: "a", count: 17 * 1024) + "\r\n\r\n"
    #expect(error(huge) == .headersTooLarge)
    #expect(HTTPRequestError.headersTooLarge.status == 431)
    // Still arriving, but already too big: no need to wait for the end.
    let unfinished = "GET / HTTP/1.1\r\nX-Big: " + String(repeating: "a", count: 17 * 1024)
    #expect(error(unfinished) == .headersTooLarge)
  }

  /// Found by fuzzing (Fuzz/Regressions/http/head-at-limit-cut-before-last-lf.http): a head of
  /// exactly the limit whose last byte had not arrived yet was refused with 431, so whether a
  /// request was accepted depended on how its bytes were split into reads.
  @Test func aHeadAtTheLimitIsIncompleteUntilItsLastByteArrives() throws {
    let limited = HTTPRequestParser(limits: HTTPLimits(maxHeaderBytes: 64, maxBodyBytes: 16))
    let crasher = Array(
      ("GGET /vGET HTTP/1.1\r\nConnection: clo /v1/prnnectGET ion: close\r\n\r\n"
        + "v,E1T/G/pp1/cots/p1/cojec/projepc").utf8)
    let crlf = Array(("GET / HTTP/1.1\r\nX-Fill: " + String(repeating: "a", count: 38) + "\r\n\r\n").utf8)
    let lf = Array(("GET / HTTP/1.1\nX-Fill: " + String(repeating: "a", count: 40) + "\n\n").utf8)
    for (bytes, consumed) in [(crasher, 66), (crlf, 66), (lf, 65)] {
      guard case .complete(_, consumed) = limited.parse(bytes) else {
        Issue.record("expected a request of \(consumed) bytes in \(bytes)")
        continue
      }
      for cut in 0..<consumed {
        guard case .incomplete = limited.parse(Array(bytes.prefix(cut))) else {
          Issue.record("the first \(cut) of \(consumed) bytes are not incomplete")
          break
        }
      }
    }
    // One byte more is over the limit, whether or not the blank line has arrived.
    let over = Array(("GET / HTTP/1.1\r\nX-Fill: " + String(repeating: "a", count: 39) + "\r\n\r").utf8)
    #expect(limited.parse(over + [ASCII.lf]) == .invalid(.headersTooLarge))
    #expect(limited.parse(over) == .invalid(.headersTooLarge))
  }

  @Test func refusesChunkedBodiesWith501() {
    #expect(
      error("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
        == .unsupportedTransferEncoding)
    #expect(HTTPRequestError.unsupportedTransferEncoding.status == 501)
  }

  @Test func neverTrapsOnArbitraryBytes() {
    var generator = SplitMix64(seed: 42)
    let alphabet = Array("GET POST /:\r\n HTTP/1.1 Content-Length: 0123456789,-%\u{0}".utf8) + [0xFF, 0x80]
    for _ in 0..<5_000 {
      let count = Int(generator.next() % 200)
      let bytes = (0..<count).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
      _ = parser.parse(bytes)
    }
  }

  @Test func percentDecodingTreatsPlusAsSpaceOnlyInQueries() {
    #expect(PercentDecoding.decode("%2B1208", plusAsSpace: true) == "+1208")
    #expect(PercentDecoding.decode("a+b", plusAsSpace: true) == "a b")
    #expect(PercentDecoding.decode("+1208", plusAsSpace: false) == "+1208")
    #expect(PercentDecoding.decode("%2", plusAsSpace: true) == nil)
    #expect(PercentDecoding.decode("%zz", plusAsSpace: true) == nil)
    #expect(PercentDecoding.decode("%FF", plusAsSpace: true) == nil)
    let query = QueryParameters("capability=SMS&capability=VOICE&numberPattern.pattern=%2B1+2&flag")
    #expect(query?.all("capability") == ["SMS", "VOICE"])
    #expect(query?.first("numberPattern.pattern") == "+1 2")
    #expect(query?.first("flag") == "")
  }
}

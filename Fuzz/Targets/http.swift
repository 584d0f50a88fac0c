// libFuzzer target: bytes → the emulator's `HTTPRequestParser.parse`, with the default limits and
// with tiny ones, then what the server does with a parsed request before any handler runs
// (routing, query decoding). Built by scripts/fuzz/run together with the NumbersEmulator
// sources (one module), so internal types such as `Router` are visible.

/// Stops the run with a message libFuzzer records beside the crashing input.
private func violated(_ invariant: String) -> Never {
  fatalError("http invariant violated: \(invariant)")
}

/// The default limits, and limits small enough that fuzzed inputs cross them often.
private let parsers = [
  HTTPRequestParser(),
  HTTPRequestParser(limits: HTTPLimits(maxHeaderBytes: 64, maxBodyBytes: 16)),
  HTTPRequestParser(limits: HTTPLimits(maxHeaderBytes: 0, maxBodyBytes: 0)),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTP(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  for parser in parsers { serve(bytes, with: parser) }
  return 0
}

/// Parses requests one after another as a connection does with pipelined requests.
private func serve(_ bytes: [UInt8], with parser: HTTPRequestParser) {
  var buffer = bytes[...]
  while true {
    let input = Array(buffer)
    let result = parser.parse(input)
    switch result {
    case .complete(let request, let consumed):
      check(request, consumed: consumed, in: input, limits: parser.limits)
      checkSplitting(input, consumed: consumed, result: result, with: parser)
      buffer = buffer.dropFirst(consumed)
    case .incomplete(let head):
      if let head {
        guard head.contentLength > 0, head.contentLength <= parser.limits.maxBodyBytes else {
          violated("waiting for a body of \(head.contentLength) bytes")
        }
        _ = head.expectsContinue
      }
      return
    case .invalid(let error):
      guard (400..<600).contains(error.status), !error.description.isEmpty else {
        violated("\(error) has status \(error.status)")
      }
      return
    }
  }
}

/// A complete request lies inside what was read, has the body it announced, and routes.
private func check(_ request: HTTPRequest, consumed: Int, in input: [UInt8], limits: HTTPLimits) {
  guard consumed > 0, consumed <= input.count else {
    violated("consumed \(consumed) of \(input.count) bytes")
  }
  guard request.body.count <= limits.maxBodyBytes else {
    violated("a body of \(request.body.count) bytes past the limit \(limits.maxBodyBytes)")
  }
  guard input[(consumed - request.body.count)..<consumed].elementsEqual(request.body) else {
    violated("the body is not the last bytes consumed")
  }
  guard !request.method.isEmpty, !request.target.isEmpty, request.version.major == 1 else {
    violated("request line \(request.method) \(request.target) \(request.version)")
  }
  for header in request.headers {
    guard !header.name.isEmpty, header.name == header.name.lowercased() else {
      violated("header name '\(header.name)'")
    }
  }
  for header in request.headers where header.name == "content-length" {
    for element in header.value.split(separator: ",", omittingEmptySubsequences: false) {
      let digits = element.trimmingSpaces.drop { $0 == "0" }
      guard (digits.isEmpty ? 0 : Int(digits)) == request.body.count else {
        violated("Content-Length \(header.value) but a body of \(request.body.count) bytes")
      }
    }
  }
  _ = request.keepsConnectionOpen
  _ = Router.route(method: request.method, path: request.path)
  _ = QueryParameters(request.query)
}

/// The bytes of a request may arrive in any number of reads: a read that stops short of the end
/// must give "incomplete", never an error or another request, and the bytes of the request
/// alone must give the same request.
private func checkSplitting(
  _ input: [UInt8], consumed: Int, result: HTTPParseResult, with parser: HTTPRequestParser
) {
  guard parser.parse(Array(input[..<consumed])) == result else {
    violated("the request changes when the bytes after it are missing")
  }
  for cut in Set([consumed - 1, consumed - 2, consumed / 2, 1]) where cut > 0 && cut < consumed {
    guard case .incomplete = parser.parse(Array(input[..<cut])) else {
      violated("the first \(cut) of \(consumed) bytes of a request are not incomplete")
    }
  }
}

import SinchNumbers
import Testing

@Suite("Query encoding")
struct QueryEncodingTests {
  @Test("a plus in a pattern is sent as %2B, never as a bare plus")
  func plusIsEscaped() {
    let query = ActiveNumberQuery(pattern: "+1208", searchPattern: .start)
    #expect(
      QueryEncoding.encode(query.queryItems)
        == "numberPattern.pattern=%2B1208&numberPattern.searchPattern=START")
  }

  @Test("list repeats capability, search repeats capabilities")
  func arraysAreRepeatedKeys() {
    let list = ActiveNumberQuery(regionCode: "US", type: .local, capabilities: [.sms, .voice])
    #expect(
      QueryEncoding.encode(list.queryItems)
        == "regionCode=US&type=LOCAL&capability=SMS&capability=VOICE")
    let search = AvailableNumberQuery(
      regionCode: "US", type: .tollFree, capabilities: [.sms, .voice], size: 5)
    #expect(
      QueryEncoding.encode(search.queryItems)
        == "regionCode=US&type=TOLL_FREE&capabilities=SMS&capabilities=VOICE&size=5")
  }

  @Test("everything but unreserved characters is percent-encoded")
  func escapesReservedAndUnicode() {
    #expect(QueryEncoding.escape("a b&c=d/e?f") == "a%20b%26c%3Dd%2Fe%3Ff")
    #expect(QueryEncoding.escape("A-z_0.9~") == "A-z_0.9~")
    #expect(QueryEncoding.escape("é") == "%C3%A9")
  }

  @Test("page token and order are passed through")
  func pagingParameters() {
    let query = ActiveNumberQuery(orderBy: .displayName, pageSize: 50, pageToken: "ab+/=")
    #expect(
      QueryEncoding.encode(query.queryItems) == "pageSize=50&pageToken=ab%2B%2F%3D&orderBy=displayName")
  }
}

import Foundation
import NumbersEmulator
import SinchNumbers
import Testing

/// The Numbers operations over HTTP: parameters decoded as the live API reads them, errors in its
/// format, and mutations applied exactly once.
@Suite("Numbers routes")
struct ServerRoutingTests {
  @Test func listsActiveNumbersWithFiltersAndPages() async throws {
    try await withServer { _, port in
      let page = try await exchange(
        port: port,
        request(
          "GET", "\(projectPath)/activeNumbers?regionCode=US&capability=SMS&capability=VOICE&pageSize=2"))
      #expect(page?.status == 200)
      let numbers = page?.json["activeNumbers"] as? [[String: Any]] ?? []
      #expect(numbers.count == 2)
      #expect(numbers.allSatisfy { $0["regionCode"] as? String == "US" })
      #expect((page?.json["totalSize"] as? Int ?? 0) >= 2)
      let token = try #require(page?.json["nextPageToken"] as? String)
      let encodedToken = token.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? token
      let next = try await exchange(
        port: port,
        request(
          "GET",
          "\(projectPath)/activeNumbers?regionCode=US&capability=SMS&capability=VOICE&pageSize=2&pageToken=\(encodedToken)"
        ))
      #expect(next?.status == 200)
    }
  }

  @Test func readsPlusInAQueryAsSpaceAndPercent2BAsPlus() async throws {
    try await withServer { _, port in
      let encoded = try await exchange(
        port: port, request("GET", "\(projectPath)/activeNumbers?numberPattern.pattern=%2B1208"))
      let numbers = encoded?.json["activeNumbers"] as? [[String: Any]] ?? []
      #expect(numbers.compactMap { $0["phoneNumber"] as? String } == ["+12086390939"])
    }
  }

  @Test func neverEmitsNull() async throws {
    try await withServer { _, port in
      let response = try await exchange(
        port: port, request("GET", "\(projectPath)/activeNumbers?pageSize=1000"))
      #expect(response?.status == 200)
      #expect(response?.text.contains("null") == false)
    }
  }

  @Test func refusesABadPageSizeWith400() async throws {
    try await withServer { _, port in
      for size in ["abc", "1.5", "99999999999"] {
        let response = try await exchange(
          port: port, request("GET", "\(projectPath)/activeNumbers?pageSize=\(size)"))
        #expect(response?.status == 400, "\(size)")
        #expect(response?.errorStatus == "INVALID_ARGUMENT")
      }
      let search = try await exchange(
        port: port, request("GET", "\(projectPath)/availableNumbers?regionCode=US&type=LOCAL&size=x"))
      #expect(search?.status == 400)
    }
  }

  @Test func requiresRegionCodeAndTypeToSearch() async throws {
    try await withServer { _, port in
      for query in ["", "regionCode=US", "type=LOCAL", "regionCode=&type=LOCAL"] {
        let response = try await exchange(
          port: port, request("GET", "\(projectPath)/availableNumbers?\(query)"))
        #expect(response?.status == 400, "\(query)")
        #expect(response?.errorStatus == "INVALID_ARGUMENT")
      }
      let found = try await exchange(
        port: port, request("GET", "\(projectPath)/availableNumbers?regionCode=US&type=LOCAL&size=1"))
      #expect(found?.status == 200)
      #expect((found?.json["availableNumbers"] as? [Any])?.count == 1)
    }
  }

  @Test func getsANumberWhosePlusIsLiteralOrEncoded() async throws {
    try await withServer { _, port in
      for number in ["+12086390939", "%2B12086390939", "%2b12086390939"] {
        let response = try await exchange(
          port: port, request("GET", "\(projectPath)/activeNumbers/\(number)"))
        #expect(response?.status == 200, "\(number)")
        #expect(response?.json["phoneNumber"] as? String == "+12086390939")
      }
    }
  }

  @Test func refusesAnInvalidPhoneNumberWithThePhoneNumberMessage() async throws {
    try await withServer { _, port in
      let response = try await exchange(
        port: port, request("GET", "\(projectPath)/activeNumbers/12086390939"))
      #expect(response?.status == 400)
      #expect(response?.errorStatus == "INVALID_ARGUMENT")
      let message = (response?.json["error"] as? [String: Any])?["message"] as? String ?? ""
      #expect(message.contains(PhoneNumberError.missingPlus("12086390939").description))
    }
  }

  @Test func answersAnUnknownNumberWith404AndResourceInfo() async throws {
    try await withServer { _, port in
      let response = try await exchange(
        port: port, request("GET", "\(projectPath)/activeNumbers/+19999999999"))
      #expect(response?.status == 404)
      #expect(response?.errorStatus == "NOT_FOUND")
    }
  }

  @Test func refusesAnotherProjectWith403() async throws {
    try await withServer { _, port in
      let response = try await exchange(port: port, request("GET", "/v1/projects/someone-else/activeNumbers"))
      #expect(response?.status == 403)
      #expect(response?.errorStatus == "PERMISSION_DENIED")
    }
  }

  @Test func refusesInvalidJSONWith400() async throws {
    try await withServer { server, port in
      for body in ["{", "[]", "\"text\"", "{\"displayName\": 5}"] {
        let response = try await exchange(
          port: port, request("PATCH", "\(projectPath)/activeNumbers/+12086390939", body: body))
        #expect(response?.status == 400, "\(body)")
        #expect(response?.errorStatus == "INVALID_ARGUMENT")
      }
      #expect(server.statistics.mutations(.updateActiveNumber) == 0)
    }
  }

  @Test func updatesANumberAndCountsTheMutation() async throws {
    try await withServer { server, port in
      let response = try await exchange(
        port: port,
        request(
          "PATCH", "\(projectPath)/activeNumbers/%2B12086390939", body: #"{"displayName":"Front desk"}"#))
      #expect(response?.status == 200)
      #expect(response?.json["displayName"] as? String == "Front desk")
      let read = try await exchange(port: port, request("GET", "\(projectPath)/activeNumbers/+12086390939"))
      #expect(read?.json["displayName"] as? String == "Front desk")
      #expect(server.statistics.mutations(.updateActiveNumber) == 1)
      #expect(server.statistics.calls(.getActiveNumber) == 1)
    }
  }

  @Test func releasesExactlyOnce() async throws {
    let sandbox = try Sandbox()
    try await withServer(sandbox: sandbox) { server, port in
      let path = "\(projectPath)/activeNumbers/+12086390939:release"
      let first = try await exchange(port: port, request("POST", path))
      #expect(first?.status == 200)
      #expect(first?.json["expireAt"] as? String != nil)
      let second = try await exchange(port: port, request("POST", path))
      #expect(second?.status == 404)
      #expect(server.statistics.mutations(.releaseNumber) == 1)
      #expect(server.statistics.calls(.releaseNumber) == 2)
      #expect(await sandbox.statistics().applied(.releaseNumber) == 1)
    }
  }

  @Test func rentsWithAnEmptyBodyAndRentsAny() async throws {
    try await withServer { server, port in
      let search = try await exchange(
        port: port, request("GET", "\(projectPath)/availableNumbers?regionCode=US&type=LOCAL&size=1"))
      let available = (search?.json["availableNumbers"] as? [[String: Any]])?.first
      let number = try #require(available?["phoneNumber"] as? String)
      let check = try await exchange(port: port, request("GET", "\(projectPath)/availableNumbers/\(number)"))
      #expect(check?.status == 200)
      let rented = try await exchange(
        port: port, request("POST", "\(projectPath)/availableNumbers/\(number):rent"))
      #expect(rented?.status == 200)
      #expect(rented?.json["phoneNumber"] as? String == number)
      let missingBody = try await exchange(
        port: port, request("POST", "\(projectPath)/availableNumbers:rentAny"))
      #expect(missingBody?.status == 400)
      let any = try await exchange(
        port: port,
        request(
          "POST", "\(projectPath)/availableNumbers:rentAny", body: #"{"regionCode":"US","type":"LOCAL"}"#))
      #expect(any?.status == 200)
      #expect(server.statistics.mutations(.rentNumber) == 1)
      #expect(server.statistics.mutations(.rentAnyNumber) == 1)
    }
  }

  @Test func listsRegionsFilteredByType() async throws {
    try await withServer { _, port in
      let all = try await exchange(port: port, request("GET", "\(projectPath)/availableRegions"))
      let mobile = try await exchange(
        port: port, request("GET", "\(projectPath)/availableRegions?types=MOBILE"))
      let allRegions = all?.json["availableRegions"] as? [[String: Any]] ?? []
      let mobileRegions = mobile?.json["availableRegions"] as? [[String: Any]] ?? []
      #expect(!allRegions.isEmpty)
      #expect(mobileRegions.count <= allRegions.count)
      #expect(mobileRegions.allSatisfy { ($0["types"] as? [String])?.contains("MOBILE") == true })
    }
  }

  @Test func updatesTheCallbackConfiguration() async throws {
    try await withServer { server, port in
      let secret = "0123456789abcdef0123456789abcdef"
      let response = try await exchange(
        port: port,
        request("PATCH", "\(projectPath)/callbackConfiguration", body: "{\"hmacSecret\":\"\(secret)\"}"))
      #expect(response?.status == 200)
      #expect(response?.json["hmacSecret"] as? String == secret)
      let refused = try await exchange(
        port: port, request("PATCH", "\(projectPath)/callbackConfiguration", body: #"{"hmacSecret":"short"}"#)
      )
      #expect(refused?.status == 400)
      #expect(server.statistics.mutations(.updateCallbackConfiguration) == 1)
    }
  }
}

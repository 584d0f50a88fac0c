import Foundation
import NumbersEmulator
import Testing

/// Keys and tokens: with a key configured every Numbers call needs Basic or Bearer auth.
@Suite("Server authentication")
struct ServerAuthTests {
  private let tokenRequest = request(
    "POST", "/oauth2/token",
    headers: [basicAuthorization, "Content-Type: application/x-www-form-urlencoded"],
    body: "grant_type=client_credentials")

  @Test func refusesNumbersCallsWithoutValidCredentials() async throws {
    try await withServer {
      $0.credentials = testKey
    } _: { _, port in
      let wrongKey = "Authorization: Basic " + Data("key-id:wrong".utf8).base64EncodedString()
      for headers in [[], [wrongKey], ["Authorization: Bearer made-up"], ["Authorization: Digest x"]] {
        let response = try await exchange(
          port: port, request("GET", "\(projectPath)/activeNumbers", headers: headers))
        #expect(response?.status == 401, "\(headers)")
        #expect(response?.errorStatus == "UNAUTHENTICATED")
        #expect(response?.headers["www-authenticate"]?.contains("expired") != true)
      }
      let allowed = try await exchange(
        port: port, request("GET", "\(projectPath)/activeNumbers", headers: [basicAuthorization]))
      #expect(allowed?.status == 200)
    }
  }

  @Test func issuesTokensThatAuthenticate() async throws {
    try await withServer {
      $0.credentials = testKey
    } _: { server, port in
      let response = try await exchange(port: port, tokenRequest)
      #expect(response?.status == 200)
      #expect(response?.json["token_type"] as? String == "bearer")
      #expect(response?.json["expires_in"] as? Int == 3600)
      #expect(response?.json["scope"] as? String == "")
      let token = try #require(response?.json["access_token"] as? String)
      let call = try await exchange(
        port: port,
        request("GET", "\(projectPath)/activeNumbers", headers: ["Authorization: Bearer \(token)"]))
      #expect(call?.status == 200)
      let another = try await exchange(port: port, tokenRequest)
      #expect(another?.json["access_token"] as? String != token)
      #expect(server.statistics.tokensIssued == 2)
    }
  }

  @Test func refusesWrongClientCredentialsAndGrants() async throws {
    try await withServer {
      $0.credentials = testKey
    } _: { _, port in
      let wrongKey = "Authorization: Basic " + Data("key-id:nope".utf8).base64EncodedString()
      let refused = try await exchange(
        port: port,
        request("POST", "/oauth2/token", headers: [wrongKey], body: "grant_type=client_credentials"))
      #expect(refused?.status == 401)
      #expect(refused?.text == #"{"error":"invalid_client"}"#)
      let noKey = try await exchange(
        port: port, request("POST", "/oauth2/token", body: "grant_type=client_credentials"))
      #expect(noKey?.status == 401)
      let grant = try await exchange(
        port: port,
        request("POST", "/oauth2/token", headers: [basicAuthorization], body: "grant_type=password"))
      #expect(grant?.status == 400)
      #expect(grant?.text == #"{"error":"unsupported_grant_type"}"#)
      let formKey = try await exchange(
        port: port,
        request(
          "POST", "/oauth2/token",
          body: "grant_type=client_credentials&client_id=key-id&client_secret=key-secret"))
      #expect(formKey?.status == 200)
    }
  }

  @Test func saysAnExpiredTokenExpired() async throws {
    try await withServer {
      $0.credentials = testKey
      $0.tokenLifetime = 1
    } _: { _, port in
      let response = try await exchange(port: port, tokenRequest)
      #expect(response?.json["expires_in"] as? Int == 1)
      let token = try #require(response?.json["access_token"] as? String)
      try await Task.sleep(for: .milliseconds(1_200))
      let expired = try await exchange(
        port: port,
        request("GET", "\(projectPath)/activeNumbers", headers: ["Authorization: Bearer \(token)"]))
      #expect(expired?.status == 401)
      #expect(
        expired?.headers["www-authenticate"] == #"Bearer error="invalid_token", error_description="expired""#)
      #expect(expired?.errorStatus == "UNAUTHENTICATED")
    }
  }

  @Test func checksNothingWithoutAConfiguredKey() async throws {
    try await withServer { _, port in
      let response = try await exchange(
        port: port,
        request("GET", "\(projectPath)/activeNumbers", headers: ["Authorization: Bearer anything"]))
      #expect(response?.status == 200)
      let token = try await exchange(
        port: port, request("POST", "/oauth2/token", body: "grant_type=client_credentials"))
      #expect(token?.status == 200)
    }
  }
}

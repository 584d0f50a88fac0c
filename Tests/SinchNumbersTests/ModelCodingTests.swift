import Foundation
import SinchNumbers
import Testing

@Suite("Model coding")
struct ModelCodingTests {
  private func json<T: Encodable>(_ value: T) throws -> String {
    String(decoding: try JSONCoding.encode(value), as: UTF8.self)
  }

  @Test("an update body carries only the fields given and never null")
  func updateBodyOmitsMissingFields() throws {
    #expect(try json(ActiveNumberUpdate(displayName: "Support")) == #"{"displayName":"Support"}"#)
    let unlink = ActiveNumberUpdate(smsConfiguration: SMSConfiguration(servicePlanId: ""))
    #expect(try json(unlink) == #"{"smsConfiguration":{"servicePlanId":""}}"#)
    let voice = ActiveNumberUpdate(voiceConfiguration: VoiceConfiguration(type: .est, trunkId: "t1"))
    #expect(try json(voice) == #"{"voiceConfiguration":{"trunkId":"t1","type":"EST"}}"#)
    #expect(ActiveNumberUpdate().isEmpty)
    #expect(!(try json(ActiveNumber(phoneNumber: "+12086390939")).contains("null")))
  }

  @Test("null, empty strings and unknown enum values are accepted")
  func lenientDecoding() throws {
    let text = #"""
      {"phoneNumber":"+12086390939","type":"SATELLITE","capability":["SMS","FAX2"],
       "paymentIntervalMonths":"3","expireAt":null,"money":"","smsConfiguration":null,
       "voiceConfiguration":{"type":""},"unknownField":{"a":1}}
      """#
    let number = try JSONDecoder().decode(ActiveNumber.self, from: Data(text.utf8))
    #expect(number.type == NumberType(rawValue: "SATELLITE"))
    #expect(number.type?.isKnown == false)
    #expect(number.capability == [.sms, "FAX2"])
    #expect(number.paymentIntervalMonths == 3)
    #expect(number.expireAt == nil)
    #expect(number.money == nil)
    #expect(number.voiceConfiguration?.type == nil)
  }

  @Test("error bodies give status, code, message and field violations")
  func errorBodiesParse() {
    let body = #"""
      {"error":{"code":400,"message":"Invalid page size","status":"INVALID_ARGUMENT",
      "details":[{"type":"BadRequest","fieldViolations":[{"field":"pageSize","description":"must be at most 1000"}]}]}}
      """#
    let error = APIError(httpStatus: 400, body: Array(body.utf8))
    #expect(error.status == "INVALID_ARGUMENT")
    #expect(error.message == "Invalid page size")
    #expect(error.fieldViolations == [FieldViolation(field: "pageSize", description: "must be at most 1000")])
    #expect(error.description == "Invalid page size (400 INVALID_ARGUMENT); pageSize: must be at most 1000")
  }

  @Test("an error body that is not JSON still gives a readable message")
  func nonJSONErrorBody() {
    #expect(APIError(httpStatus: 502, body: Array("<html>bad".utf8)).message == "<html>bad")
    #expect(APIError(httpStatus: 503, body: []).message == "Service Unavailable")
    #expect(APIError(httpStatus: 503, body: [0, 1, 2]).message == "Service Unavailable")
  }

  @Test("credentials never print their secret")
  func credentialsRedacted() {
    let credentials = Credentials(keyId: "key-1", keySecret: "s3cr3t-value")
    #expect(!"\(credentials)".contains("s3cr3t"))
    #expect(!String(reflecting: credentials).contains("s3cr3t"))
  }

  @Test("plain HTTP carries credentials only to loopback")
  func transportSecurity() {
    #expect(TransportSecurity.allowsCredentials(to: URL(string: "https://numbers.api.sinch.com")!))
    #expect(TransportSecurity.allowsCredentials(to: URL(string: "http://127.0.0.1:8080")!))
    #expect(TransportSecurity.allowsCredentials(to: URL(string: "http://localhost:1")!))
    #expect(TransportSecurity.allowsCredentials(to: URL(string: "http://[::1]:1")!))
    #expect(!TransportSecurity.allowsCredentials(to: URL(string: "http://example.com")!))
    #expect(!TransportSecurity.allowsCredentials(to: URL(string: "http://127.0.0.1.example.com")!))
    #expect(!TransportSecurity.allowsCredentials(to: URL(string: "ftp://127.0.0.1")!))
  }
}

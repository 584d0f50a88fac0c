import Testing

@testable import SNSLanguage

/// Every example of LANGUAGE.md parses, and the headline script has the tree it should.
@Suite struct LanguageExamplesTests {
  @Test func theHeadlineScript() {
    let script = """
      # rename every US local number that has no name yet
      for n in (ls region=US type=LOCAL) {
          if $n.displayName == "" {
              set $n name="Support $n.regionCode"
          }
      }
      ls region=US | where .displayName =~ "^Support" | count
      """
    #expect(
      dumpAST(script) == """
        (for n (ls region="US" type="LOCAL") {(if (== (. $n displayName) "") {(set $n name=(interp "Support " (. $n regionCode)))})})
        (| (ls region="US") (where (=~ (. $it displayName) "^Support")) (count))
        """)
  }

  @Test(arguments: [
    // §2 and §3
    "#!/usr/bin/env sns\nls",
    "x = 42; y = -7; z = 2.5; w = -0.75",
    #"s = "quote \" backslash \\ newline \n tab \t return \r dollar \$ smile \u{1F600}""#,
    "r = 'raw $x \\n'",
    #"echo "next: $($i + 1)" "$name" "$name.field.sub" "$name[0]""#,
    "show +12086390939",
    "echo US LOCAL 957ae16ae12d4942b91b61eda5e4ed6b true false null 42 2.5",
    #"l = [1, "a", +12086390939]"#,
    #"r = {name: "Support", region: "US"}"#,
    #"x = $r.x ?? "default""#,
    #"show "+1 (208) 639-0939""#,
    // §4
    "x = $a ?? $b or $c and not $d",
    "x = $a == $b; x = $a != $b; x = $a < $b; x = $a <= $b; x = $a > $b; x = $a >= $b",
    #"x = $s =~ "^Sup"; x = $s !~ "x"; x = "a" in $l"#,
    "x = 1..10; x = 1 + 2 - 3; x = 4 * 5 / 6 % 7; x = -$y",
    "x = $r.field; x = $l[0]; x = $l[-1]; x = .field; x = (ls); x = [1]; x = {a: 1}",
    // §5
    "nums = ls region=US",
    "name += 1",
    "if $c { echo 1 } else if $d { echo 2 } else { echo 3 }",
    "for x in $list { echo $x }\nfor i in 1..3 { echo $i }\nfor item in {a: 1} { echo $item.key $item.value }",
    "while $c { break }\nwhile $c { continue }",
    "def name(a, b = 2) { return $a + $b }\nname 1 b=3",
    "def f() { return }\ndef g() { return ls | count }",
    "try { release +12086390939 } catch err { echo $err.message $err.kind $err.status $err.code $err.line $err.column }",
    "exit\nexit 3",
    #"source "file.sns""#,
    "ls | count",
    "echo $args $env $last",
    // §6
    "echo (show +12086390939).displayName",
    "echo ($i + 1)",
    "ls | where .type == \"LOCAL\" | each -j 4 { set $it name=\"x\" } | count",
    "ls region=CC type=T capability=SMS,VOICE pattern=P match=start order=displayName limit=10",
    "show +12086390939",
    "set +12086390939 +12086390940 name=S plan=ID campaign=ID callback=https://example.com/cb voice=RTC app=ID",
    #"set $n plan="" campaign="""#,
    "release $nums --yes -j 8",
    "search region=US type=LOCAL capability=SMS pattern=206 match=contains limit=5",
    "check +12086390939",
    "rent +12086390939 plan=ID --yes",
    "rent region=US type=local pattern=206 match=start capability=SMS --yes",
    "regions type=MOBILE",
    "callbacks\ncallbacks secret=0123456789abcdef0123456789abcdef",
    "ls | where .displayName == \"\"",
    "ls | each { $it.phoneNumber }",
    "ls | sort displayName -r | first 3 | last 2 | count",
    "ls | select phoneNumber displayName smsConfiguration.servicePlanId | get phoneNumber",
    "ls | uniq | reverse | flatten | group type",
    "ls | to json; ls | to csv; ls | to table; ls | to text",
    "open numbers.json | from csv; ls | save ./out/numbers.csv",
    #"echo a b; len $l; type $x; str 1; int "2"; decimal "2.5"; upper "a"; lower "A"; trim " a ""#,
    #"split "a,b" ","; join $l ","; replace "abc" "b" "x"; keys $r; values $r; now; sleep 0.5"#,
    #"assert ($x > 1) "x must be big"; error "boom"; confirm "Go on?"; input "Name: ""#,
    "help; help release; history 10; vars",
    "option output json; option dry-run on; option color off; option confirm on",
    "profile; profile work; login work; status",
    // §7
    #"set $n name="x""#,
  ])
  func everyExampleParses(source: String) {
    #expect(!dumpAST(source).isEmpty)
  }
}

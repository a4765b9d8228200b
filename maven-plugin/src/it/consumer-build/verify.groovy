// Runs after the five invocations of invoker.properties; build.log holds all of them.
def log = new File(basedir, 'build.log').text

// 1. Passing run: both mocks served the Failsafe tests, verify and diff passed.
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 1')
assert log.contains('keeps the contract')
assert new File(basedir, 'target/paycontract-verify/TEST-verify-contract.xml').isFile()
assert log.contains('(failOnFindings=false)')
assert !(log =~ /Breaking changes from .*payments\.yaml to .*payments-optional-field\.yaml/)

// 2. Failing Failsafe run: the test failed, and stop still ran for both mocks (twice in all).
assert log.contains('Tests run: 3, Failures: 1, Errors: 0, Skipped: 0')
assert log.count("mock 'contract' stopped") == 2
assert log.count("mock 'upstream' stopped") == 2

// 3. A missing spec names the file.
assert log =~ /Spec not found: .*src.test.openapi.no-such-spec\.yaml \(from <specs> of the mock 'missing'\)/

// 4. The drifted upstream fails verify, with the failing build's message.
assert log =~ /http:\/\/127\.0\.0\.1:\d+ breaks the contract: see the findings above/
assert !new File(basedir, 'target/paycontract-verify/TEST-verify-drifted.xml').text.contains('failures="0"')

// 5. A narrowed request enum is a breaking change, in plain words.
assert log =~ /Breaking changes from .*payments\.yaml to .*payments-narrowed-enum\.yaml/

// Every mock that was started, in every invocation, is gone: its port no longer answers.
def started = (log =~ /mock '([a-z]+)' listening on (http:\/\/[0-9.]+:\d+)/).collect { [it[1], it[2]] }
assert started*.get(0).toSet() == ['contract', 'upstream', 'drifted'] as Set
started.each { name, url ->
  def u = new URL(url)
  try {
    new Socket(u.host, u.port).close()
    assert false : "mock '$name' still listens on $url"
  } catch (ConnectException expected) {
  }
}
return true

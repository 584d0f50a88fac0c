#!/usr/bin/env python3
"""The sns benchmark harness: runs every comparison of docs/BENCHMARKS.md and prints a table.

scripts/bench/run builds sns in release mode and installs the peers, then calls this file:
usage: bench.py --bin DIR [--quick] [--runs N] [--only NAME,...] [--json FILE]

Each measured command is its own child process; its wall time is taken around fork and wait,
and its peak RSS is GNU time's %M (see measure). Every comparison runs each command N times (5,
or 2 with --quick; start-up 10 or 3) after one unmeasured warm-up run, interleaving the commands
round-robin, and reports the median. Each workload gets a fresh sns-emulator with a key (so sns
and the SDK do OAuth against its /oauth2/token); the bulk rename gets a fresh one for every run,
and every run is checked afterwards against the emulator's own listing.
"""
import argparse
import base64
import json
import os
import platform
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

PROJECT = "0994c893-4d74-4455-8259-4f5c68d92f6f"
KEY_ID = "bench"
KEY_SECRET = "bench-secret"
MIB = 1024 * 1024
HERE = os.path.dirname(os.path.abspath(__file__))
GNU_TIME = "/usr/bin/time"


class BenchError(Exception):
    pass


# --------------------------------------------------------------------------------------------
# Processes


class Result:
    def __init__(self, wall, rss_kib, code, stdout, stderr):
        self.wall, self.rss_kib, self.code, self.stdout, self.stderr = wall, rss_kib, code, stdout, stderr


def measure(argv, env=None, timeout=120, cwd=None, rss=True):
    """Runs argv once; returns its wall time, peak RSS (KiB, or None), exit code, stdout, stderr.

    With rss, the command runs under GNU time (`/usr/bin/time -f %M`), which forks from its own
    small process: a child forked straight from this Python would inherit the harness's RSS as
    its starting high-water mark (Linux keeps the pre-exec maximum in ru_maxrss). The wall time is
    taken here, around fork and wait, so with rss it includes GNU time's own fork and exec (about
    a millisecond); short commands are therefore timed without it (see Bench.repeat).
    """
    out = tempfile.TemporaryFile()
    err = tempfile.TemporaryFile()
    rss_name = None
    if rss:
        handle, rss_name = tempfile.mkstemp(prefix="rss-")
        os.close(handle)
        argv = [GNU_TIME, "-f", "%M", "-o", rss_name, "--"] + argv
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env, cwd=cwd,
        start_new_session=True)
    timer = threading.Timer(timeout, lambda: _kill_group(process.pid))
    timer.start()
    try:
        _, status = os.waitpid(process.pid, 0)
    finally:
        timer.cancel()
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    rss_kib = None
    if rss_name:
        with open(rss_name) as handle:
            lines = handle.read().split()
        os.unlink(rss_name)
        rss_kib = int(lines[-1]) if lines and lines[-1].isdigit() else None
    out.seek(0)
    err.seek(0)
    stdout = out.read().decode(errors="replace")
    stderr = err.read().decode(errors="replace")
    out.close()
    err.close()
    if wall >= timeout:
        raise BenchError(f"timed out after {timeout:g} s: {shlex.join(argv)}")
    return Result(wall, rss_kib, code, stdout, stderr)


def _kill_group(pid):
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


class Emulator:
    """A fresh sns-emulator on a free loopback port, with a key, stopped on exit."""

    def __init__(self, binary, numbers=0, latency=0, seed=1):
        argv = [binary, "--port", "0", "--project", PROJECT, "--key-id", KEY_ID,
                "--key-secret", KEY_SECRET]
        if numbers:
            argv += ["--numbers", str(numbers), "--seed", str(seed)]
        if latency:
            argv += ["--latency", str(latency)]
        self.argv = argv
        self.process = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            start_new_session=True)
        timer = threading.Timer(60, lambda: _kill_group(self.process.pid))
        timer.start()
        line = self.process.stdout.readline().decode().strip()
        timer.cancel()
        prefix = "listening on "
        if not line.startswith(prefix):
            self.stop()
            raise BenchError(f"sns-emulator did not start: {line!r}")
        self.url = line[len(prefix):]
        # Drain stdout so a chatty emulator never blocks on a full pipe.
        threading.Thread(target=self.process.stdout.read, daemon=True).start()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                _kill_group(self.process.pid)
                self.process.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    def list_all(self, **query):
        """Every active number, straight from the emulator (Basic auth, pages of 1000)."""
        auth = base64.b64encode(f"{KEY_ID}:{KEY_SECRET}".encode()).decode()
        numbers, token = [], None
        while True:
            params = dict(query, pageSize=1000)
            if token:
                params["pageToken"] = token
            url = f"{self.url}/v1/projects/{PROJECT}/activeNumbers?{urllib.parse.urlencode(params)}"
            request = urllib.request.Request(url, headers={"Authorization": f"Basic {auth}"})
            with urllib.request.urlopen(request, timeout=30) as response:
                page = json.load(response)
            numbers += page.get("activeNumbers", [])
            token = page.get("nextPageToken")
            if not token:
                return numbers


# --------------------------------------------------------------------------------------------
# Workloads


class Bench:
    def __init__(self, args):
        self.args = args
        self.bin = os.path.abspath(args.bin)
        self.sns = os.path.join(self.bin, "sns")
        self.emulator_bin = os.path.join(self.bin, "sns-emulator")
        self.runs = args.runs or (2 if args.quick else 5)
        self.work = tempfile.mkdtemp(prefix="sns-bench-")
        self.home = os.path.join(self.work, "home")
        # A profile for the one-shot's informational Basic-auth row (sns refuses a readable file).
        config = os.path.join(self.home, ".config", "sns")
        os.makedirs(config)
        with open(os.path.join(config, "config"), "w") as handle:
            handle.write(f"[bench]\nproject = {PROJECT}\nkey_id = {KEY_ID}\n"
                         f"key_secret = {KEY_SECRET}\nauth = basic\n")
        os.chmod(os.path.join(config, "config"), 0o600)
        self.rows = []       # comparison rows: dict(comparison, command, median, unit, runs)
        self.goals = []      # dict(comparison, goal, value, target, ok)
        self.commands = []   # (comparison, label, shell text)
        self.notes = []

    # The environment every command runs in: no sns profile, no credentials unless given.
    def env(self, emulator=None):
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("SINCH_") and k not in ("SNS_PROFILE",)}
        env["HOME"] = self.home
        env["NO_COLOR"] = "1"
        if emulator:
            env.update(SINCH_PROJECT_ID=PROJECT, SINCH_KEY_ID=KEY_ID, SINCH_KEY_SECRET=KEY_SECRET,
                       BENCH_API=emulator.url)
        return env

    def script(self, name, text):
        path = os.path.join(self.work, name)
        with open(path, "w") as handle:
            handle.write(text)
        return path

    def record_command(self, comparison, label, argv, env_note=""):
        text = shlex.join(argv).replace(self.work + "/", "$BENCH/").replace(self.bin + "/", "")
        self.commands.append((comparison, label, (env_note + " " if env_note else "") + text))

    def repeat(self, comparison, label, make, **options):
        """One command alone: see compare."""
        return self.compare(dict(comparison=comparison, label=label, make=make, **options))[0]

    def compare(self, *specs):
        """Runs the commands of specs round-robin, N times each; returns their rows in order.

        Interleaving (a, b, c, a, b, c, ...) rather than a five times then b five times keeps a
        burst of load from the machine's other tenants from landing on one command only.
        """
        series = [self._series(**spec) for spec in specs]
        rows = [None] * len(series)
        live = list(range(len(series)))
        while live:
            for index in list(live):
                try:
                    next(series[index])
                except StopIteration as stop:
                    rows[index] = stop.value
                    live.remove(index)
        for row in rows:
            self.rows.append(row)
            walls = row["walls"]
            print(f"  {row['command']:<34} median {fmt_time(row['median']):>9}  "
                  f"(min {fmt_time(min(walls))}, max {fmt_time(max(walls))}, "
                  f"peak RSS {row['rss_mib']:.1f} MiB, n={len(walls)})", flush=True)
        return rows

    def _series(self, comparison, label, make, check=None, timeout=120, warmup=True, env_note="",
                rss_each=False, runs=None):
        """Runs make() -> (argv, env, context) N times (plus a warm-up), yielding after each run;
        returns the row with the median.

        make is called for every run so that a run may get its own emulator; context, if not
        None, has a stop() called after the run, and check(result, context) validates the run.
        The warm-up run (or, without one, every run) measures the peak RSS under GNU time; with
        rss_each every run does, for commands long enough that GNU time's own millisecond is noise.
        """
        walls, rss = [], []
        total = (runs or self.runs) + (1 if warmup else 0)
        for attempt in range(total):
            argv, env, context = make()
            if attempt == 0:
                self.record_command(comparison, label, argv, env_note)
            try:
                result = measure(argv, env=env, timeout=timeout,
                                 rss=rss_each or not warmup or attempt == 0)
                if result.code != 0:
                    raise BenchError(f"{label}: exit {result.code}: {result.stderr.strip()[:500]}")
                if check:
                    check(result, context)
            finally:
                if context is not None:
                    context.stop()
            if result.rss_kib is not None:
                rss.append(result.rss_kib)
            if not (warmup and attempt == 0):
                walls.append(result.wall)
            yield
        return dict(comparison=comparison, command=label, median=statistics.median(walls),
                    rss_mib=max(rss) / 1024, rss_runs=len(rss), walls=walls,
                    spread=(min(walls), max(walls)))

    def goal(self, comparison, text, value, target, ok, unit="×"):
        self.goals.append(dict(comparison=comparison, goal=text, value=value, unit=unit,
                               target=target, ok=ok))
        shown = f"{value:.2f}{unit}" if unit == "×" else f"{value:.1f} {unit}"
        print(f"  {'PASS' if ok else 'MISS'}  {text}: {shown}", flush=True)

    # -- one-shot -------------------------------------------------------------------------

    def one_shot(self):
        print("one-shot: ls region=US over HTTP", flush=True)
        with Emulator(self.emulator_bin) as emulator:
            env = self.env(emulator)
            expected = len(emulator.list_all(regionCode="US"))
            if expected == 0:
                raise BenchError("the emulator has no US numbers")

            def rows_of(result):
                return sum(1 for line in result.stdout.splitlines() if "+1" in line)

            def sns_check(result, _):
                if rows_of(result) < expected:
                    raise BenchError(f"sns listed {rows_of(result)} of {expected} US numbers")

            url = f"{emulator.url}/v1/projects/{PROJECT}/activeNumbers?regionCode=US"

            def curl_check(result, _):
                got = len(json.loads(result.stdout).get("activeNumbers", []))
                if got != expected:
                    raise BenchError(f"curl got {got} of {expected} US numbers")

            # What sns asks for: the real API wants a type, so ls asks once per type.
            typed = [f"{url}&type={kind}" for kind in ("LOCAL", "MOBILE", "TOLL_FREE")]
            oauth_curl = self.script("oneshot_curl_oauth.sh", CURL_OAUTH_ONESHOT)
            sdk_script = self.script("oneshot_sdk.py", SDK_ONESHOT)

            def sdk_check(result, _):
                got = len(result.stdout.split())
                if got != expected:
                    raise BenchError(f"the SDK listed {got} of {expected} US numbers")

            sns, _, curl, _, _, sdk = self.compare(
                dict(comparison="one-shot", label="sns -c 'ls region=US'", make=lambda: (
                    [self.sns, "--api", emulator.url, "-c", "ls region=US"], env, None),
                    check=sns_check, timeout=60, env_note="SINCH_*=…"),
                dict(comparison="one-shot", label="sns, Basic auth profile [info]", make=lambda: (
                    [self.sns, "--profile", "bench", "--api", emulator.url, "-c", "ls region=US"],
                    self.env(), None), check=sns_check, timeout=60),
                dict(comparison="one-shot", label="curl (Basic auth, 1 request)", make=lambda: (
                    ["curl", "-sSf", "-u", f"{KEY_ID}:{KEY_SECRET}", url], env, None),
                    check=curl_check, timeout=60),
                dict(comparison="one-shot", label="curl, 3 requests by type [info]", make=lambda: (
                    ["curl", "-sSf", "-u", f"{KEY_ID}:{KEY_SECRET}"] + typed, env, None),
                    timeout=60),
                dict(comparison="one-shot", label="curl+jq (OAuth, 2 requests) [info]",
                     make=lambda: (["bash", oauth_curl, emulator.url, PROJECT], env, None),
                     check=curl_check, timeout=60, env_note="SINCH_*=…"),
                dict(comparison="one-shot", label="python3 + sinch SDK", make=lambda: (
                    [sys.executable, sdk_script], env, None), check=sdk_check, timeout=60,
                    env_note="SINCH_*=… BENCH_API=URL"))
        ratio = sns["median"] / curl["median"]
        self.goal("one-shot", "sns ≤ 2.0× curl", ratio, 2.0, ratio <= 2.0)
        ratio = sdk["median"] / sns["median"]
        self.goal("one-shot", "Python SDK ≥ 5× sns", ratio, 5.0, ratio >= 5.0)

    # -- bulk -----------------------------------------------------------------------------

    def bulk(self):
        numbers, latency = self.args.bulk_numbers, 2
        print(f"bulk: rename every number (--numbers {numbers} --latency {latency})", flush=True)
        name = "Bench renamed"

        def fresh():
            return Emulator(self.emulator_bin, numbers=numbers, latency=latency)

        def verify(_, emulator):
            listing = emulator.list_all()
            renamed = sum(1 for n in listing if n.get("displayName") == name)
            if renamed != len(listing) or renamed < numbers:
                raise BenchError(f"only {renamed} of {len(listing)} numbers were renamed")
            self.bulk_total = len(listing)

        def sns_run(text):
            def make():
                emulator = fresh()
                return ([self.sns, "--api", emulator.url, "--quiet", "-c", text],
                        self.env(emulator), emulator)
            return make

        timeout = 240
        sdk_script = self.script("bulk_sdk.py", SDK_BULK)
        curl_script = self.script("bulk_curl.sh", CURL_BULK)

        def sdk_make():
            emulator = fresh()
            return [sys.executable, sdk_script, name], self.env(emulator), emulator

        def curl_make():
            emulator = fresh()
            return ["bash", curl_script, emulator.url, PROJECT, name], self.env(emulator), emulator

        common = dict(comparison="bulk", check=verify, timeout=timeout, warmup=False)
        loop, each, sdk, curl = self.compare(
            dict(common, label="sns for loop", make=sns_run(
                f'for n in (ls) {{ set $n name="{name}" }}'), env_note="SINCH_*=…"),
            dict(common, label="sns each -j 16", make=sns_run(
                f'ls | each -j 16 {{ set $it name="{name}" }}'), env_note="SINCH_*=…"),
            dict(common, label="python3 + sinch SDK loop", make=sdk_make,
                 env_note="SINCH_*=… BENCH_API=URL"),
            dict(common, label="bash loop of curl (+jq)", make=curl_make, env_note="SINCH_*=…"))
        self.notes.append(f"bulk: {self.bulk_total} numbers renamed per run "
                          f"({numbers} synthetic + the Sandbox's own)")
        ratio = sdk["median"] / loop["median"]
        self.goal("bulk", "SDK loop ≥ 1.5× sns for", ratio, 1.5, ratio >= 1.5)
        ratio = sdk["median"] / each["median"]
        self.goal("bulk", "SDK loop ≥ 8× sns each -j 16", ratio, 8.0, ratio >= 8.0)
        ratio = curl["median"] / loop["median"]
        self.goal("bulk", "bash+curl ≥ 3× sns for", ratio, 3.0, ratio >= 3.0)

    # -- interpreter ----------------------------------------------------------------------

    def interpreter(self):
        count = self.args.iterations
        print(f"interpreter: {count:,} iterations of s = s + i * 2, "
              f"a string append every 1,000th", flush=True)
        expected_sum = 2 * (count - 1) * count // 2
        expected = f"{expected_sum} {count // 1000}"
        env = self.env()

        def check(result, _):
            if result.stdout.split() != expected.split():
                raise BenchError(f"printed {result.stdout.strip()!r}, expected {expected!r}")

        sns_file = self.script("loop.sns", SNS_LOOP.replace("COUNT", str(count - 1)))
        tcl_file = self.script("loop.tcl", TCL_LOOP.replace("COUNT", str(count)))
        py_file = self.script("loop.py", PY_LOOP.replace("COUNT", str(count)))
        common = dict(comparison="interpreter", check=check, timeout=300, rss_each=True)
        specs = [
            dict(common, label="sns loop.sns", make=lambda: ([self.sns, sns_file], env, None)),
            dict(common, label="tclsh loop.tcl", make=lambda: (["tclsh", tcl_file], env, None)),
            dict(common, label="python3 loop.py", make=lambda: (
                [sys.executable, py_file], env, None)),
        ]
        if not self.args.quick:
            sns_while = self.script("loop_while.sns", SNS_WHILE.replace("COUNT", str(count)))
            tcl_proc = self.script("loop_proc.tcl", TCL_PROC.replace("COUNT", str(count)))
            specs += [
                dict(common, label="sns loop_while.sns [info]", make=lambda: (
                    [self.sns, sns_while], env, None)),
                dict(common, label="tclsh loop_proc.tcl [info]", make=lambda: (
                    ["tclsh", tcl_proc], env, None)),
            ]
        sns, tcl, py = self.compare(*specs)[:3]
        self.loop_rss = sns["rss_mib"]
        ratio = sns["median"] / tcl["median"]
        self.goal("interpreter", "sns ≤ 1.0× tclsh", ratio, 1.0, ratio <= 1.0)
        ratio = sns["median"] / py["median"]
        self.goal("interpreter", "sns ≤ 1.0× python3", ratio, 1.0, ratio <= 1.0)

    # -- memory ---------------------------------------------------------------------------

    def memory(self):
        numbers = self.args.memory_numbers
        print(f"memory: peak RSS of ls | count over --numbers {numbers}", flush=True)
        with Emulator(self.emulator_bin, numbers=numbers) as emulator:
            total = len(emulator.list_all())

            def check(result, _):
                if str(total) not in result.stdout.split():
                    raise BenchError(f"ls | count printed {result.stdout.strip()!r}, expected {total}")

            row = self.repeat("memory", "sns -c 'ls | count'", lambda: (
                [self.sns, "--api", emulator.url, "-c", "ls | count"], self.env(emulator), None),
                check=check, timeout=300, env_note="SINCH_*=…", rss_each=True)
        self.notes.append(f"memory: ls | count counted {total} numbers")
        self.goal("memory", f"peak RSS of ls | count over {numbers} numbers ≤ 100 MiB",
                  row["rss_mib"], 100, row["rss_mib"] <= 100, unit="MiB")
        if hasattr(self, "loop_rss"):
            self.goal("memory", "peak RSS of the 1M loop ≤ 40 MiB", self.loop_rss, 40,
                      self.loop_rss <= 40, unit="MiB")

    # -- start-up -------------------------------------------------------------------------

    def startup(self):
        print("start-up: echo hi", flush=True)
        env = self.env()

        def check(result, _):
            if result.stdout.strip() != "hi":
                raise BenchError(f"printed {result.stdout.strip()!r}")

        hi_tcl = self.script("hi.tcl", "puts hi\n")
        common = dict(comparison="start-up", check=check, timeout=30,
                      runs=3 if self.args.quick else max(self.runs, 10))
        sns, tcl, _ = self.compare(
            dict(common, label="sns -c 'echo hi'", make=lambda: (
                [self.sns, "-c", "echo hi"], env, None)),
            dict(common, label="tclsh hi.tcl", make=lambda: (["tclsh", hi_tcl], env, None)),
            dict(common, label="python3 -c 'print(\"hi\")' [info]", make=lambda: (
                [sys.executable, "-c", "print('hi')"], env, None)))
        ratio = sns["median"] / tcl["median"]
        self.goal("start-up", "sns ≤ 3.0× tclsh", ratio, 3.0, ratio <= 3.0)


# --------------------------------------------------------------------------------------------
# The scripts each peer runs

SNS_LOOP = """\
s = 0
t = ""
for i in 0..COUNT {
    s = $s + $i * 2
    if $i % 1000 == 0 { t += "x" }
}
echo "$s $(len $t)"
"""

SNS_WHILE = """\
s = 0
t = ""
i = 0
while $i < COUNT {
    s = $s + $i * 2
    if $i % 1000 == 0 { t += "x" }
    i += 1
}
echo "$s $(len $t)"
"""

TCL_LOOP = """\
set s 0
set t ""
for {set i 0} {$i < COUNT} {incr i} {
    set s [expr {$s + $i * 2}]
    if {$i % 1000 == 0} { append t x }
}
puts "$s [string length $t]"
"""

TCL_PROC = """\
proc main {} {
    set s 0
    set t ""
    for {set i 0} {$i < COUNT} {incr i} {
        set s [expr {$s + $i * 2}]
        if {$i % 1000 == 0} { append t x }
    }
    puts "$s [string length $t]"
}
main
"""

PY_LOOP = """\
s = 0
t = ""
for i in range(COUNT):
    s = s + i * 2
    if i % 1000 == 0:
        t += "x"
print(s, len(t))
"""

SDK_COMMON = """\
import os
from sinch import SinchClient

client = SinchClient(
    project_id=os.environ["SINCH_PROJECT_ID"],
    key_id=os.environ["SINCH_KEY_ID"],
    key_secret=os.environ["SINCH_KEY_SECRET"],
)
# The SDK's own origins (sinch/core/clients/sinch_client_configuration.py), at the emulator.
client.configuration.numbers_origin = os.environ["BENCH_API"]
client.configuration.auth_origin = os.environ["BENCH_API"]
"""

SDK_ONESHOT = SDK_COMMON + """
for number in client.numbers.list(region_code="US").iterator():
    print(number.phone_number)
"""

SDK_BULK = SDK_COMMON + """
import sys

name = sys.argv[1]
for number in list(client.numbers.list().iterator()):
    client.numbers.update(phone_number=number.phone_number, display_name=name)
"""

CURL_OAUTH_ONESHOT = """\
set -euo pipefail
api=$1 project=$2
token=$(curl -sSf -u "$SINCH_KEY_ID:$SINCH_KEY_SECRET" -d grant_type=client_credentials \\
    "$api/oauth2/token" | jq -r .access_token)
curl -sSf -H "Authorization: Bearer $token" "$api/v1/projects/$project/activeNumbers?regionCode=US"
"""

CURL_BULK = """\
set -euo pipefail
api=$1 project=$2 name=$3
token=$(curl -sSf -u "$SINCH_KEY_ID:$SINCH_KEY_SECRET" -d grant_type=client_credentials \\
    "$api/oauth2/token" | jq -r .access_token)
numbers=() page=""
while :; do
    body=$(curl -sSf -H "Authorization: Bearer $token" \\
        "$api/v1/projects/$project/activeNumbers?pageSize=1000&pageToken=$page")
    mapfile -t -O "${#numbers[@]}" numbers < <(jq -r '.activeNumbers[].phoneNumber | @uri' <<<"$body")
    page=$(jq -r '.nextPageToken // empty' <<<"$body")
    [ -n "$page" ] || break
done
payload=$(jq -cn --arg name "$name" '{displayName: $name}')
for number in "${numbers[@]}"; do
    curl -sSf -o /dev/null -X PATCH -H "Authorization: Bearer $token" \\
        -H 'Content-Type: application/json' -d "$payload" \\
        "$api/v1/projects/$project/activeNumbers/$number"
done
"""


# --------------------------------------------------------------------------------------------
# Reporting


def fmt_time(seconds):
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s"


def machine():
    info = {"nproc": os.cpu_count()}
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as handle:
            kib = int(handle.readline().split()[1])
            info["memory"] = f"{kib / 1024 / 1024:.1f} GiB"
        with open("/etc/os-release") as handle:
            for line in handle:
                if line.startswith("PRETTY_NAME="):
                    info["os"] = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    info["kernel"] = platform.release()
    return info


def versions(bench):
    def first_line(argv, stdin=None):
        try:
            done = subprocess.run(argv, input=stdin, capture_output=True, text=True, timeout=30)
            return (done.stdout or done.stderr).strip().splitlines()[0]
        except (OSError, IndexError, subprocess.TimeoutExpired):
            return "missing"
    import importlib.metadata
    try:
        sdk = importlib.metadata.version("sinch")
    except importlib.metadata.PackageNotFoundError:
        sdk = "missing"
    return {
        "swift": first_line(["swift", "--version"]),
        "sns": first_line([bench.sns, "--version"]),
        "curl": first_line(["curl", "--version"]),
        "jq": first_line(["jq", "--version"]),
        "tclsh": first_line(["tclsh"], stdin="puts [info patchlevel]\n"),
        "python3": sys.version.split()[0] + f" ({sys.executable})",
        "sinch SDK": sdk,
        "bash": first_line(["bash", "--version"]),
    }


def table(bench):
    lines = ["| comparison | command | median wall | min – max | peak RSS (max) |",
             "|---|---|---:|---:|---:|"]
    for row in bench.rows:
        low, high = row["spread"]
        lines.append(f"| {row['comparison']} | {row['command']} | {fmt_time(row['median'])} | "
                     f"{fmt_time(low)} – {fmt_time(high)} | {row['rss_mib']:.1f} MiB |")
    lines += ["", "| comparison | goal | measured | result |", "|---|---|---:|:---:|"]
    for goal in bench.goals:
        shown = f"{goal['value']:.2f}×" if goal["unit"] == "×" else f"{goal['value']:.1f} MiB"
        lines.append(f"| {goal['comparison']} | {goal['goal']} | {shown} | "
                     f"{'PASS' if goal['ok'] else 'MISS'} |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", required=True, help="folder with sns and sns-emulator")
    parser.add_argument("--quick", action="store_true", help="2 runs each, smaller workloads")
    parser.add_argument("--runs", type=int, help="runs per command (default 5, --quick 2)")
    parser.add_argument("--only", help="comma-separated: one-shot,bulk,interpreter,memory,start-up")
    parser.add_argument("--json", help="write the rows and goals as JSON here")
    args = parser.parse_args()
    args.bulk_numbers = 200 if args.quick else 1000
    args.memory_numbers = 20000 if args.quick else 100000
    args.iterations = 1_000_000
    bench = Bench(args)
    for tool in ("curl", "jq", "tclsh", GNU_TIME):
        if not shutil.which(tool):
            raise SystemExit(f"bench: {tool} is missing (scripts/bench/run installs it)")
    workloads = {"one-shot": bench.one_shot, "bulk": bench.bulk, "interpreter": bench.interpreter,
                 "memory": bench.memory, "start-up": bench.startup}
    chosen = args.only.split(",") if args.only else list(workloads)
    started = time.monotonic()
    failures = []
    try:
        for name in chosen:
            try:
                workloads[name]()
            except BenchError as error:
                failures.append(f"{name}: {error}")
                print(f"  ERROR {name}: {error}", flush=True)
    finally:
        shutil.rmtree(bench.work, ignore_errors=True)
    elapsed = time.monotonic() - started
    info = machine()
    print()
    print("machine: " + ", ".join(f"{k} {v}" for k, v in info.items()))
    tools = versions(bench)
    for key, value in tools.items():
        print(f"  {key}: {value}")
    print()
    print(f"medians of {bench.runs} runs{' (--quick: smaller workloads)' if args.quick else ''}, "
          f"{elapsed:.0f} s in all")
    print(table(bench))
    for note in bench.notes:
        print(f"note: {note}")
    print("\ncommands ($BENCH is the harness's temporary folder; scripts are in bench.py):")
    for comparison, label, text in bench.commands:
        print(f"  [{comparison}] {label}: {text}")
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(dict(machine=info, versions=tools, rows=bench.rows, goals=bench.goals,
                           commands=bench.commands, notes=bench.notes, quick=args.quick,
                           runs=bench.runs, seconds=elapsed, failures=failures), handle, indent=2)
    if failures:
        print("\nfailures:\n  " + "\n  ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

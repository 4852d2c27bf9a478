"""Load run for scripts/load.sh: N signed-in sessions, each on its own user, loop over the
users page, a list call, the user's page, disable/enable and a group membership change, until
the time is up. Prints errors, latency percentiles and the server's resident memory."""

import argparse
import os
import statistics
import threading
import time
from collections import defaultdict

import boto3
import requests

ORIGIN = {"sec-fetch-site": "same-origin"}


def rss_kib(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


def cpu_seconds(pid):
    """User + system CPU time of a process so far."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    p = argparse.ArgumentParser()
    for name in ("base", "moto", "pool", "admin", "password"):
        p.add_argument(f"--{name}", required=True)
    p.add_argument("--server-pid", type=int, required=True)
    p.add_argument("--sessions", type=int, default=200)
    p.add_argument("--seconds", type=int, default=60)
    p.add_argument("--think-ms", type=int, default=1000,
                   help="pause between one session's requests (a person reading the page)")
    p.add_argument("--moto-pid", type=int)
    a = p.parse_args()

    idp = boto3.client("cognito-idp", endpoint_url=a.moto, region_name="us-east-1",
                       aws_access_key_id="local", aws_secret_access_key="local")
    users = [f"load-{i}@example.com" for i in range(a.sessions)]
    for u in users:
        idp.admin_create_user(UserPoolId=a.pool, Username=u, MessageAction="SUPPRESS",
                              UserAttributes=[{"Name": "email", "Value": u}])
    before = rss_kib(a.server_pid)

    samples = defaultdict(list)
    errors = defaultdict(int)
    lock = threading.Lock()
    start_barrier = threading.Barrier(a.sessions + 1)
    deadline = [0.0]

    def timed(kind, fn, expect=200):
        time.sleep(a.think_ms / 1000)
        t0 = time.perf_counter()
        try:
            r = fn()
            ok = r.status_code == expect
            detail = f"{kind} {r.status_code}"
        except requests.RequestException as e:
            ok, detail = False, f"{kind} {type(e).__name__}"
        ms = (time.perf_counter() - t0) * 1000
        with lock:
            samples[kind].append(ms)
            if not ok:
                errors[detail] += 1
        return ok

    def session(i):
        s = requests.Session()
        s.headers.update(ORIGIN)
        signed_in = timed("sign in", lambda: s.post(f"{a.base}/api/login",
                                                    data={"username": a.admin, "password": a.password}))
        start_barrier.wait()
        if not signed_in:
            return
        me = users[i]
        api = lambda name, **data: s.post(f"{a.base}/api/{name}", data={"pool_id": a.pool, **data},
                                          headers={"accept": "application/json"})
        while time.monotonic() < deadline[0]:
            timed("users page", lambda: s.get(f"{a.base}/pools/{a.pool}/users", allow_redirects=False))
            timed("list_users", lambda: api("list_users", page_size="20"))
            timed("user page", lambda: s.get(f"{a.base}/pools/{a.pool}/user", params={"name": me},
                                             allow_redirects=False))
            timed("set_user_enabled", lambda: api("set_user_enabled", username=me, enabled="false"))
            timed("set_user_enabled", lambda: api("set_user_enabled", username=me, enabled="true"))
            timed("add_user_to_group", lambda: api("add_user_to_group", username=me, group="user"))
            timed("remove_user_from_group", lambda: api("remove_user_from_group", username=me, group="user"))

    threads = [threading.Thread(target=session, args=(i,), daemon=True) for i in range(a.sessions)]
    for t in threads:
        t.start()
    start_barrier.wait()
    deadline[0] = time.monotonic() + a.seconds
    t0 = time.monotonic()
    cpu0 = {name: cpu_seconds(pid) for name, pid in (("server", a.server_pid), ("moto", a.moto_pid)) if pid}
    peak = before
    while any(t.is_alive() for t in threads):
        time.sleep(1)
        now = rss_kib(a.server_pid)
        peak = (max(peak[0], now[0]), max(peak[1], now[1]))
    elapsed = time.monotonic() - t0
    after = rss_kib(a.server_pid)
    cpu = {name: cpu_seconds(pid) - start for name, pid in (("server", a.server_pid), ("moto", a.moto_pid))
           if pid for n, start in cpu0.items() if n == name}

    total = sum(len(v) for v in samples.values())
    print(f"sessions {a.sessions}, think time {a.think_ms} ms, {elapsed:.0f} s, {total} requests "
          f"({total / elapsed:.1f}/s), errors {sum(errors.values())}")
    for detail, n in sorted(errors.items()):
        print(f"  error: {detail} x{n}")
    print(f"{'request':<24}{'count':>8}{'p50 ms':>10}{'p99 ms':>10}{'max ms':>10}")
    everything = []
    for kind, values in sorted(samples.items()):
        everything += values
        q = statistics.quantiles(values, n=100) if len(values) > 1 else values * 99
        print(f"{kind:<24}{len(values):>8}{q[49]:>10.1f}{q[98]:>10.1f}{max(values):>10.1f}")
    q = statistics.quantiles(everything, n=100)
    print(f"{'all':<24}{len(everything):>8}{q[49]:>10.1f}{q[98]:>10.1f}{max(everything):>10.1f}")
    print(f"server RSS: {before[0] / 1024:.1f} MiB before, {after[0] / 1024:.1f} MiB after, "
          f"peak {peak[1] / 1024:.1f} MiB")
    print("CPU during the run: " + ", ".join(f"{n} {c:.1f} s ({100 * c / elapsed:.0f}% of a core)"
                                             for n, c in cpu.items()))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Requests per second that sns-emulator serves to N concurrent keep-alive clients.

Each client is its own process (so Python's GIL does not cap the load) holding one kept-alive
connection and sending GETs for a fixed time; the total of answered requests over the time is
the figure. The clients share the machine's cores with the server, so it is a lower bound.
usage: emulator_rps.py BASE_URL PROJECT [CLIENTS] [SECONDS] [PATH]
"""
import http.client
import multiprocessing
import sys
import time
import urllib.parse


def client(base, path, seconds, results):
    url = urllib.parse.urlparse(base)
    connection = http.client.HTTPConnection(url.hostname, url.port)
    done = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise SystemExit(f"status {response.status} for {path}")
        done += 1
    results.put(done)


def main():
    base, project = sys.argv[1], sys.argv[2]
    clients = int(sys.argv[3]) if len(sys.argv) > 3 else 16
    seconds = float(sys.argv[4]) if len(sys.argv) > 4 else 5
    path = sys.argv[5] if len(sys.argv) > 5 else "activeNumbers/%2B12086390939"
    full = f"/v1/projects/{project}/{path}"
    results = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=client, args=(base, full, seconds, results))
        for _ in range(clients)
    ]
    for worker in workers:
        worker.start()
    total = sum(results.get() for _ in workers)
    for worker in workers:
        worker.join()
    print(f"{clients} clients, {seconds:g} s, GET {path}: {total} requests, {total / seconds:.0f} req/s")


if __name__ == "__main__":
    main()

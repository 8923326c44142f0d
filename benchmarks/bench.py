"""Speed and memory harness: warm per-draft latency, batch throughput, cold CLI start.

    python benchmarks/bench.py [--drafts 300] [--seed 7]

Numbers go in docs/performance.md with the machine they came from.  Unit tests never assert time.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SUBJECTS = [
    "Thank you – {role} interview",
    "Following up on my {role} interview",
    "Hi",
    "",
    "THANK YOU!!",
    "Thank you for your time – {name}",
]
GREETINGS = ["Hi {who},", "Dear {who},", "Hey {who}!!", "Hello {who},", ""]
SENTENCES = [
    "Thank you for taking the time to meet with me on Tuesday.",
    "It was a great conversation and I learned a lot about the company.",
    "I especially enjoyed hearing how your team moved the weekly report to dbt.",
    "Your point about data quality checks in every release stayed with me.",
    "At Globex I rebuilt our reporting pipeline in SQL and Python.",
    "I am very excited about the {role} role :)",
    "gonna keep my fingers crossed lol",
    "Could you let me know the next steps and when I might hear back?",
    "I remain very interested in the position and in {company}'s plans for next year.",
    "Please let me know if I can provide anything else.",
]
CLOSINGS = ["Best regards,\n{name}\n{name_l}@example.com", "Thanks,\n{name}", "Cheers", "Sincerely,\n{name}"]
NAMES = ["Lee Chen", "Priya Okafor", "Sam Patel", "Maria Nguyen"]
ROLES = ["Data Analyst", "Backend Engineer", "Product Designer"]
COMPANIES = ["Initech", "Acme", "Globex"]


def make_drafts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    drafts = []
    for _ in range(n):
        name, role, company = rnd.choice(NAMES), rnd.choice(ROLES), rnd.choice(COMPANIES)
        fill = {
            "name": name,
            "name_l": name.split()[0].lower(),
            "role": role,
            "company": company,
            "who": rnd.choice(["Ana", "John", "Ms. Lopez"]),
        }
        subject = rnd.choice(SUBJECTS).format(**fill)
        paragraphs = [
            " ".join(rnd.choice(SENTENCES).format(**fill) for _ in range(rnd.randint(1, 4)))
            for _ in range(rnd.randint(1, 4))
        ]
        parts = ([f"Subject: {subject}", ""] if subject else []) + [rnd.choice(GREETINGS).format(**fill), ""]
        parts += [p + "\n" for p in paragraphs] + [rnd.choice(CLOSINGS).format(**fill)]
        drafts.append("\n".join(parts))
    return drafts


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--drafts", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--cold-runs", type=int, default=5)
    ap.add_argument("--batch", type=int, default=0, help="also lint N drafts as files through the CLI")
    ap.add_argument("--proselint", metavar="EXE", help="proselint executable to time on the same batch")
    args = ap.parse_args()

    t0 = time.perf_counter()
    import followup_lint

    linter = followup_lint.Linter()
    load = time.perf_counter() - t0
    drafts = make_drafts(args.drafts, args.seed)
    words = statistics.mean(len(d.split()) for d in drafts)
    for d in drafts[:20]:
        linter.lint(d)
    times = []
    start = time.perf_counter()
    for d in drafts:
        t = time.perf_counter()
        linter.lint(d)
        times.append((time.perf_counter() - t) * 1000)
    batch = time.perf_counter() - start
    times.sort()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    found = shutil.which("followup-lint") or str(Path(sys.executable).parent / "followup-lint")
    exe = [found] if Path(found).exists() else [sys.executable, "-m", "followup_lint"]
    cold: list[float] = []
    cached: list[float] = []
    if exe:
        with tempfile.TemporaryDirectory() as tmp:
            one = Path(tmp) / "one.txt"
            one.write_text(drafts[0], encoding="utf-8")
            for flags, into in (["--no-cache"], cold), ([], cached):  # the second: answered from the cache
                for _ in range(args.cold_runs):
                    t = time.perf_counter()
                    subprocess.run([*exe, "check", "--exit-zero", *flags, str(one)], capture_output=True, check=False, cwd=tmp)
                    into.append(time.perf_counter() - t)

    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print(f"drafts: {len(drafts)} generated (seed {args.seed}), mean {words:.0f} words")
    print(f"linter load (import + rules + spaCy): {load:.2f} s")
    print(
        f"warm per draft: mean {statistics.mean(times):.2f} ms, p50 {times[len(times) // 2]:.2f} ms, "
        f"p95 {times[int(len(times) * 0.95)]:.2f} ms, max {times[-1]:.2f} ms"
    )
    print(f"batch of {len(drafts)}: {batch:.2f} s ({len(drafts) / batch:.0f} drafts/s)")
    print(f"peak resident memory: {rss_mb:.0f} MB")
    if cold:
        print(f"cold CLI, one draft, --no-cache: median {statistics.median(cold):.2f} s over {len(cold)} runs")
        print(f"cold CLI, one draft, cached: median {statistics.median(cached):.2f} s over {len(cached)} runs")
    if args.batch:
        batch_compare(exe, make_drafts(args.batch, args.seed + 1), args.proselint)
    return 0


def batch_compare(exe: list[str], drafts: list[str], proselint: str | None) -> None:
    """Whole-batch wall time from the shell: followup-lint (default, cached, 1 and 2 jobs) and proselint."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "drafts"
        folder.mkdir()
        for i, d in enumerate(drafts):
            (folder / f"draft-{i:04d}.txt").write_text(d, encoding="utf-8")
        files = sorted(str(p) for p in folder.iterdir())
        runs = [
            ("default flags, empty cache", []),
            ("default flags, the same files again (cached)", []),
            ("--jobs 1 --no-cache", ["--jobs", "1", "--no-cache"]),
            ("--jobs 2 --no-cache", ["--jobs", "2", "--no-cache"]),
        ]
        for label, flags in runs:  # the cache goes in tmp (no configuration there: the working folder)
            t = time.perf_counter()
            subprocess.run([*exe, "check", "--exit-zero", "--format", "json", *flags, str(folder)],
                           capture_output=True, check=False, cwd=tmp)
            print(f"batch of {len(files)} files, followup-lint {label}: {time.perf_counter() - t:.2f} s")
        if proselint:
            t = time.perf_counter()
            subprocess.run([proselint, "check", *files], capture_output=True, check=False)
            print(f"batch of {len(files)} files, proselint: {time.perf_counter() - t:.2f} s")


if __name__ == "__main__":
    sys.exit(main())

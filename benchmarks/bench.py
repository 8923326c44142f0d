"""Speed and memory harness: warm per-draft latency, batch throughput, cold CLI start.

    python benchmarks/bench.py [--drafts 300] [--seed 7]

Numbers go in docs/performance.md with the machine they came from.  Unit tests never assert time.
"""

from __future__ import annotations

import argparse
import itertools
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
from typing import Any

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
    ap.add_argument("--proselint", metavar="EXE", help="proselint executable to time on the same files")
    ap.add_argument("--many", type=int, default=0, help="also stream N generated drafts through Linter.lint_many")
    ap.add_argument("--many-jobs", type=int, default=1, help="worker processes for --many")
    ap.add_argument("--many-from", metavar="LOG", help="take the --many rows from a saved --many-child run's output")
    ap.add_argument("--write", metavar="MD", help="replace the figures between the bench markers in this file")
    ap.add_argument(
        "--many-only",
        action="store_true",
        help="only the --many rows; with --write they are added to the table already there",
    )
    ap.add_argument("--many-child", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.many_child:
        return many_child(args.many_child, args.many_jobs, args.seed)
    if args.many_only:
        rows = (
            many_figures(Path(args.many_from).read_text(encoding="utf-8"), args.many, args.many_jobs)
            if args.many_from
            else many_compare(args.many, args.many_jobs, args.seed)
        )
        if args.write:
            add_figures(Path(args.write), rows, args)
        return 0

    figures: list[tuple[str, str]] = []  # (measurement, figure) rows for --write
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
    via_many = warm_via_lint_many(linter, drafts)
    language_off = warm_without_language(drafts)

    compile_package()
    found = shutil.which("followup-lint") or str(Path(sys.executable).parent / "followup-lint")
    exe = [found] if Path(found).exists() else [sys.executable, "-m", "followup_lint"]
    cold: list[float] = []
    cached: list[float] = []
    prose_cold: list[float] = []
    cold_mb: list[float] = []  # peak resident memory of each cold CLI process
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text(drafts[0], encoding="utf-8")
        for flags, into in (["--no-cache"], cold), ([], cached):  # the second: answered from the cache
            if into is cached:  # fill the cache first: otherwise the first "cached" run lints (--cold-runs 1: all)
                run_measured([*exe, "check", "--exit-zero", str(one)], cwd=tmp)
            for _ in range(args.cold_runs):
                took, peak = run_measured([*exe, "check", "--exit-zero", *flags, str(one)], cwd=tmp)
                into.append(took)
                if into is cold:
                    cold_mb.append(peak)
        if args.proselint:
            for _ in range(args.cold_runs):
                t = time.perf_counter()
                subprocess.run([args.proselint, "check", str(one)], capture_output=True, check=False)
                prose_cold.append(time.perf_counter() - t)

    mean, p50, p95 = statistics.mean(times), times[len(times) // 2], times[int(len(times) * 0.95)]
    print(f"machine: {machine()}")
    print(f"drafts: {len(drafts)} generated (seed {args.seed}), mean {words:.0f} words")
    print(f"linter load (import + rules + spaCy + Harper): {load:.2f} s")
    print(f"warm per draft: mean {mean:.2f} ms, p50 {p50:.2f} ms, p95 {p95:.2f} ms, max {times[-1]:.2f} ms")
    print(f"warm per draft via lint_many(jobs=1): mean {via_many:.2f} ms")
    print(f"warm per draft, language rules (Harper) off: mean {language_off:.2f} ms")
    print(f"batch of {len(drafts)}: {batch:.2f} s ({len(drafts) / batch:.0f} drafts/s)")
    print(f"peak resident memory: {rss_mb:.0f} MB")
    figures += [
        ("linter load (import, rule pack, spaCy, Harper)", f"{load:.2f} s"),
        (
            f"warm `Linter`, per draft ({len(drafts)} drafts, mean {words:.0f} words)",
            f"mean {mean:.1f} ms, p50 {p50:.1f} ms, p95 {p95:.1f} ms",
        ),
        (
            "warm `Linter` via `lint_many(jobs=1)`, per draft (the same drafts; Harper calls shared)",
            f"mean {via_many:.1f} ms",
        ),
        ("warm `Linter`, per draft, language rules (Harper) off", f"mean {language_off:.1f} ms"),
        ("peak resident memory, one process (the warm run above)", f"{rss_mb:.0f} MB"),
    ]
    cold_s, cached_s = statistics.median(cold), statistics.median(cached)
    print(f"cold CLI, one draft, --no-cache: median {cold_s:.2f} s over {len(cold)} runs, peak {max(cold_mb):.0f} MB")
    figures.append(("peak resident memory, the CLI process of one cold draft (`--no-cache`)", f"{max(cold_mb):.0f} MB"))
    print(f"cold CLI, one draft, cached: median {cached_s:.2f} s over {len(cached)} runs")
    if prose_cold:
        prose_s = statistics.median(prose_cold)
        print(f"cold proselint, one draft: median {prose_s:.2f} s")
        figures += [
            (
                "cold CLI, one draft, `--no-cache` (median)",
                f"{cold_s:.2f} s = {cold_s / prose_s:.1f}x proselint ({prose_s:.2f} s)",
            ),
            (
                "cold CLI, one draft, answered from the cache (median)",
                f"{cached_s:.2f} s = {cached_s / prose_s:.1f}x proselint",
            ),
        ]
    else:
        figures += [
            ("cold CLI, one draft, `--no-cache` (median)", f"{cold_s:.2f} s"),
            ("cold CLI, one draft, answered from the cache (median)", f"{cached_s:.2f} s"),
        ]
    if args.batch:
        figures += batch_compare(exe, make_drafts(args.batch, args.seed + 1), args.proselint)
    if args.many and args.many_from:
        figures += many_figures(Path(args.many_from).read_text(encoding="utf-8"), args.many, args.many_jobs)
    elif args.many:
        figures += many_compare(args.many, args.many_jobs, args.seed)
    if args.write:
        write_figures(Path(args.write), figures, args)
    return 0


def compile_package() -> None:
    """Write the package's bytecode before timing the CLI, as installing a wheel does.  An
    editable checkout run with ``PYTHONDONTWRITEBYTECODE=1`` (as our development sessions run)
    never writes it, so every CLI run would compile each module it imports (~0.1 s of a run
    answered from the cache); ``compileall`` writes it whatever that variable says."""
    import compileall

    import followup_lint

    compileall.compile_dir(str(Path(followup_lint.__file__).parent), quiet=1)


def warm_via_lint_many(linter: Any, drafts: list[str]) -> float:
    """Mean ms a draft through ``lint_many`` in this process: what a stream of drafts costs,
    with the drafts of each chunk sharing Harper calls (beside, not instead of, ``lint`` one
    draft at a time, which an editor or a single file pays)."""
    for _report in linter.lint_many(drafts[:20], jobs=1):
        pass
    start = time.perf_counter()
    count = sum(1 for _report in linter.lint_many(drafts, jobs=1))
    return (time.perf_counter() - start) / count * 1000


def warm_without_language(drafts: list[str]) -> float:
    """Mean ms a draft with the FL4 (Harper) rules ignored: what the rest of the engine costs."""
    import followup_lint

    linter = followup_lint.Linter(followup_lint.Config(ignore=["FL4"]))
    for d in drafts[:20]:
        linter.lint(d)
    start = time.perf_counter()
    for d in drafts:
        linter.lint(d)
    return (time.perf_counter() - start) / len(drafts) * 1000


def machine() -> str:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"load average {load} when the run started"
    )


def commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).parent,
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=False,
            cwd=Path(__file__).parent,
        ).stdout.strip()
        return out.stdout.strip() + (" plus uncommitted changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def write_figures(target: Path, figures: list[tuple[str, str]], args: argparse.Namespace) -> None:
    """Replace the text between the bench markers of ``target`` with this run's figures."""
    text = target.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{target}: no {START} ... {END} markers to write between")
    flags = " ".join(a for a in sys.argv[1:] if not a.startswith("--write") and a != args.write)
    body = [
        START,
        (
            f"Measured by `python benchmarks/bench.py {flags}` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
            f"commit {commit()}; {machine()}."
        ),
        "",
        "| measurement | figure |",
        "|---|---|",
        *(f"| {m} | {f} |" for m, f in figures),
        END,
    ]
    head, rest = text.split(START, 1)
    tail = rest.split(END, 1)[1]
    target.write_text(head + "\n".join(body) + tail, encoding="utf-8")
    print(f"wrote the figures into {target}")


def add_figures(target: Path, figures: list[tuple[str, str]], args: argparse.Namespace) -> None:
    """Add rows (a separate, longer run) at the end of the table between the bench markers."""
    text = target.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{target}: no {START} ... {END} markers to write between")
    flags = " ".join(a for a in sys.argv[1:] if not a.startswith("--write") and a != args.write)
    note = (
        f"(the `lint_many` rows: `python benchmarks/bench.py {flags}`, finished "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, commit {commit()})"
    )
    rows = "\n".join(f"| {m} {note if i == 0 else ''} | {f} |".replace("  |", " |") for i, (m, f) in enumerate(figures))
    target.write_text(text.replace(END, rows + "\n" + END), encoding="utf-8")
    print(f"added {len(figures)} rows to {target}")


def many_child(n: int, jobs: int, seed: int) -> int:
    """Stream ``n`` generated drafts through lint_many; print resident memory as it goes."""
    import followup_lint

    def stream():  # a generator: the drafts are never held together
        rnd_seed = seed + 2
        while True:
            yield from make_drafts(1000, rnd_seed)
            rnd_seed += 1

    linter = followup_lint.Linter()
    start = time.perf_counter()
    step = max(1, n // 10)
    source = itertools.islice(stream(), n)
    for done, _report in enumerate(linter.lint_many(source, jobs=jobs), 1):
        if done % step == 0:
            print(f"many {done} {rss_now():.0f} {time.perf_counter() - start:.1f}", flush=True)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak {peak:.0f} {children:.0f} {time.perf_counter() - start:.1f}", flush=True)
    return 0


#: Runs a command and prints its wall seconds and the peak resident KiB of its largest process.
#: A launcher of its own, because a child's peak counts the memory of the process that forked
#: it (Linux carries the forking process's high-water mark across exec): this small launcher
#: keeps the figure to the command itself (and the workers it waits for).
_LAUNCHER = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)\n"
    "took = time.perf_counter() - t\n"
    "print(took, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def run_measured(cmd: list[str], cwd: str) -> tuple[float, float]:
    """Wall seconds of ``cmd`` and the peak resident MB of its largest process."""
    out = subprocess.run(
        [sys.executable, "-c", _LAUNCHER, *cmd], capture_output=True, text=True, check=True, cwd=cwd
    ).stdout.split()
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB elsewhere
    return float(out[0]), float(out[1]) / scale


def rss_now() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def many_compare(n: int, jobs: int, seed: int) -> list[tuple[str, str]]:
    """lint_many over ``n`` generated drafts in a fresh process: memory along the way and the peak."""
    cmd = [sys.executable, __file__, "--many-child", str(n), "--many-jobs", str(jobs), "--seed", str(seed)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return many_figures(proc.stdout, n, jobs)


def many_figures(output: str, n: int, jobs: int) -> list[tuple[str, str]]:
    """Rows from a ``--many-child`` run's output (this run's, or a log given with ``--many-from``)."""
    samples = [line.split() for line in output.splitlines() if line.startswith("many ")]
    peak_line = next(line.split() for line in output.splitlines() if line.startswith("peak "))
    along = ", ".join(f"{int(s[1]):,}: {float(s[2]):.0f}" for s in samples)
    peak, children, seconds = float(peak_line[1]), float(peak_line[2]), float(peak_line[3])
    print(f"lint_many over {n:,} drafts, jobs={jobs}: {seconds:.0f} s; resident MB after N drafts: {along}")
    print(f"lint_many peak: {peak:.0f} MB (caller), {children:.0f} MB (largest worker)")
    workers = f"; largest worker {children:.0f} MB" if jobs > 1 else ""
    return [
        (f"`lint_many` over {n:,} generated drafts (`jobs={jobs}`), resident MB of the caller after N drafts", along),
        (f"`lint_many` over {n:,} drafts: peak resident memory", f"{peak:.0f} MB{workers} ({seconds:.0f} s)"),
    ]


def batch_compare(exe: list[str], drafts: list[str], proselint: str | None) -> list[tuple[str, str]]:
    """Whole-batch wall time from the shell, default flags (text output): followup-lint with an
    empty cache, the same files again (cached), one and two processes without the cache, and
    proselint on the same files."""
    figures: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "drafts"
        folder.mkdir()
        for i, d in enumerate(drafts):
            (folder / f"draft-{i:04d}.txt").write_text(d, encoding="utf-8")
        files = sorted(str(p) for p in folder.iterdir())
        prose = None
        if proselint:  # first, so it does not run on a machine still busy with our workers
            t = time.perf_counter()
            subprocess.run([proselint, "check", *files], capture_output=True, check=False)
            prose = time.perf_counter() - t
            print(f"batch of {len(files)} files, proselint: {prose:.2f} s")
        runs = [
            ("default flags, empty cache", []),
            ("default flags, the same files again (cached)", []),
            ("`--jobs 1 --no-cache`", ["--jobs", "1", "--no-cache"]),
            ("`--jobs 2 --no-cache`", ["--jobs", "2", "--no-cache"]),
        ]
        for label, flags in runs:  # the cache goes in tmp (no configuration there: the working folder)
            took, peak = run_measured([*exe, "check", "--exit-zero", *flags, str(folder)], cwd=tmp)
            ratio = f" = {took / prose:.2f}x proselint" if prose else ""
            print(
                f"batch of {len(files)} files, followup-lint {label}: {took:.2f} s{ratio}, largest process {peak:.0f} MB"
            )
            figures.append((f"{len(files):,} files, {label}", f"{took:.2f} s{ratio}; largest process {peak:.0f} MB"))
        if prose is not None:
            figures.append((f"{len(files):,} files, proselint 0.16 (`proselint check`)", f"{prose:.2f} s"))
    return figures


if __name__ == "__main__":
    sys.exit(main())

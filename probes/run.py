"""Run a probe batch; print errors on 'ok' probes, misses on 'err:' probes, and warnings."""
import importlib.util, sys
from followup_lint import Linter

spec = importlib.util.spec_from_file_location("b", sys.argv[1]); b = importlib.util.module_from_spec(spec); spec.loader.exec_module(b)
L = Linter()
bad_ok = miss = 0; warns = []
for pid, expect, text, ctx in b.P:
    r = L.lint(text, context=ctx)
    errs = [(f.code, getattr(f, "match", None) or "", f.message[:110]) for f in r.findings if f.severity.value == "error"]
    ws = [(f.code, f.message[:90]) for f in r.findings if f.severity.value == "warning"]
    if expect == "ok":
        if errs:
            bad_ok += 1; print("FALSE-ERROR", pid, r.purpose, errs)
        warns += [(pid, w) for w in ws]
    else:
        code = expect.split(":")[1]
        if not any(e[0] == code for e in errs):
            miss += 1; print("MISSED", pid, expect, r.purpose, errs, ws)
n_ok = sum(1 for p in b.P if p[1] == "ok"); n_bad = len(b.P) - n_ok
print(f"good with error: {bad_ok}/{n_ok}; look-alikes missed: {miss}/{n_bad}")
print("warnings on good:")
for pid, w in warns: print("  ", pid, w)

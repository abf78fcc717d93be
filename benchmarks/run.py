"""extractnews performance benchmark: one command, every variant in a fresh process.

    .venv/bin/python benchmarks/run.py             # full run (300 documents), updates docs
    .venv/bin/python benchmarks/run.py --quick     # smoke run, does not touch docs/
    .venv/bin/python benchmarks/run.py --profile   # cProfile of the rules (model excluded)

The parent process only generates the corpus, starts one child interpreter per
variant (``run.py --child VARIANT``), reaps it with ``os.wait4`` to read that
child's own ``ru_maxrss`` and collects the JSON line the child prints (which
also carries the child's ``VmHWM`` from ``/proc/self/status``). Nothing is
measured in the parent, so one variant's model, caches or allocator state
never leaks into another's numbers.

Results: a Markdown table on stdout, ``benchmarks/results/latest.json`` and
(full runs only) the table between the markers in ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import hashlib
import json
import os
import platform
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results" / "latest.json"
DOC_PAGE = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
MODEL = "fr_core_news_md"
MARK = "BENCH_JSON "

sys.path.insert(0, str(HERE))
from corpus import DEFAULT_DOCS, DEFAULT_SEED, make_corpus  # noqa: E402

TARGETS = {
    "speed_ratio": 1.5,  # extractnews docs/s / raw spaCy docs/s, at least (issues 14 and 19)
    "memory_delta_mb": 150.0,  # extractnews peak RSS - raw spaCy peak RSS, at most
    "import_s": 0.3,  # `import extractnews`, below
    "parallel_ratio": 1.6,  # n_process=2 docs/s / n_process=1 docs/s, at least
}
TOKEN_CHARS = 200_000
BIG_CHARS = 1_500_000
QUICK_BIG_CHARS = 300_000


# ====================================================================== corpus


def corpus_digest(texts: list[str]) -> str:
    return hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:16]


def big_document(texts: list[str], size: int) -> str:
    """The corpus concatenated (cycled if needed) and cut to ``size`` characters."""
    parts: list[str] = []
    total = 0
    while total < size:
        for t in texts:
            parts.append(t)
            total += len(t) + 2
            if total >= size:
                break
    return "\n\n".join(parts)[:size]


# ====================================================================== child side


def _vm_hwm_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _cpu() -> float:
    """CPU seconds of this process and of its reaped children (pool workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _best_of(reps: int, run: Callable[[], Any]) -> tuple[float, float, Any]:
    """Best wall time over ``reps`` runs of ``run``, the CPU seconds of that run, its output."""
    best, best_cpu, out = float("inf"), 0.0, None
    for _ in range(reps):
        out = None
        gc.collect()
        c0, t0 = _cpu(), time.perf_counter()
        out = run()
        wall, cpu = time.perf_counter() - t0, _cpu() - c0
        if wall < best:
            best, best_cpu = wall, cpu
    return best, best_cpu, out


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def control(work: int = 10_000_000) -> dict[str, Any]:
    """What 2 processes can get out of this machine right now: 4 equal pure-Python
    tasks, one after the other in one process, then on a pool of 2 processes."""
    import multiprocessing as mp

    t0 = time.perf_counter()
    for _ in range(4):
        _spin(work)
    serial = time.perf_counter() - t0
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(2) as pool:
        pool.map(_spin, [1000, 1000])  # start the workers
        t0 = time.perf_counter()
        pool.map(_spin, [work] * 4, chunksize=1)
        parallel = time.perf_counter() - t0
    return {"serial_s": serial, "parallel_s": parallel, "ratio": serial / parallel}


def child(variant: str, docs: int, seed: int, reps: int, big_chars: int) -> dict[str, Any]:
    if variant == "control":
        return {**control(), "vm_hwm_mb": _vm_hwm_mb(), "loadavg_end": os.getloadavg()}
    texts = make_corpus(docs, seed)
    warm = texts[:8]
    res: dict[str, Any] = {"corpus": corpus_digest(texts)}
    if variant in ("spacy", "spacy_same_blas"):
        import spacy

        t0 = time.perf_counter()
        nlp = spacy.load(MODEL)
        res["load_s"] = time.perf_counter() - t0
        res["components"] = list(nlp.pipe_names)
        if variant == "spacy_same_blas":  # like for like: the matrix library extractnews runs on
            from threadpoolctl import threadpool_limits

            from extractnews.pipeline import use_numpy_blas

            use_numpy_blas(nlp)
            threadpool_limits(limits=1, user_api="blas")
        list(nlp.pipe(warm, batch_size=32))
        secs, cpu, out = _best_of(reps, lambda: list(nlp.pipe(texts, batch_size=32)))
        res.update(
            seconds=secs,
            cpu_s=cpu,
            cpu_share=cpu / secs,
            docs_per_s=len(texts) / secs,
            tokens=sum(len(d) for d in out),
            tokens_per_s=sum(len(d) for d in out) / secs,
        )
    elif variant in ("extractnews", "extractnews_n2"):
        from extractnews import Extractor

        n_process = 2 if variant == "extractnews_n2" else 1
        ex = Extractor()
        t0 = time.perf_counter()
        ex.nlp  # noqa: B018  (load the model now, so forked workers inherit it)
        res["load_s"] = time.perf_counter() - t0
        res["components"] = list(ex.nlp.pipe_names)
        list(ex.extract_many(warm, batch_size=32, n_process=n_process))
        secs, cpu, out = _best_of(
            reps, lambda: list(ex.extract_many(texts, batch_size=32, n_process=n_process))
        )
        res.update(
            seconds=secs,
            cpu_s=cpu,
            cpu_share=cpu / secs / n_process,
            docs_per_s=len(texts) / secs,
            n_process=n_process,
            errors=sum(1 for r in out if r.error),
            entities=sum(len(r.entities) for r in out),
        )
    elif variant == "first_call":
        t0 = time.perf_counter()
        import extractnews

        t1 = time.perf_counter()
        r = extractnews.Extractor().extract(texts[0])
        t2 = time.perf_counter()
        res.update(import_s=t1 - t0, extract_s=t2 - t1, total_s=t2 - t0, entities=len(r.entities))
    elif variant in ("stress_token", "stress_big"):
        from extractnews import Extractor

        ex = Extractor()
        ex.extract(texts[0])  # warm-up: loads the model
        text = "a" * TOKEN_CHARS if variant == "stress_token" else big_document(texts, big_chars)
        c0, t0 = _cpu(), time.perf_counter()
        r = ex.extract(text)
        secs = time.perf_counter() - t0
        res.update(
            chars=len(text),
            seconds=secs,
            cpu_share=(_cpu() - c0) / secs,
            entities=len(r.entities),
            warnings=list(r.warnings),
        )
    else:
        raise SystemExit(f"unknown variant {variant!r}")
    res["vm_hwm_mb"] = _vm_hwm_mb()
    res["loadavg_end"] = os.getloadavg()
    return res


# ====================================================================== parent side


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH")) if p)
    env.setdefault("PYTHONHASHSEED", "0")
    return env


def spawn(cmd: list[str], timeout: float) -> tuple[int, str, str, float, float]:
    """Run ``cmd``; return (exit code, stdout, stderr, wall seconds, ru_maxrss MB of that child).

    The child is reaped with ``os.wait4`` so its rusage is its own (plus the
    descendants it waited for, e.g. pool workers), not every child's so far.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT, env=_env(), start_new_session=True)

        def kill() -> None:
            with contextlib.suppress(ProcessLookupError):  # the child and its pool workers only
                os.killpg(proc.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - t0
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return (
            code,
            out.read().decode(errors="replace"),
            err.read().decode(errors="replace"),
            wall,
            usage.ru_maxrss / 1024,
        )


def run_variant(variant: str, args: argparse.Namespace, timeout: float) -> dict[str, Any]:
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        variant,
        "--docs",
        str(args.docs),
        "--seed",
        str(args.seed),
        "--reps",
        str(args.reps),
        "--big-chars",
        str(args.big_chars),
    ]
    print(f"  {variant} ...", end=" ", flush=True, file=sys.stderr)
    load = os.getloadavg()
    code, out, err, wall, maxrss = spawn(cmd, timeout)
    lines = [ln for ln in out.splitlines() if ln.startswith(MARK)]
    if code != 0 or not lines:
        status = "timeout" if code == -signal.SIGKILL else f"exit {code}"
        print(f"FAILED ({status}, {wall:.0f} s)", file=sys.stderr)
        return {
            "failed": status,
            "wall_s": wall,
            "timeout_s": timeout,
            "stderr": err[-2000:],
            "loadavg_start": load,
        }
    res: dict[str, Any] = json.loads(lines[-1][len(MARK) :])
    res.update(wall_s=wall, ru_maxrss_mb=maxrss, loadavg_start=load)
    print(f"done in {wall:.0f} s", file=sys.stderr)
    return res


def import_time(repeats: int) -> dict[str, Any]:
    """``import extractnews`` in fresh interpreters: best of ``repeats``, plus -X importtime."""
    code = "import time; t = time.perf_counter(); import extractnews; print(time.perf_counter() - t)"
    times = []
    for _ in range(repeats):
        rc, out, err, _, _ = spawn([sys.executable, "-c", code], 60)
        if rc != 0:
            return {"failed": f"exit {rc}", "stderr": err[-2000:]}
        times.append(float(out.strip().splitlines()[-1]))
    _, _, err, _, _ = spawn([sys.executable, "-X", "importtime", "-c", "import extractnews"], 60)
    rows = []
    for line in err.splitlines():
        m = re.match(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)", line)
        if m:
            rows.append((int(m.group(2)) / 1e6, len(m.group(3)), m.group(4)))
    top = sorted((r for r in rows if r[1] <= 5), reverse=True)[:8]  # outermost imports only
    heavy = {name for _, _, name in rows} & {
        "spacy",
        "thinc",
        "torch",
        "numpy",
        "pydantic",
        "dateparser",
        "rapidfuzz",
        "pycountry",
    }
    return {
        "best_s": min(times),
        "all_s": times,
        "top_cumulative": [{"module": n, "s": round(s, 4)} for s, _, n in top],
        "heavy_modules_imported": sorted(heavy),
    }


def machine() -> dict[str, Any]:
    from importlib.metadata import PackageNotFoundError, version

    def ver(name: str) -> str | None:
        try:
            return version(name)
        except PackageNotFoundError:
            return None

    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), "")
    except OSError:
        pass
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    return {
        "nproc": len(os.sched_getaffinity(0)),
        "cpu_count": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": round(mem_gb, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "spacy": ver("spacy"),
        "model": ver("fr_core_news_md"),
        "extractnews": ver("extractnews"),
        "pydantic": ver("pydantic"),
    }


# ====================================================================== report


def _ok(flag: bool | None) -> str:
    return "n/a" if flag is None else ("**yes**" if flag else "**NO**")


def _num(value: float | None, fmt: str, unit: str = "") -> str:
    return "failed" if value is None else f"{value:{fmt}}{unit}"


def summarise(r: dict[str, Any]) -> dict[str, Any]:
    """Ratios and target checks from the raw per-variant results."""
    sp, ex, ex2 = r["spacy"], r["extractnews"], r["extractnews_n2"]
    s: dict[str, Any] = {}

    def get(d: dict[str, Any], k: str) -> float | None:
        return None if "failed" in d else d.get(k)

    sp_rate, ex_rate = get(sp, "docs_per_s"), get(ex, "docs_per_s")
    ex2_rate = get(ex2, "docs_per_s")
    sp_mem, ex_mem = get(sp, "vm_hwm_mb"), get(ex, "vm_hwm_mb")
    s["speed_ratio"] = ex_rate / sp_rate if sp_rate and ex_rate else None
    s["memory_delta_mb"] = ex_mem - sp_mem if sp_mem is not None and ex_mem is not None else None
    s["parallel_ratio"] = ex2_rate / ex_rate if ex_rate and ex2_rate else None
    same_rate = get(r["spacy_same_blas"], "docs_per_s")
    s["same_blas_ratio"] = ex_rate / same_rate if same_rate and ex_rate else None
    s["import_s"] = r["import"].get("best_s")
    t = TARGETS
    s["met"] = {
        "speed_ratio": None if s["speed_ratio"] is None else s["speed_ratio"] >= t["speed_ratio"],
        "memory_delta_mb": None
        if s["memory_delta_mb"] is None
        else s["memory_delta_mb"] <= t["memory_delta_mb"],
        "import_s": None if s["import_s"] is None else s["import_s"] < t["import_s"],
        "parallel_ratio": None if s["parallel_ratio"] is None else s["parallel_ratio"] >= t["parallel_ratio"],
    }
    return s


def table(r: dict[str, Any]) -> str:
    m, s, meta = r["machine"], r["summary"], r["meta"]
    sp, ex, ex2 = r["spacy"], r["extractnews"], r["extractnews_n2"]
    fc, tok, big = r["first_call"], r["stress_token"], r["stress_big"]

    def g(d: dict[str, Any], k: str) -> float | None:
        return None if "failed" in d else d.get(k)

    def stress(d: dict[str, Any]) -> str:
        if "failed" in d:
            return f"{d['failed']} (limit {d.get('timeout_s', 0):.0f} s)"
        return f"{d['seconds']:.2f} s"

    rows = [
        ("raw spaCy, all components: documents/s", _num(g(sp, "docs_per_s"), ".2f"), "", ""),
        ("raw spaCy: tokens/s", _num(g(sp, "tokens_per_s"), ",.0f"), "", ""),
        ("raw spaCy: peak RSS", _num(g(sp, "vm_hwm_mb"), ",.0f", " MB"), "", ""),
        ("extractnews (n_process=1): documents/s", _num(g(ex, "docs_per_s"), ".2f"), "", ""),
        (
            "extractnews / raw spaCy, documents/s",
            _num(s["speed_ratio"], ".2f", "x"),
            f"≥ {TARGETS['speed_ratio']:.1f}x",
            _ok(s["met"]["speed_ratio"]),
        ),
        (
            "raw spaCy on numpy's BLAS, as extractnews runs its model: documents/s",
            _num(g(r["spacy_same_blas"], "docs_per_s"), ".2f"),
            "",
            "",
        ),
        (
            "extractnews / raw spaCy on the same BLAS, documents/s",
            _num(s["same_blas_ratio"], ".2f", "x"),
            "(like for like)",
            "",
        ),
        ("extractnews: peak RSS", _num(g(ex, "vm_hwm_mb"), ",.0f", " MB"), "", ""),
        (
            "extractnews − raw spaCy, peak RSS",
            _num(s["memory_delta_mb"], "+,.0f", " MB"),
            f"≤ {TARGETS['memory_delta_mb']:.0f} MB",
            _ok(s["met"]["memory_delta_mb"]),
        ),
        ("extractnews (n_process=2): documents/s", _num(g(ex2, "docs_per_s"), ".2f"), "", ""),
        (
            "n_process=2 / n_process=1",
            _num(s["parallel_ratio"], ".2f", "x"),
            f"≥ {TARGETS['parallel_ratio']:.1f}x",
            _ok(s["met"]["parallel_ratio"]),
        ),
        (
            "control: 2 processes / 1 on a pure-Python loop, same run",
            _num(g(r["control"], "ratio"), ".2f", "x"),
            "(machine)",
            "",
        ),
        (
            "`import extractnews` (best of 5)",
            _num(s["import_s"], ".3f", " s"),
            f"< {TARGETS['import_s']:.1f} s",
            _ok(s["met"]["import_s"]),
        ),
        ("first call: import + model load + 1 document", _num(g(fc, "total_s"), ".2f", " s"), "", ""),
        (f"stress: one {TOKEN_CHARS:,}-character token", stress(tok), "timed", ""),
        (f"stress: one {meta['big_chars']:,}-character document", stress(big), "timed", ""),
    ]
    head = (
        f"{meta['docs']} documents, {meta['chars']:,} characters (seed {meta['seed']}, "
        f"corpus {meta['corpus']}); best of {meta['reps']}, batch_size=32. "
        f"Machine: {m['nproc']} cores ({m['cpu'] or 'unknown CPU'}), {m['memory_gb']} GB, "
        f"Python {m['python']}, spaCy {m['spacy']}, {MODEL} {m['model']}, "
        f"extractnews {m['extractnews']}; {meta['date']}."
    )
    lines = [head, "", "| Measure | Value | Target | Met |", "|---|---:|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    shares = ", ".join(
        f"{label} {d['cpu_share']:.2f}"
        for label, d in (("raw spaCy", sp), ("extractnews", ex), ("n_process=2", ex2))
        if "failed" not in d and "cpu_share" in d
    )
    lines += [
        "",
        f"CPU share of the timed runs (CPU seconds / wall seconds / processes; 1.00 = "
        f"a core to itself, lower = other load on the machine): {shares}. "
        f"Peak RSS of the stress runs: token {_num(g(tok, 'vm_hwm_mb'), ',.0f', ' MB')}, "
        f"document {_num(g(big, 'vm_hwm_mb'), ',.0f', ' MB')}.",
    ]
    return "\n".join(lines)


def update_doc(text: str) -> None:
    page = DOC_PAGE.read_text(encoding="utf-8") if DOC_PAGE.exists() else ""
    if START in page and END in page:
        before, rest = page.split(START, 1)
        after = rest.split(END, 1)[1]
        page = f"{before}{START}\n{text}\n{END}{after}"
    else:
        page = f"{page.rstrip()}\n\n{START}\n{text}\n{END}\n".lstrip()
    DOC_PAGE.write_text(page, encoding="utf-8")


# ====================================================================== profile


def profile(docs: int, seed: int, top: int, one_doc_chars: int | None) -> None:
    """cProfile of everything extractnews does *around* the model.

    On the corpus, or with ``one_doc_chars`` on one document of that many
    characters (the corpus concatenated). The model is run first, timed but
    not profiled; the rules (``prepare``/``chunks`` and ``_finish``: matching,
    reconciliation, records, offsets) are then timed once without the
    profiler and once under cProfile. Uses Extractor internals on purpose:
    this is a diagnostic, not an API.
    """
    import cProfile
    import pstats

    from extractnews import Extractor

    texts = make_corpus(docs, seed)
    ex = Extractor()
    list(ex.extract_many(texts[:8]))
    batch = 32
    if one_doc_chars:
        texts, batch = [big_document(texts, one_doc_chars)], 1

    def jobs_for(items: list[str]) -> list[Any]:
        return [ex._item_job(t) for t in items]

    t0 = time.perf_counter()
    jobs = jobs_for(texts)
    for i in range(0, len(jobs), batch):
        ex._run_model(jobs[i : i + batch], 32)
    model_s = time.perf_counter() - t0

    def rules() -> None:
        again = jobs_for(texts)  # prepare + chunks
        for j, j2 in zip(jobs, again, strict=True):
            j2.spans = j.spans
        for j in again:
            ex._finish(j)

    t0 = time.perf_counter()
    rules()
    rules_s = time.perf_counter() - t0
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    rules()
    prof.disable()
    profiled_s = time.perf_counter() - t0
    print(
        f"{len(texts)} document(s), {sum(map(len, texts)):,} characters\n"
        f"model (prepare + nlp.pipe): {model_s:.2f} s; rules: {rules_s:.2f} s "
        f"({rules_s / (model_s + rules_s):.0%} of the total); "
        f"under cProfile: {profiled_s:.2f} s",
        flush=True,
    )
    stats = pstats.Stats(prof)
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = profiled_s
    print(f"\n{'cumulative':>10} {'share':>6} {'self':>8}  function  (share = cumulative / profiled total)")
    rows: Iterable[Any] = sorted(raw.items(), key=lambda kv: -kv[1][3])
    shown = 0
    for (file, line, func), (_cc, nc, tt, ct, _callers) in rows:
        if "extractnews" not in file and "pydantic" not in file and "re/" not in file:
            continue
        name = f"{Path(file).parent.name}/{Path(file).name}:{line}:{func}"
        print(f"{ct:10.2f} {ct / total:6.1%} {tt:8.2f}  {name}  ({nc} calls)")
        shown += 1
        if shown >= top:
            break
    print("\nby self time:")
    stats.sort_stats("tottime").print_stats(top)


# ====================================================================== main


def main() -> None:
    p = argparse.ArgumentParser(description="extractnews benchmark (see benchmarks/README.md)")
    p.add_argument("--docs", type=int, default=None, help=f"corpus size (default {DEFAULT_DOCS})")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument(
        "--quick",
        action="store_true",
        help="40 documents, 1 repetition, smaller stress document; docs/ untouched",
    )
    p.add_argument("--reps", type=int, default=None, help="repetitions per variant (default 3)")
    p.add_argument(
        "--big-chars",
        type=int,
        default=None,
        help=f"size of the long stress document (default {BIG_CHARS:,}); with "
        "--profile: profile one document of this size instead of the corpus",
    )
    p.add_argument("--no-docs", action="store_true", help="do not rewrite docs/benchmarks.md")
    p.add_argument(
        "--profile", action="store_true", help="profile the rules of extract_many in this process instead"
    )
    p.add_argument("--top", type=int, default=25, help="rows of the --profile report")
    p.add_argument("--child", help=argparse.SUPPRESS)
    args = p.parse_args()
    args.docs = args.docs or (40 if args.quick else DEFAULT_DOCS)
    args.reps = args.reps or (1 if args.quick else 3)
    args.big_chars_set = args.big_chars is not None
    args.big_chars = args.big_chars or (QUICK_BIG_CHARS if args.quick else BIG_CHARS)

    if args.child:
        res = child(args.child, args.docs, args.seed, args.reps, args.big_chars)
        print(MARK + json.dumps(res), flush=True)
        return
    if args.profile:
        profile(args.docs, args.seed, args.top, args.big_chars if args.big_chars_set else None)
        return

    texts = make_corpus(args.docs, args.seed)
    t_start = time.perf_counter()
    results: dict[str, Any] = {
        "meta": {
            "docs": len(texts),
            "chars": sum(map(len, texts)),
            "seed": args.seed,
            "corpus": corpus_digest(texts),
            "reps": args.reps,
            "batch_size": 32,
            "big_chars": args.big_chars,
            "quick": args.quick,
            "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        },
        "machine": machine(),
        "targets": TARGETS,
        "loadavg_start": os.getloadavg(),
    }
    print(f"benchmark: {len(texts)} documents, {results['meta']['chars']:,} characters", file=sys.stderr)
    budget = 900 if not args.quick else 300
    for variant in ("spacy", "extractnews", "extractnews_n2", "spacy_same_blas", "control"):
        results[variant] = run_variant(variant, args, budget)
    print("  import ...", end=" ", flush=True, file=sys.stderr)
    results["import"] = import_time(5 if not args.quick else 2)
    print("done", file=sys.stderr)
    first = [run_variant("first_call", args, 120) for _ in range(3 if not args.quick else 1)]
    ok = [f for f in first if "failed" not in f]
    results["first_call"] = min(ok, key=lambda f: f["total_s"]) if ok else first[0]
    results["first_call"]["all_total_s"] = [f.get("total_s") for f in first]
    results["stress_token"] = run_variant("stress_token", args, 180)
    results["stress_big"] = run_variant("stress_big", args, 180 if not args.quick else 120)
    for v in (
        "spacy",
        "extractnews",
        "extractnews_n2",
        "spacy_same_blas",
        "first_call",
        "stress_token",
        "stress_big",
    ):
        got = results[v].get("corpus")
        if got and got != results["meta"]["corpus"]:
            raise SystemExit(f"{v}: the child generated a different corpus ({got})")
    results["summary"] = summarise(results)
    results["meta"]["total_s"] = time.perf_counter() - t_start
    results["loadavg_end"] = os.getloadavg()

    md = table(results)
    print()
    print(md)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nJSON: {RESULTS.relative_to(ROOT)}", file=sys.stderr)
    if not args.quick and not args.no_docs:
        update_doc(md)
        print(f"table: {DOC_PAGE.relative_to(ROOT)}", file=sys.stderr)
    print(f"total {results['meta']['total_s']:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()

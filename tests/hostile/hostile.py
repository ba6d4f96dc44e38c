#!/usr/bin/python3
"""Hostile input and faults (issue 10), one case per attack: each runs the qobj binary the way
an attacker or an unlucky machine would, and asserts the documented error or a valid output.

Usage: hostile.py CASE QOBJ ROOT      (hostile.py --list prints the cases)

Cases that need another user (an unreadable directory when run as root) drop privileges with
setpriv; cases that need root (a device node) use a named pipe otherwise."""
import csv
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

FAILURES = []
EXAMPLE = "examples/so-cong-thuong-2021"
AS_OF = "2022-01-31"
# Bytes no output of qobj may hold: C0 controls but tab and line breaks, DEL, and the UTF-8 of
# C1 controls and of U+FFFE/U+FFFF.
FORBIDDEN = [bytes([b]) for b in range(0x20) if b not in (0x09, 0x0A, 0x0D)] + [b"\x7f"] + \
    [("%c" % c).encode() for c in range(0x80, 0xA0)] + ["\ufffe".encode(), "\uffff".encode()]


def fail(message):
    FAILURES.append(message)
    print("FAIL:", message)


def expect(condition, message):
    if not condition:
        fail(message)


def child_env():
    """An empty environment but for PATH and the sanitizers' options: no locale leaks in."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS"):
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def run(qobj, *args, stdin=None, as_user=None, cwd=None):
    command = [qobj, "--color", "never", *args]
    if as_user is not None:
        command = ["setpriv", f"--reuid={as_user}", f"--regid={as_user}", "--clear-groups", *command]
    return subprocess.run(command, capture_output=True, stdin=stdin, env=child_env(), cwd=cwd,
                          check=False, timeout=120)


def forbidden_in(data):
    return [b for b in FORBIDDEN if b in data]


def expect_clean(data, what):
    found = forbidden_in(data)
    expect(not found, f"{what}: no control character or noncharacter, found {found[:3]}")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        fail(f"{what}: valid UTF-8 ({error})")


def copy_example(root, into):
    target = os.path.join(into, "agency")
    shutil.copytree(os.path.join(root, EXAMPLE), target, ignore=shutil.ignore_patterns("*.md"))
    return target


# --- output: escapes, names, formulas -------------------------------------------------------

def case_terminal_escapes(qobj, root, tmp):
    """Escapes in quoted text and hostile file names never reach the terminal, and every
    diagnostics format stays valid."""
    bad = os.path.join(tmp, "in")
    os.makedirs(bad)
    shutil.copy(os.path.join(root, "tests/fixtures/yaml/escaped-chars.yaml"), bad)
    # A file name with a terminal escape, and one that is not UTF-8.
    with open(os.path.join(bad.encode(), b"\x1b[2J\x1b]0;owned\x07.yaml"), "w") as f:
        f.write('format: qobj/objectives\ntitle: "x\\e[31m"\n')
    with open(os.path.join(bad.encode(), b"caf\xe9.yaml"), "w") as f:
        f.write("format: qobj/objectives\n- [unclosed\n")
    text = run(qobj, "check", bad)
    expect(text.returncode == 2, f"check exits 2 on escapes, got {text.returncode}")
    expect_clean(text.stdout + text.stderr, "check text output")
    expect(b"\\e[2J\\e]0;owned\\u0007.yaml" in text.stdout, "a hostile file name is shown escaped")
    expect(b"caf\\xE9.yaml" in text.stdout, "a file name that is not UTF-8 is shown escaped")
    for fmt in ("json", "sarif"):
        out = run(qobj, "check", "--format", fmt, bad)
        expect(out.returncode == 2, f"check --format {fmt} exits 2, got {out.returncode}: {out.stderr}")
        try:
            json.loads(out.stdout.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as error:
            fail(f"check --format {fmt} gives valid JSON: {error}")
    github = run(qobj, "check", "--format", "github", bad)
    for line in github.stdout.decode("utf-8", "replace").splitlines():
        expect(line.startswith("::"), f"github annotations: every line is a command, not {line[:40]!r}")
    expect_clean(github.stdout, "check --format github")


def write_hostile_agency(root, tmp):
    """The example agency with titles a spreadsheet would run as formulas, and a measurements
    file whose name holds a terminal escape and a formula."""
    agency = copy_example(root, tmp)
    path = os.path.join(agency, "objectives.yaml")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    replacements = [
        ("title: MỤC TIÊU CHẤT LƯỢNG SỞ CÔNG THƯƠNG", 'title: "=HYPERLINK(\\"http://x\\",\\"Sở\\")"'),
        ("    title: GIÁM ĐỐC", '    title: "@SUM(1+1)"'),
        ("        text: Không có sản phẩm không phù hợp", '        text: "=HYPERLINK(\\"http://x\\")"'),
    ]
    for old, new in replacements:
        expect(old in text, f"the example still has {old.strip()!r}")
        text = text.replace(old, new, 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    os.rename(os.path.join(agency, "measurements.yaml").encode(),
              os.path.join(agency.encode(), b"=cmd|' -C calc'!A0 \x1b[31m.yaml"))
    return agency


def case_report_outputs_valid(qobj, root, tmp):
    """Every report format is valid whatever the names and texts: JSON parses, XML and the
    workbook's parts are well-formed, nothing a terminal acts on, CSV formulas defused."""
    agency = write_hostile_agency(root, tmp)
    out = os.path.join(tmp, "out")
    os.makedirs(out)
    files = {ext: os.path.join(out, "r." + ext) for ext in ("txt", "md", "html", "csv", "json", "xml", "xlsx")}
    args = ["report", "--as-of", AS_OF, agency]
    for path in files.values():
        args += ["-o", path]
    result = run(qobj, *args)
    expect(result.returncode in (0, 1), f"report exits 0 or 1, got {result.returncode}: {result.stderr[-300:]}")
    expect_clean(result.stderr, "report's standard error")
    for ext, path in files.items():
        if not os.path.exists(path):
            fail(f"r.{ext} written")
            continue
        data = open(path, "rb").read()
        if ext != "xlsx":
            expect_clean(data, f"r.{ext}")
        if ext == "json":
            document = json.loads(data)
            expect(document["format"] == "qobj/report", "the JSON report parses")
        if ext == "xml":
            ET.fromstring(data)
        if ext == "xlsx":
            with zipfile.ZipFile(path) as book:
                for name in book.namelist():
                    if name.endswith(".xml") or name.endswith(".rels"):
                        part = book.read(name)
                        expect_clean(part, f"r.xlsx:{name}")
                        ET.fromstring(part)
        if ext == "csv":
            text = data.decode("utf-8")
            cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
            for cell in cells:
                if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    try:
                        float(cell)
                    except ValueError:
                        fail(f"CSV cell read as a formula: {cell[:40]!r}")
            expect(any(cell.startswith("'=HYPERLINK") for cell in cells),
                   "a title that looks like a formula is kept, behind an apostrophe")
    shown = open(files["txt"], "rb").read()
    expect(b"=HYPERLINK" in shown, "the text report shows the title as written")


# --- files ------------------------------------------------------------------------------------

def case_stdout_write_error(qobj, root, tmp):
    """A write error on standard output is an I/O error, exit 3, said on standard error."""
    for args in (["check", EXAMPLE], ["report", "--as-of", AS_OF, EXAMPLE], ["schema", "report"], ["--help"]):
        with open("/dev/full", "wb") as full:
            result = subprocess.run([qobj, *args], stdout=full, stderr=subprocess.PIPE, cwd=root, check=False)
        expect(result.returncode == 3, f"qobj {' '.join(args)} > /dev/full exits 3, got {result.returncode}")
        expect(b"output.standard-output" in result.stderr, f"qobj {' '.join(args)} > /dev/full says why")


def case_stdout_closed_pipe(qobj, root, tmp):
    """A pipe whose reader is gone (qobj … | head) is a write error too: exit 3, said on standard
    error in the run's language with advice for a pipe, not death by SIGPIPE."""
    for args in (["report", "--as-of", AS_OF, EXAMPLE], ["schema", "objectives"], ["--lang", "vi", "--help"]):
        read_end, write_end = os.pipe()
        os.close(read_end)
        result = subprocess.run([qobj, *args], stdout=write_end, stderr=subprocess.PIPE, cwd=root,
                                env=child_env(), check=False)
        os.close(write_end)
        expect(result.returncode == 3, f"qobj {' '.join(args)} into a closed pipe exits 3, got {result.returncode}")
        expect(b"output.standard-output" in result.stderr, f"qobj {' '.join(args)} says why: {result.stderr[-200:]!r}")
    expect("ống dẫn".encode() in result.stderr, "in Vietnamese with --lang vi, with the pipe's advice")


def case_unreadable_directory(qobj, root, tmp):
    """A directory that cannot be read is an I/O error (exit 3) unless --exclude'd."""
    top = os.path.join(tmp, "files")
    shutil.copytree(os.path.join(root, EXAMPLE), os.path.join(top, "agency"))
    secret = os.path.join(top, "secret")
    os.makedirs(secret)
    with open(os.path.join(secret, "a.yaml"), "w") as f:
        f.write("format: qobj/measurements\n")
    user = None
    if os.geteuid() == 0:
        user = 65534  # nobody: root reads every directory
        qobj_copy = os.path.join(tmp, "qobj")
        shutil.copy(qobj, qobj_copy)
        qobj = qobj_copy
        for path in (tmp, top, qobj):
            os.chmod(path, 0o755)
        for dirpath, dirnames, filenames in os.walk(top):
            for name in dirnames:
                os.chmod(os.path.join(dirpath, name), 0o755)
            for name in filenames:
                os.chmod(os.path.join(dirpath, name), 0o644)
    os.chmod(secret, 0)
    try:
        result = run(qobj, "check", top, as_user=user)
        expect(result.returncode == 3, f"an unreadable directory exits 3, got {result.returncode}")
        expect(b"io.unreadable-directory" in result.stdout and b"secret" in result.stdout,
               "the unreadable directory is named")
        expect(b"--exclude" in result.stdout, "the hint says how to leave it out")
        report = run(qobj, "report", "--as-of", AS_OF, top, as_user=user)
        expect(report.returncode == 3, f"report on an unreadable directory exits 3, got {report.returncode}")
        for pattern in ("secret", os.path.join(top, "secret"), os.path.join(top, "secret") + "/"):
            excluded = run(qobj, "check", "--exclude", pattern, top, as_user=user)
            expect(excluded.returncode == 0, f"--exclude {pattern} leaves it out: exit {excluded.returncode}")
        # A file in it, named: it may exist, so it is not "no such file" but why it cannot be read.
        named = run(qobj, "check", os.path.join(secret, "a.yaml"), as_user=user)
        expect(named.returncode == 3, f"a file that cannot be reached exits 3, got {named.returncode}")
        expect(b"io.read-failed" in named.stdout and b"ermission denied" in named.stdout,
               f"it says permission denied: {named.stdout[:300]!r}")
    finally:
        os.chmod(secret, 0o755)


def report_to(qobj, root, *outputs, stdin=None, inputs=(EXAMPLE,)):
    args = ["report", "--as-of", AS_OF, *inputs]
    for output in outputs:
        args += ["-o", output]
    return run(qobj, *args, stdin=stdin, cwd=root)


def case_dangling_link(qobj, root, tmp):
    """A *.yaml link to nothing, met in a directory, is said, not skipped."""
    top = os.path.join(tmp, "files")
    shutil.copytree(os.path.join(root, EXAMPLE), top)
    os.symlink(os.path.join(tmp, "gone.yaml"), os.path.join(top, "link.yaml"))
    result = run(qobj, "check", top)
    expect(result.returncode == 3, f"a dangling link exits 3, got {result.returncode}")
    expect(b"link.yaml: error[io.not-found]" in result.stdout, f"it is named: {result.stdout[-300:]!r}")


def case_output_not_regular(qobj, root, tmp):
    """-o refuses a symbolic link, a directory, a named pipe and a device; each is left as it was."""
    target = os.path.join(tmp, "target.html")
    with open(target, "w") as f:
        f.write("mine")
    link = os.path.join(tmp, "link.html")
    os.symlink(target, link)
    directory = os.path.join(tmp, "dir.html")
    os.makedirs(directory)
    fifo = os.path.join(tmp, "pipe.md")
    os.mkfifo(fifo)
    places = [(link, stat.S_ISLNK), (directory, stat.S_ISDIR), (fifo, stat.S_ISFIFO)]
    if os.geteuid() == 0:
        device = os.path.join(tmp, "null.csv")
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        places.append((device, stat.S_ISCHR))
    for path, kind in places:
        result = report_to(qobj, root, path)
        expect(result.returncode == 3, f"-o {os.path.basename(path)} exits 3, got {result.returncode}")
        expect(b"output.not-regular" in result.stderr, f"-o {os.path.basename(path)} says it is not a regular file")
        expect(kind(os.lstat(path).st_mode), f"{os.path.basename(path)} is left as it was")
    expect(open(target).read() == "mine", "the link's target is untouched")


def case_outputs_all_or_nothing(qobj, root, tmp):
    """When one output cannot be written, no output is: the others stay as they were."""
    kept = os.path.join(tmp, "kept.html")
    with open(kept, "w") as f:
        f.write("old report")
    fresh = os.path.join(tmp, "fresh.md")
    result = report_to(qobj, root, kept, fresh, "/nonexistent-qobj-dir/x.csv")
    expect(result.returncode == 3, f"a failing -o exits 3, got {result.returncode}")
    expect(open(kept).read() == "old report", "an existing output is left as it was")
    expect(not os.path.exists(fresh), "no new output is written")
    expect(not [n for n in os.listdir(tmp) if n.startswith(".qobj-")], "no temporary file is left")


PROVINCE = ("examples", "tests/fixtures/province")


def case_province_outputs_all_or_nothing(qobj, root, tmp):
    """A province's report, written part by part as the check goes, is all or nothing too."""
    kept = os.path.join(tmp, "kept.json")
    with open(kept, "w") as f:
        f.write("old report")
    fresh = os.path.join(tmp, "fresh.csv")
    result = report_to(qobj, root, kept, fresh, "/nonexistent-qobj-dir/x.txt", inputs=PROVINCE)
    expect(result.returncode == 3, f"a failing -o exits 3, got {result.returncode}")
    expect(b"output.write-failed" in result.stderr, f"it is said: {result.stderr[-300:]!r}")
    expect(open(kept).read() == "old report", "an existing output is left as it was")
    expect(not os.path.exists(fresh), "no new output is written")
    expect(not [n for n in os.listdir(tmp) if n.startswith(".qobj-")], "no temporary file is left")


def case_no_temporary_directory(qobj, root, tmp):
    """Without a temporary directory ($TMPDIR gone), a province's report to standard output is
    written as it comes, the same; a workbook to standard output, which needs one, is refused
    with the reason (exit 3), never an internal error."""
    args = [qobj, "--color", "never", "report", "--as-of", AS_OF, *PROVINCE]
    env = child_env()
    usual = subprocess.run(args, capture_output=True, env=env, cwd=root, check=False, timeout=120)
    gone = {**env, "TMPDIR": os.path.join(tmp, "gone")}
    without = subprocess.run(args, capture_output=True, env=gone, cwd=root, check=False,
                             timeout=120)
    expect(without.returncode == usual.returncode == 0,
           f"exit 0 both ways, got {usual.returncode} and {without.returncode}: {without.stderr[-300:]!r}")
    expect(without.stdout == usual.stdout, "the same report with no temporary directory")
    # With a file beside it, standard output waits for the file, if it can wait anywhere.
    beside = os.path.join(tmp, "beside.json")
    both = subprocess.run([*args, "-o", "-", "-o", beside], capture_output=True, env=gone,
                          cwd=root, check=False, timeout=120)
    expect(both.returncode == 0 and both.stdout == usual.stdout and os.path.exists(beside),
           f"-o - with -o FILE works too: exit {both.returncode}: {both.stderr[-300:]!r}")
    for inputs in (PROVINCE, (EXAMPLE,)):
        book = subprocess.run([qobj, "report", "--as-of", AS_OF, "--format", "xlsx",
                               *(["--summary-only"] if inputs == PROVINCE else []), *inputs],
                              capture_output=True, env=gone, cwd=root, check=False, timeout=120)
        expect(book.returncode == 3, f"a workbook to standard output exits 3, got {book.returncode}")
        expect(b"output.write-failed" in book.stderr and b"internal error" not in book.stderr,
               f"the reason is said: {book.stderr[-300:]!r}")


def case_interrupted_report_leaves_nothing(qobj, root, tmp):
    """A province's report stopped with Ctrl-C (its outputs open while the check runs) leaves no
    temporary file beside its outputs nor in the temporary directory."""
    import signal
    import time
    province = os.path.join(tmp, "province")
    subprocess.run(["/usr/bin/python3", os.path.join(root, "bench", "generate_province.py"),
                    province, "--agencies", "300"], check=True, capture_output=True)
    out, held = os.path.join(tmp, "out"), os.path.join(tmp, "held")
    os.makedirs(out)
    os.makedirs(held)
    env = {**child_env(), "TMPDIR": held}
    process = subprocess.Popen([qobj, "report", "--jobs", "1", "--as-of", AS_OF, province,
                                "-o", os.path.join(out, "r.json"), "-o", "-"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    time.sleep(0.15)
    process.send_signal(signal.SIGINT)
    code = process.wait(timeout=120)
    expect(code in (0, -signal.SIGINT), f"ended by the interrupt (or done before it), got {code}")
    left = [n for d in (out, held) for n in os.listdir(d) if n.startswith(".qobj-")]
    expect(not left, f"no temporary file is left, found {left}")


def case_full_disk_all_or_nothing(qobj, root, tmp):
    """A write that fails half-way (a full disk; here a file-size limit) is found before any
    output replaces its destination, and said with its reason."""
    import resource
    import signal
    measure = os.path.join(tmp, "measure.md")
    report_to(qobj, root, measure)
    small = os.path.getsize(measure)
    kept = os.path.join(tmp, "kept.md")
    with open(kept, "w") as f:
        f.write("old report")
    big = os.path.join(tmp, "big.html")

    def limit_file_size():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (small + 512, small + 512))

    result = subprocess.run([qobj, "--color", "never", "report", "--as-of", AS_OF, EXAMPLE,
                             "-o", kept, "-o", big], capture_output=True, env=child_env(), cwd=root,
                            preexec_fn=limit_file_size, check=False, timeout=120)
    expect(result.returncode == 3, f"a failed write exits 3, got {result.returncode}")
    expect(b"big.html" in result.stderr and b"the file is too large" in result.stderr,
           f"the failing output is named with its reason: {result.stderr[-300:]!r}")
    expect(open(kept).read() == "old report", "the output written first is not put in place")
    expect(not os.path.exists(big), "the failing output is not created")
    expect(not [n for n in os.listdir(tmp) if n.startswith(".qobj-")], "no temporary file is left")


def case_output_dash_and_long_names(qobj, root, tmp):
    """-o - is standard output (no file named -), and an output name as long as names can be works."""
    other = os.path.join(tmp, "r.json")
    result = report_to(qobj, root, "-", other)
    expect(result.returncode == 0, f"-o - -o r.json exits 0, got {result.returncode}")
    expect("BÁO CÁO".encode() in result.stdout or b"MT1" in result.stdout, "-o - writes the table to standard output")
    expect(not os.path.exists(os.path.join(root, "-")), "no file named - is created")
    expect(os.path.exists(other), "the other output is written too")
    long_name = os.path.join(tmp, "b" * 250 + ".html")
    result = report_to(qobj, root, long_name)
    expect(result.returncode == 0, f"a 255-byte output name works, got {result.returncode}: {result.stderr[-200:]}")
    expect(os.path.exists(long_name), "the long-named output is written")


def case_stdin_is_output(qobj, root, tmp):
    """An input read from standard input is recognised by its device and inode: -o cannot replace it."""
    agency = copy_example(root, tmp)
    objectives = os.path.join(agency, "objectives.yaml")
    before = open(objectives, "rb").read()
    others = [os.path.join(agency, n) for n in sorted(os.listdir(agency)) if n != "objectives.yaml"]
    with open(objectives, "rb") as stdin:
        result = run(qobj, "report", "--as-of", AS_OF, "--format", "md", "-", *others, "-o", objectives, stdin=stdin)
    expect(result.returncode == 3, f"-o onto the file read as standard input exits 3, got {result.returncode}")
    expect(b"output.is-input" in result.stderr, "it says the output is an input")
    expect(open(objectives, "rb").read() == before, "the input is untouched")


# --- limits: bounded memory whatever the input ------------------------------------------------

# Far above what these inputs need (about 30 MB; a few times that under AddressSanitizer), far
# below what they took before the limits (2.3 GB, 685 MB, 925 MB).
MEMORY_CEILING_KB = 400 * 1024


def run_measured(qobj, *args, cwd=None):
    """Runs qobj with its output in files; returns (exit code, peak memory in KB, output)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen([qobj, "--color", "never", *args], stdout=out, stderr=err,
                                   env=child_env(), cwd=cwd)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        return process.returncode, usage.ru_maxrss, out.read()


def case_flow_nesting_bomb(qobj, root, tmp):
    """Ten megabytes of "[" end in yaml.too-deep before yaml-cpp reads them, in little memory."""
    # Behind a document marker, an anchor or a tag too (a review found those got past).
    for prefix in ("a: ", "--- ", "a: &x ", "a: !!seq "):
        path = os.path.join(tmp, "brackets.yaml")
        with open(path, "w") as f:
            f.write(prefix + "[" * (10 * 1024 * 1024))
        code, peak, out = run_measured(qobj, "check", path)
        column = f":1:{len(prefix) + 65}:".encode()
        expect(code == 2, f"{prefix!r}: exit 2, got {code}")
        expect(b"yaml.too-deep" in out and column in out, f"{prefix!r}: yaml.too-deep at the 65th bracket")
        expect(peak < MEMORY_CEILING_KB, f"{prefix!r}: peak memory {peak} KB stays under {MEMORY_CEILING_KB} KB")


def case_diagnostics_flood(qobj, root, tmp):
    """Two megabytes of duplicate keys: 200 diagnostics shown, the rest counted, little memory.
    (299 999 duplicates, and the missing format: 300 000 errors.)"""
    path = os.path.join(tmp, "dupkeys.yaml")
    with open(path, "w") as f:
        f.write("a:\n" + "  k: 1\n" * 300000)
    for fmt in ("text", "json"):
        code, peak, out = run_measured(qobj, "check", "--format", fmt, path)
        expect(code == 2, f"{fmt}: exit 2, got {code}")
        expect(peak < MEMORY_CEILING_KB, f"{fmt}: peak memory {peak} KB stays under {MEMORY_CEILING_KB} KB")
        if fmt == "json":
            document = json.loads(out)
            expect(document["errors"] == 300000, f"json: every error counted, got {document['errors']}")
            expect(len(document["diagnostics"]) == 200, "json: 200 diagnostics listed")
            expect(document["omitted"] == [{"file": path, "errors": 299800, "warnings": 0}],
                   f"json: the rest are counted by file: {document['omitted']}")
        else:
            expect(out.count(b": error[") == 200, "text: 200 diagnostics shown")
            expect(b"299800 more errors" in out, "text: one line says how many more")
            expect(b"1 file checked: 300000 errors" in out, "text: the summary counts them all")


CASES = {name[len("case_"):].replace("_", "-"): function
         for name, function in sorted(globals().items()) if name.startswith("case_")}


def main():
    if sys.argv[1:] == ["--list"]:
        print("\n".join(CASES))
        return 0
    name, qobj, root = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
    with tempfile.TemporaryDirectory(prefix="qobj-hostile-") as tmp:
        CASES[name](qobj, root, tmp)
    if FAILURES:
        print(f"{len(FAILURES)} failure(s) in {name}")
        return 1
    print(f"{name}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""qobj new-year on both examples and on tests/fixtures/new-year: the new files pass qobj
check, and differ from the old ones only where they should.

- objectives files keep every line: a changed line is the old one with the old year (and, in a
  growth target, its baseline year) moved on, or the decision's number and date commented out;
  the legal bases never change;
- measurements files keep their header (before records:) with the year moved on, then
  `records: []`;
- the questions name what the old year's results ask (not met, exceeded, no data, withdrawn);
- a second run into the same folder refuses (exit 3) and changes nothing.

usage: check_new_year.py QOBJ ROOT
"""
import os
import re
import subprocess
import sys
import tempfile

failures = []


def run(*args, cwd=None):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True,
                          env={'PATH': os.environ.get('PATH', '')})


def moved(line, shifts):
    """The line with each year of `shifts` written on its own moved to its new year."""
    def one(match):
        year = int(match.group(0))
        return str(shifts.get(year, year))
    return re.sub(r'(?<![\d/-])\d{4}(?![\d/-])|(?<=[\s:])\d{4}(?=-\d\d-\d\d)', one, line)


def compare_objectives(name, old, new, year):
    old_lines = old.split('\n')
    # The line new-year writes above what it comments out (a withdrawal of the old year).
    new_lines = [line for line in new.split('\n') if not line.lstrip().startswith('# qobj new-year:')]
    if len(old_lines) != len(new_lines):
        failures.append(f'{name}: {len(old_lines)} lines became {len(new_lines)}')
        return
    baselines = {int(y) for y in re.findall(r'baseline_year: (\d{4})', old)}
    shifts = {year: year + 1, **{b: b + 1 for b in baselines}}
    in_legal_bases = False
    for number, (a, b) in enumerate(zip(old_lines, new_lines), 1):
        if re.match(r'\s*legal_bases:', a):
            in_legal_bases = True
        elif in_legal_bases and re.match(r'\s*[a-z_]+:', a) and not a.lstrip().startswith('- '):
            in_legal_bases = False
        if a == b:
            if not in_legal_bases and moved(a, shifts) != a:
                failures.append(f'{name}:{number}: the year was not moved on: {a!r}')
            continue
        if in_legal_bases:
            failures.append(f'{name}:{number}: a legal basis changed: {a!r} → {b!r}')
        elif re.match(r'\s*(number|date):', a) and b.strip().startswith('# ' + a.strip()):
            continue
        elif b.strip() == '# ' + a.strip() and 'withdrawn' in old:
            continue  # the old year's withdrawal, commented out
        elif moved(a, shifts) != b:
            failures.append(f'{name}:{number}: {a!r} → {b!r} is more than the year moved on')


def compare_measurements(name, old, new, year):
    parts = re.split(r'^(?:records|baselines|evaluations):', old, flags=re.M)
    want = moved(parts[0], {year: year + 1}) + 'records: []\n'
    if not new.startswith(want):
        failures.append(f'{name}: the new measurements do not start with the header and '
                        f'records: []:\n{new}')
        return
    # After it, only the comments that were among the records, baselines and evaluations.
    rest = [line for line in new[len(want):].split('\n') if line.strip()]
    kept = [line for part in parts[1:] for line in part.split('\n') if line.lstrip().startswith('#')]
    if any(not line.lstrip().startswith('#') for line in rest) or len(rest) != len(kept):
        failures.append(f'{name}: after records: [] there should be the {len(kept)} comments of '
                        f'the old entries, found:\n' + '\n'.join(rest))


def school_year(qobj, root, tmp):
    """A school year across two calendar years moves whole: its dates and its label."""
    source = os.path.join(root, 'tests/fixtures/reports/school-year')
    target = os.path.join(tmp, 'school-year-next')
    made = run(qobj, '--lang', 'en', 'new-year', source, target, '--as-of', '2010-06-30')
    if made.returncode != 0:
        failures.append(f'school-year: qobj new-year exits {made.returncode}: {made.stderr}')
        return
    text = open(os.path.join(target, 'objectives.yaml'), encoding='utf-8').read()
    for want in ('year: 2010\n', 'period: {start: 2010-09-05, end: 2011-05-31, label: năm học 2010–2011}',
                 'due: 2011-01-15'):
        if want not in text:
            failures.append(f'school-year: the new objectives do not say {want!r}:\n{text}')
    checked = run(qobj, 'check', '--color', 'never', '--as-of', '2011-06-30', target)
    if checked.returncode != 0:
        failures.append(f'school-year: the new files fail qobj check:\n{checked.stdout}')


def main():
    qobj, root = os.path.abspath(sys.argv[1]), sys.argv[2]
    cases = [
        ('examples/so-cong-thuong-2021', 2021, ['MT2/dung-han', 'MT4.2/gia-tri']),
        ('examples/ubnd-kon-tum-2021', 2021, ['MT1/quy-trinh-moi', 'MT2/nhiem-vu-trong-tam',
                                              'MT5/lien-thong']),
        ('tests/fixtures/new-year/so-tu-phap-2023', 2023,
         ['MT1/dung-han', 'MT3', 'number: 12/QĐ-STP', '2021-2025']),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for source, year, asked in cases:
            target = os.path.join(tmp, os.path.basename(source) + '-next')
            made = run(qobj, '--lang', 'en', 'new-year', os.path.join(root, source), target,
                       '--as-of', f'{year + 1}-01-31')
            if made.returncode != 0:
                failures.append(f'{source}: qobj new-year exits {made.returncode}: {made.stderr}')
                continue
            for question in asked:
                if question not in made.stdout:
                    failures.append(f'{source}: the summary does not ask about {question}:\n'
                                    + made.stdout)
            checked = run(qobj, 'check', '--color', 'never', '--as-of', f'{year + 1}-01-31',
                          target)
            if checked.returncode != 0:
                failures.append(f'{source}: the new files fail qobj check:\n{checked.stdout}')
            for entry in sorted(os.listdir(os.path.join(root, source))):
                if not entry.endswith('.yaml'):
                    continue
                old = open(os.path.join(root, source, entry), encoding='utf-8').read()
                new_name = entry.replace(str(year), str(year + 1))
                path = os.path.join(target, new_name)
                if not os.path.exists(path):
                    failures.append(f'{source}: {entry} was not written as {new_name}')
                    continue
                new = open(path, encoding='utf-8').read()
                if 'format: qobj/measurements' in old:
                    compare_measurements(f'{source}/{entry}', old, new, year)
                else:
                    compare_objectives(f'{source}/{entry}', old, new, year)
            before = {f: open(os.path.join(target, f), 'rb').read() for f in os.listdir(target)}
            again = run(qobj, 'new-year', os.path.join(root, source), target)
            if again.returncode != 3 or 'output.exists' not in again.stderr:
                failures.append(f'{source}: a second new-year must refuse: {again.returncode}')
            after = {f: open(os.path.join(target, f), 'rb').read() for f in os.listdir(target)}
            if before != after:
                failures.append(f'{source}: a refused new-year changed the files')
        school_year(qobj, root, tmp)
    for failure in failures:
        print('FAIL:', failure)
    print(f'{len(failures)} failure(s)')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())

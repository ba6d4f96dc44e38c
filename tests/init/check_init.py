#!/usr/bin/env python3
"""What `qobj init` writes passes `qobj check --strict`, in both languages: as written, with
every commented example uncommented, and with each example uncommented on its own (the
objective with its records, baseline and evaluation). It refuses to write over a file.

usage: check_init.py QOBJ
"""
import os
import re
import subprocess
import sys
import tempfile

def parse(lines):
    """Give each line a tag: None (keep), or ('item', section, ref), ('section', name)."""
    tags = [None] * len(lines)
    section = None; commented_section = False
    item = None; pending = []; last_item_lines = []
    for i, l in enumerate(lines):
        m = re.match(r'^# ([a-z_]+):( |$)', l)
        if m:
            section = m.group(1); commented_section = True
            tags[i] = ('section', section); item = None; pending = []
            continue
        m = re.match(r'^([a-z_]+):', l)
        if m:
            section = m.group(1); commented_section = False; item = None; pending = []
            continue
        if l.strip() == '':
            for j in pending:           # comments trailing an item belong to it
                tags[j] = tags[last_item_lines[-1]] if last_item_lines else None
            pending = []; item = None
            continue
        if re.match(r'^#   # ', l):
            pending.append(i); continue
        if re.match(r'^#   - ', l):
            item = {'section': section, 'lines': pending + [i], 'ref': None}
            pending = []
        if re.match(r'^#   ', l) and (item is not None or commented_section):
            if item is None:            # inside document: / units: without list items
                tags[i] = ('sectionbody', section); continue
            if i not in item['lines']: item['lines'].append(i)
            m = re.search(r'(?:id|target|objective): (MT\d+)', l)
            if m and item['ref'] is None: item['ref'] = m.group(1)
            tag = ('item', item['section'], item)
            for j in item['lines']: tags[j] = tag
            last_item_lines = item['lines']
    return tags

def render(text, select):
    lines = text.split('\n')
    tags = parse(lines)
    out = list(lines)
    used_sections = set()
    def want(tag):
        if tag[0] == 'item':
            sec, it = tag[1], tag[2]
            if sec in ('document', 'units'): return sec in select or 'all' in select
            return 'all' in select or it['ref'] in select
        if tag[0] == 'sectionbody':
            return tag[1] in select or 'all' in select
        return False
    for i, t in enumerate(tags):
        if t and t[0] in ('item', 'sectionbody') and want(t):
            assert out[i].startswith('# '), out[i]
            out[i] = out[i][2:]
            used_sections.add(t[1])
    for i, t in enumerate(tags):
        if t and t[0] == 'section' and (t[1] in used_sections or t[1] in select or 'all' in select):
            out[i] = out[i][2:]
    if 'records' in used_sections:
        out = ['records:' if l == 'records: []' else l for l in out]
    if 'parent' in select or 'all' in select:
        out = [re.sub(r'^  # parent:', '  parent:', l) for l in out]
    return '\n'.join(out)


EXAMPLES = ['MT%d' % n for n in range(1, 12)] + ['document', 'units', 'parent']
failures = []


def run(*args, cwd=None):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True,
                          env={'PATH': os.environ.get('PATH', '')})


def check(qobj, lang, folder, what):
    out = run(qobj, '--lang', lang, 'check', '--strict', '--color', 'never',
              '--as-of', '2026-02-01', folder)
    if out.returncode != 0:
        failures.append(f'[{lang}] {what}: qobj check --strict exits {out.returncode}:\n'
                        + out.stdout + out.stderr)
    report = run(qobj, '--lang', lang, 'report', '--as-of', '2026-02-01', folder)
    if report.returncode != 0:
        failures.append(f'[{lang}] {what}: qobj report exits {report.returncode}:\n'
                        + report.stderr)


def main():
    qobj = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ('vi', 'en'):
            folder = os.path.join(tmp, f'so-tu-phap-2026-{lang}')
            made = run(qobj, '--lang', lang, 'init', folder, '--agency', 'so-tu-phap',
                       '--name', 'Sở Tư pháp "mới"', '--year', '2026')
            if made.returncode != 0:
                failures.append(f'[{lang}] qobj init exits {made.returncode}: {made.stderr}')
                continue
            texts = {k: open(os.path.join(folder, f'{k}.yaml'), encoding='utf-8').read()
                     for k in ('objectives', 'measurements')}
            for kind, text in texts.items():
                if '{{' in text:
                    failures.append(f'[{lang}] {kind}.yaml keeps a placeholder')
            check(qobj, lang, folder, 'as written')
            for select in [['all']] + [[e] for e in EXAMPLES]:
                variant = os.path.join(tmp, f'{lang}-{select[0]}')
                os.makedirs(variant)
                for kind, text in texts.items():
                    with open(os.path.join(variant, f'{kind}.yaml'), 'w', encoding='utf-8') as f:
                        f.write(render(text, set(select)))
                uncommented = open(os.path.join(variant, 'objectives.yaml'), encoding='utf-8').read()
                if select == ['all'] and not re.search(r'^  - id: MT11$', uncommented, re.M):
                    failures.append(f'[{lang}] uncommenting every example gave no MT11')
                check(qobj, lang, variant, f'{select[0]} uncommented')
            again = run(qobj, 'init', folder)
            if again.returncode != 3 or 'output.exists' not in again.stderr:
                failures.append(f'[{lang}] a second qobj init must refuse (exit 3, output.exists),'
                                f' got {again.returncode}: {again.stderr}')
            if open(os.path.join(folder, 'objectives.yaml'), encoding='utf-8').read() != \
                    texts['objectives']:
                failures.append(f'[{lang}] a refused qobj init changed objectives.yaml')
        # A folder named by its year alone is the agency folder's year: so-tu-phap/2026.
        year_folder = os.path.join(tmp, 'Sở Tư pháp', '2026')
        made = run(qobj, 'init', year_folder)
        text = open(os.path.join(year_folder, 'objectives.yaml'), encoding='utf-8').read() \
            if made.returncode == 0 else ''
        for want in ('id: so-tu-phap', 'name: "Sở Tư pháp"', 'year: 2026'):
            if want not in text:
                failures.append(f'qobj init "Sở Tư pháp/2026" does not write {want!r}: '
                                f'{made.stdout}{made.stderr}')
        check(qobj, 'vi', year_folder, 'a folder named by its year')
    for failure in failures:
        print('FAIL:', failure)
    print(f'{len(failures)} failure(s)')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())

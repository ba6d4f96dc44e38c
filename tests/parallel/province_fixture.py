#!/usr/bin/python3
"""tests/fixtures/province is what bench/generate_province.py writes for 12 agencies: the
generator run again into a temporary folder gives the same files, byte for byte (the README
aside, which is written by hand).

Usage: province_fixture.py ROOT"""
import filecmp
import pathlib
import subprocess
import sys
import tempfile


def files(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.yaml"))


def main():
    root = pathlib.Path(sys.argv[1])
    fixture = root / "tests" / "fixtures" / "province"
    with tempfile.TemporaryDirectory() as out:
        fresh = pathlib.Path(out) / "province"
        subprocess.run(["/usr/bin/python3", str(root / "bench" / "generate_province.py"), str(fresh),
                        "--agencies", "12"], check=True, capture_output=True)
        if files(fresh) != files(fixture):
            print("the generator writes other files than tests/fixtures/province holds:")
            print(sorted(set(files(fresh)) ^ set(files(fixture))))
            return 1
        differ = [f for f in files(fresh) if not filecmp.cmp(fresh / f, fixture / f, shallow=False)]
        if differ:
            print("regenerate tests/fixtures/province (bench/generate_province.py "
                  "tests/fixtures/province --agencies 12); these differ:", differ)
            return 1
    print(f"tests/fixtures/province: {len(files(fixture))} files, as the generator writes them")
    return 0


if __name__ == "__main__":
    sys.exit(main())

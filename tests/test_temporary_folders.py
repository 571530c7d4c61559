"""The suite's temporary folders end with their module (``tests/conftest.py``), unless a test of it failed.

Why it matters: CI's machine ran out of disk at 91 % of the suite when pytest kept every site the tests built (stop
37). The suite is run here in a child pytest with the project's own conftest, over three small modules.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

CONFTEST = Path(__file__).with_name("conftest.py")

WRITES = '''
import pytest

@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    folder = tmp_path_factory.mktemp("MODULE_shared")
    (folder / "site.html").write_text("x" * 1000)
    return folder

def test_one(shared, tmp_path):
    (tmp_path / "page.html").write_text("y")
    assert (shared / "site.html").is_file()

def test_two(shared, tmp_path):
    assert (shared / "site.html").is_file()  # still there for the module's next test
'''

LOOKS = '''
from pathlib import Path

def test_the_first_modules_folders_are_gone(tmp_path_factory):
    names = sorted(p.name + (" (link)" if p.is_symlink() else "") for p in tmp_path_factory.getbasetemp().iterdir())
    Path(r"SEEN").write_text("\\n".join(names))
'''


@pytest.mark.parametrize(
    ("first_fails", "kept"),
    [
        (False, []),  # passed: the module's mktemp folder and its tests' tmp_path folders are removed, links too
        (True, ["a_shared0", "test_one0", "test_two0"]),  # a failure: kept to be looked at
    ],
)
def test_a_modules_folders_are_removed_once_it_passed(pytester: pytest.Pytester, tmp_path: Path, first_fails: bool, kept: list[str]) -> None:
    shutil.copy(CONFTEST, pytester.path / "conftest.py")
    first = WRITES.replace("MODULE", "a")
    if first_fails:
        first += "\ndef test_three():\n    assert False\n"
    seen = tmp_path / "seen.txt"
    pytester.makepyfile(test_a=first, test_b=LOOKS.replace("SEEN", str(seen)))
    result = pytester.runpytest("-p", "no:cacheprovider", "--basetemp", str(tmp_path / "base"))
    result.assert_outcomes(passed=3, failed=1 if first_fails else 0)
    names = seen.read_text().splitlines()
    assert [name for name in names if not name.endswith("(link)")] == kept
    assert first_fails or names == []  # and pytest's NAMEcurrent links to them

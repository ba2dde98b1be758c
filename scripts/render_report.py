"""Render a purgehist HTML report to PNG with headless Chromium, to look at it as a reader would.

Usage: python scripts/render_report.py [DATASET] [-o report.png] [--html report.html]
DATASET defaults to the bundled Great Purge example. Needs Debian's ``chromium`` on PATH.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import purgehist
from purgehist import example_path, parse_file

__all__ = ["find_chromium", "render_png"]

_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def find_chromium() -> str | None:
    """Path of a Chromium executable, or ``None`` when none is installed."""
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def render_png(
    html: Path, png: Path, *, width: int = 1280, height: int = 2400, timeout: float = 120
) -> None:
    """Screenshot *html* (a local file) into *png* with headless Chromium.

    :raises FileNotFoundError: Chromium is not installed.
    :raises RuntimeError: Chromium failed or wrote no picture.
    """
    chromium = find_chromium()
    if chromium is None:
        msg = "chromium is not installed (apt-get install -y chromium)"
        raise FileNotFoundError(msg)
    with tempfile.TemporaryDirectory(prefix="purgehist-chromium-") as profile:
        command = [
            chromium,
            *_FLAGS,
            f"--user-data-dir={profile}",
            f"--screenshot={png.resolve()}",
            f"--window-size={width},{height}",
            html.resolve().as_uri(),
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0 or not png.exists() or png.stat().st_size == 0:
        msg = f"chromium failed (exit {done.returncode}): {done.stderr.strip()[-800:]}"
        raise RuntimeError(msg)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: write the report, then its screenshot."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=None)
    parser.add_argument("-o", "--output", type=Path, default=Path("report.png"))
    parser.add_argument("--html", type=Path, default=None, help="Keep the HTML here.")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=2400)
    parser.add_argument(
        "--only",
        metavar="SECTION",
        help="Show only one section (grades, timeline, contested, actors) to look at it.",
    )
    args = parser.parse_args(argv)
    dataset = parse_file(args.dataset or example_path()).dataset
    with tempfile.TemporaryDirectory(prefix="purgehist-report-") as tmp:
        html = args.html or Path(tmp) / "report.html"
        purgehist.export(dataset, "html", html)
        if args.only:
            page = html.read_text(encoding="utf-8")
            hide = f"<style>section:not(#{args.only}){{display:none}}</style></head>"
            html = Path(tmp) / "section.html"
            html.write_text(page.replace("</head>", hide, 1), encoding="utf-8")
        try:
            render_png(html, args.output, width=args.width, height=args.height)
        except (FileNotFoundError, RuntimeError) as exc:
            print(f"render_report: {exc}", file=sys.stderr)
            return 1
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

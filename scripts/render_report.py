"""Render a purgehist HTML report to PNG with headless Chromium, to look at it as a reader would,
and check its layout there: no chart text outside its SVG, no page wider than the window.

Usage: python scripts/render_report.py [DATASET] [-o report.png] [--html report.html]
       [--width 390] [--check]
DATASET defaults to the bundled Great Purge example. Needs Debian's ``chromium`` on PATH.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from html import escape
from pathlib import Path

import purgehist
from purgehist import example_path, parse_file

__all__ = ["PHONE", "find_chromium", "layout_problems", "render_png"]

PHONE = (390, 844)
"""A phone's window in CSS pixels (an iPhone 12 to 14)."""

_MEASURE = """<script>
(() => {
  const found = [];
  const page = document.documentElement;
  if (page.scrollWidth > window.innerWidth + 1) {
    found.push(`the page is ${page.scrollWidth}px wide in a ${window.innerWidth}px window`);
  }
  document.querySelectorAll("svg").forEach((svg, i) => {
    const box = svg.viewBox.baseVal;
    svg.querySelectorAll("text").forEach((text) => {
      const b = text.getBBox();
      if (b.x < box.x - 0.5 || b.y < box.y - 0.5 || b.x + b.width > box.x + box.width + 0.5
          || b.y + b.height > box.y + box.height + 0.5) {
        found.push(`svg ${i + 1}: "${text.textContent}" spans x ${b.x.toFixed(1)}..` +
          `${(b.x + b.width).toFixed(1)}, y ${b.y.toFixed(1)}..${(b.y + b.height).toFixed(1)}` +
          ` outside its viewBox 0..${box.width} x 0..${box.height}`);
      }
    });
  });
  const host = window.parent.document;
  const out = host.createElement("pre");
  out.id = "purgehist-layout";
  out.textContent = JSON.stringify(found);
  host.body.appendChild(out);
})();
</script>"""

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
    with tempfile.TemporaryDirectory(prefix="purgehist-shot-") as tmp:
        framed = Path(tmp) / "framed.html"
        framed.write_text(_framed(html.read_text(encoding="utf-8"), width, height), "utf-8")
        done = _chromium(
            f"--screenshot={png.resolve()}",
            "--virtual-time-budget=5000",
            f"--window-size={max(width, 500)},{height}",
            framed.as_uri(),
            timeout=timeout,
        )
    if done.returncode != 0 or not png.exists() or png.stat().st_size == 0:
        msg = f"chromium failed (exit {done.returncode}): {done.stderr.strip()[-800:]}"
        raise RuntimeError(msg)


def _framed(page: str, width: int, height: int) -> str:
    """*page* in a frame *width* by *height* pixels: headless Chromium keeps its window at
    least 500 pixels wide, and a frame is how a narrower (phone) viewport is had."""
    return (
        '<!DOCTYPE html><html><body style="margin:0">'
        f'<iframe style="border:0;width:{width}px;height:{height}px" '
        f'srcdoc="{escape(page, quote=True)}"></iframe></body></html>'
    )


def _chromium(*args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    chromium = find_chromium()
    if chromium is None:
        msg = "chromium is not installed (apt-get install -y chromium)"
        raise FileNotFoundError(msg)
    with tempfile.TemporaryDirectory(prefix="purgehist-chromium-") as profile:
        command = [chromium, *_FLAGS, f"--user-data-dir={profile}", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)


def layout_problems(
    html: Path, *, width: int = 1280, height: int = 2400, timeout: float = 120
) -> list[str]:
    """What is cut off when Chromium lays *html* out in a window *width* pixels wide: chart
    text outside its SVG's viewBox (measured with the browser's own text metrics), and a page
    wider than the window (tables and charts may scroll inside their boxes, the page not).

    :raises FileNotFoundError: Chromium is not installed.
    :raises RuntimeError: Chromium failed or the measuring script did not run.
    """
    page = html.read_text(encoding="utf-8").replace("</body>", _MEASURE + "</body>", 1)
    with tempfile.TemporaryDirectory(prefix="purgehist-layout-") as tmp:
        probe = Path(tmp) / "probe.html"
        probe.write_text(_framed(page, width, height), encoding="utf-8")
        done = _chromium(
            f"--window-size={max(width, 500)},{height}",
            "--virtual-time-budget=5000",
            "--dump-dom",
            probe.as_uri(),
            timeout=timeout,
        )
    match = re.search(r'<pre id="purgehist-layout">(.*?)</pre>', done.stdout, flags=re.DOTALL)
    if match is None:
        msg = f"chromium failed (exit {done.returncode}): {done.stderr.strip()[-800:]}"
        raise RuntimeError(msg)
    text = match.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
    problems: list[str] = json.loads(text.replace("&amp;", "&"))
    return problems


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: write the report, then its screenshot."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=None)
    parser.add_argument("-o", "--output", type=Path, default=Path("report.png"))
    parser.add_argument("--html", type=Path, default=None, help="Keep the HTML here.")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=2400)
    parser.add_argument(
        "--check", action="store_true", help="Also list what is cut off at this width."
    )
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
            problems = layout_problems(html, width=args.width) if args.check else []
        except (FileNotFoundError, RuntimeError) as exc:
            print(f"render_report: {exc}", file=sys.stderr)
            return 1
    print(f"wrote {args.output}")
    for problem in problems:
        print(f"cut off: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

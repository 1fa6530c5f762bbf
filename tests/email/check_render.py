# SPDX-License-Identifier: BSD-3-Clause
"""Checks of the HTML briefing and of Chromium's rendering of it.

    check_render.py static HTML        self-contained: no script, no external
                                       resource (src/href/srcset/data/poster
                                       of anything but <a>/<area>, CSS url()
                                       and @import), UTF-8, a <title>
    check_render.py png PNG W H        a valid W x H PNG that is not blank
    check_render.py netlog NETLOG      no URL request made by the page
    check_render.py dom DOM TITLE      Chromium's DOM has that <title>

Each prints what it found and exits 0 when the check holds, 1 when not.
Only the Python standard library is used.
"""
import json
import re
import struct
import sys
import zlib
from html.parser import HTMLParser

URL_ATTRS = {"src", "href", "srcset", "data", "poster", "background",
             "action", "formaction", "manifest", "codebase", "xlink:href"}
CSS_URL = re.compile(r"""url\(\s*['"]?\s*([^'")\s]*)""", re.I)


def inline_url(value):
    """True when a URL needs no fetch: data:, or a fragment of the page."""
    v = value.strip().lower()
    return v.startswith(("data:", "#")) or v == ""


class Audit(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.title = None
        self.charset = None
        self._in = None
        self._text = []

    def check_css(self, css, where):
        for url in CSS_URL.findall(css):
            if not inline_url(url):
                self.problems.append(f"{where}: CSS url({url})")
        if re.search(r"@import", css, re.I):
            self.problems.append(f"{where}: CSS @import")

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.problems.append("<script> element")
        if tag == "meta":
            if a.get("charset"):
                self.charset = a["charset"].lower()
            if (a.get("http-equiv") or "").lower() == "refresh":
                self.problems.append("<meta http-equiv=refresh>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}>: event handler (script)")
            if name == "style" and value:
                self.check_css(value, f"<{tag} style>")
            if name in URL_ATTRS and value is not None and tag not in ("a", "area"):
                for url in value.split(",") if name == "srcset" else [value]:
                    url = url.strip().split(" ")[0]
                    if not inline_url(url):
                        self.problems.append(f"<{tag} {name}={url!r}>: external resource")
        if tag in ("style", "title"):
            self._in, self._text = tag, []

    def handle_data(self, data):
        if self._in:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == self._in:
            text = "".join(self._text)
            if tag == "style":
                self.check_css(text, "<style>")
            elif self.title is None:
                self.title = " ".join(text.split())
            self._in = None


def cmd_static(path):
    with open(path, "rb") as f:
        raw = f.read()
    problems = []
    try:
        html = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"static: {path} is not UTF-8: {e}")
        return 1
    if not re.match(r"\s*<!DOCTYPE html>", html, re.I):
        problems.append("no <!DOCTYPE html> at the start")
    audit = Audit()
    audit.feed(html)
    audit.close()
    problems += audit.problems
    if audit.charset != "utf-8":
        problems.append(f"<meta charset> is {audit.charset!r}, not utf-8")
    if not audit.title or not audit.title.startswith("Daily briefing"):
        problems.append(f"<title> is {audit.title!r}")
    for p in problems:
        print(f"static: {path}: {p}")
    if not problems:
        print(f"static: {path}: self-contained, UTF-8, title {audit.title!r}")
    return 1 if problems else 0


def png_pixels(path):
    """(width, height, rows of RGB(A) bytes) of an 8-bit RGB/RGBA PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, ihdr = 8, [], None
    while pos < len(data):
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc, = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(ctype + body) != crc:
            raise ValueError(f"bad CRC in {ctype!r} chunk")
        if ctype == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif ctype == b"IDAT":
            idat.append(body)
        elif ctype == b"IEND":
            break
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = ihdr
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"unexpected PNG format: depth {depth}, colour {colour}")
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up = prev[i]
            ul = prev[i - bpp] if i >= bpp else 0
            if ftype == 1:
                line[i] = (line[i] + left) & 255
            elif ftype == 2:
                line[i] = (line[i] + up) & 255
            elif ftype == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif ftype == 4:
                p = left + up - ul
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - ul)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else ul
                line[i] = (line[i] + pred) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def cmd_png(path, want_w, want_h):
    try:
        width, height, bpp, rows = png_pixels(path)
    except (ValueError, zlib.error, struct.error, TypeError) as e:
        print(f"png: {path}: {e}")
        return 1
    if (width, height) != (int(want_w), int(want_h)):
        print(f"png: {path} is {width}x{height}, expected {want_w}x{want_h}")
        return 1
    counts = {}
    for row in rows:
        for x in range(0, len(row), bpp):
            px = row[x:x + 3]
            counts[px] = counts.get(px, 0) + 1
    background = max(counts, key=counts.get)
    ink = width * height - counts[background]
    ink_rows = sum(1 for row in rows
                   if any(row[x:x + 3] != background for x in range(0, len(row), bpp)))
    dark = sum(n for px, n in counts.items() if sum(px) < 3 * 100)
    print(f"png: {width}x{height}, {len(counts)} colours, background "
          f"#{background.hex()}, {ink} ink pixels ({100 * ink / (width * height):.1f}%) "
          f"on {ink_rows} rows, {dark} dark pixels")
    if len(counts) < 8 or ink < 0.002 * width * height or ink_rows < 40 or dark < 200:
        print("png: the page looks blank")
        return 1
    return 0


def cmd_netlog(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        log = json.loads(text)
    except json.JSONDecodeError:  # a log cut short: close its event list
        log = json.loads(text.rstrip().rstrip(",") + "]}")
    types = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    starts = [e.get("params", {}) for e in log["events"]
              if types.get(e["type"]) == "URL_REQUEST_START_JOB"]
    # Requests the browser makes by itself (component updater, time, account
    # checks) have no initiator; those of a page carry its origin ("null" for
    # a file:// page) and its network isolation key.
    page = [p for p in starts if p.get("url") and
            (p.get("initiator") != "not an origin" or
             "file://" in p.get("network_isolation_key", ""))]
    browser = len(starts) - len(page)
    for p in page:
        print(f"netlog: the page requested {p['url']}")
    print(f"netlog: {len(page)} page requests, {browser} browser requests "
          f"(blocked by --host-resolver-rules)")
    return 1 if page else 0


def cmd_dom(path, title):
    with open(path, encoding="utf-8", errors="replace") as f:
        dom = f.read()
    audit = Audit()
    audit.feed(dom)
    audit.close()
    print(f"dom: {len(dom)} characters, title {audit.title!r}")
    return 0 if audit.title == title else 1


def main():
    cmds = {"static": (cmd_static, 1), "png": (cmd_png, 3),
            "netlog": (cmd_netlog, 1), "dom": (cmd_dom, 2)}
    if len(sys.argv) < 2 or sys.argv[1] not in cmds or \
            len(sys.argv) - 2 != cmds[sys.argv[1]][1]:
        print(__doc__, file=sys.stderr)
        return 2
    fn, _ = cmds[sys.argv[1]]
    return fn(*sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())

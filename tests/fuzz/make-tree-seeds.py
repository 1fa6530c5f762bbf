#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Write the seeds of the fuzz target "tree" (tests/fuzz/fuzz-tree.c) into
# tests/fuzz/corpus/tree.  Each seed is a settings byte, a limits byte and
# entries: a place byte (0 the folder, 1 story folder a, 2 story folder b,
# 3 an empty story folder c), the name's length - 1, the name, the body's
# length (two bytes, big-endian) and the body.
#
#   python3 tests/fuzz/make-tree-seeds.py
import gzip
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus", "tree")


def entry(place, name, body):
    if isinstance(body, str):
        body = body.encode()
    n = name.encode()
    assert 1 <= len(n) <= 15 and len(body) <= 4096
    return bytes([place, len(n) - 1]) + n + bytes([len(body) >> 8, len(body) & 0xFF]) + body


def seed(name, settings, limits, entries):
    # settings: threads 2 + s % 3; bit 2 story folders; (s >> 3) % 8 the
    # format (0-3 auto, 4 text, 5 JSON Lines, 6 page, 7 feed).
    # limits: max-input-bytes [64, 300, 1024, 4096][l % 4], max-total-bytes
    # [256, 2048, 8192, 65536][(l >> 2) % 4].
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(bytes([settings, limits]) + b"".join(entries))


def text(i):
    return (f"Title: Report {i}\nSource: Wire\nDate: 2004-11-1{i % 10}\n\n"
            f"The council met on Monday in town {i}. Officials said the bridge would reopen soon.\n")


PAGE = (b"<html><head><title>Bridge to reopen</title>"
        b"<meta property='og:url' content='https://example.org/a'></head><body><article>"
        b"<p>The council met on Monday. Officials said the bridge would reopen soon after "
        b"repairs.</p><p>Work began in May.</p></article></body></html>")
FEED = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>W</title><item>"
        b"<title>Bridge</title><link>https://example.org/a</link><description>The council met "
        b"on Monday. The bridge will reopen.</description></item><item><title>Empty</title>"
        b"</item></channel></rss>")

os.makedirs(OUT, exist_ok=True)
seed("flat-texts", 0x00, 0x0F, [entry(0, f"r{i:02d}.txt", text(i)) for i in range(10)])
seed("tree-stories", 0x04, 0x0F, [entry(1, "a1.txt", text(1)), entry(1, "a2.txt", text(2)),
                                  entry(2, "b1.txt", text(3)), entry(0, "top.txt", text(4)),
                                  entry(3, "x", "")])
seed("hidden-and-skipped", 0x01, 0x0F, [entry(0, ".hidden.txt", text(1)),
                                        entry(0, "README.md", "# notes\n"),
                                        entry(0, "run.sh", "#!/bin/sh\necho\n"),
                                        entry(0, "story.txt", text(2)),
                                        entry(0, "pic.png", b"\x89PNG\r\n\x1a\n\0\0")])
seed("total-limit", 0x02, 0x03, [entry(0, f"r{i:02d}.txt", text(i)) for i in range(12)])
seed("input-limit", 0x00, 0x0C, [entry(0, "small.txt", "A short note.\n"),
                                 entry(0, "big.txt", text(1) * 3)])
GZ = gzip.compress(text(5).encode() * 4, mtime=0)
seed("gzip", 0x00, 0x0E, [entry(0, "a.txt.gz", GZ), entry(0, "b.txt.gz", GZ[:20]),
                          entry(0, "c.txt", text(6))])
seed("pages", 0x00, 0x0F, [entry(0, "a.html", PAGE),
                           entry(0, "b.html", b"<html><title>404 Not Found</title><body>not found"
                                              b"</body></html>"),
                           entry(0, "c.html", PAGE)])
seed("feed-and-page", 0x04, 0x0F, [entry(1, "feed.xml", FEED), entry(1, "page.html", PAGE),
                                   entry(0, "bad.xml", "<?xml version='1.0'?><rss><channel>")])
seed("jsonl", 0x28, 0x0F, [entry(0, "a.jsonl", '{"text":"The council met on Monday.","title":'
                                               '"Council"}\n{"text":"Bridge to reopen.",'
                                               '"cluster":"b"}\n'),
                           entry(0, "b.jsonl", '{"title":"no text"}\n')])
seed("bad-utf8", 0x01, 0x0F, [entry(0, "a.txt", text(1)),
                              entry(0, "b.txt", b"The council \xff met.\n"),
                              entry(0, "c.txt", text(2))])
seed("empty-tree", 0x04, 0x0F, [entry(3, "x", ""), entry(0, ".only-hidden", "x")])
seed("many-small", 0x01, 0x0D, [entry(i % 3, f"f{i:02d}.txt", f"Item {i} was filed.\n")
                                for i in range(24)])

# SPDX-License-Identifier: BSD-3-Clause
"""Check a daily-briefing e-mail with Python's own MIME parser.

    check_message.py MESSAGE --text FILE --html FILE --subject S
                     --from ADDR --to ADDR [--to ADDR...] [--envelope JSON]

MESSAGE is the message as sent (CRLF or LF line ends).  It must be:
7-bit clean with lines of at most 78 characters (headers, QP bodies at 76);
multipart/alternative with exactly two parts, text/plain then text/html,
both charset utf-8 and strictly valid quoted-printable whose decoded bodies
are byte for byte the text and HTML briefings (FILEs); with the given Subject
(decoded from RFC 2047), From and To, an RFC 5322 Date, a Message-ID and
MIME-Version 1.0, and no defect the parser noticed.  With --envelope (the
SMTP server's JSON), the envelope recipients must be the To addresses.
Exits 0 when all holds, else 1 naming the first check that failed.
"""
import argparse
import email.utils
import json
import re
import sys
from email import policy
from email.parser import BytesParser

QP_LINE = re.compile(rb"(?:[\t !-<>-~]|=[0-9A-F]{2})*=?")
MESSAGE_ID = re.compile(r"<[^<>@\s]+@[^<>@\s]+>")
RFC5322_DATE = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), [ 0-9]?[0-9] "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} "
    r"[0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4}")


def fail(what):
    print("check_message: FAIL: " + what, file=sys.stderr)
    sys.exit(1)


def check(cond, what):
    if not cond:
        fail(what)


def check_qp_body(raw_part, name):
    """The raw body lines of a part must be QP as RFC 2045 writes it."""
    body = raw_part.split(b"\n\n", 1)[1]
    for n, line in enumerate(body.split(b"\n"), 1):
        check(len(line) <= 76, f"{name}: QP line {n} has {len(line)} characters")
        check(QP_LINE.fullmatch(line) is not None,
              f"{name}: QP line {n} is not strict quoted-printable: {line[:80]!r}")
        check(not line.endswith((b" ", b"\t")),
              f"{name}: QP line {n} ends with white space")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("message")
    ap.add_argument("--text", required=True)
    ap.add_argument("--html", required=True)
    ap.add_argument("--subject", required=True)
    ap.add_argument("--from", dest="sender", required=True)
    ap.add_argument("--to", action="append", required=True)
    ap.add_argument("--envelope")
    args = ap.parse_args()

    with open(args.message, "rb") as f:
        raw = f.read().replace(b"\r\n", b"\n")
    check(raw.isascii(), "the message is not 7-bit ASCII")
    head_raw, _, _ = raw.partition(b"\n\n")
    for line in raw.split(b"\n"):
        check(len(line) <= 78, f"line longer than 78 characters: {line[:80]!r}")

    msg = BytesParser(policy=policy.default).parsebytes(raw)
    check(not msg.defects, f"message defects: {msg.defects}")

    # Headers.
    check(msg["MIME-Version"] == "1.0", "MIME-Version is not 1.0")
    subject_raw = re.search(rb"^Subject: (.*(?:\n[ \t].*)*)", head_raw, re.M)
    check(subject_raw is not None, "no Subject header")
    check(str(msg["Subject"]) == args.subject,
          f"Subject is {str(msg['Subject'])!r}, expected {args.subject!r}")
    if not args.subject.isascii():
        check(b"=?UTF-8?" in subject_raw.group(1).upper(),
              "a non-ASCII Subject is not RFC 2047 encoded")
    date = str(msg["Date"])
    check(RFC5322_DATE.fullmatch(date) is not None, f"Date is not RFC 5322: {date!r}")
    check(email.utils.parsedate_to_datetime(date).tzinfo is not None, "Date has no zone")
    check(MESSAGE_ID.fullmatch(str(msg["Message-ID"])) is not None,
          f"bad Message-ID: {msg['Message-ID']!r}")
    senders = [a.addr_spec for a in msg["From"].addresses]
    check(senders == [args.sender], f"From is {senders}, expected {[args.sender]}")
    rcpts = [a.addr_spec for a in msg["To"].addresses]
    check(rcpts == args.to, f"To is {rcpts}, expected {args.to}")
    for name in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                 "Content-Type"):
        check(len(msg.get_all(name, [])) == 1, f"{name} is not there exactly once")

    # Structure and bodies.
    check(msg.get_content_type() == "multipart/alternative",
          f"Content-Type is {msg.get_content_type()}")
    boundary = msg.get_boundary()
    check(boundary, "no boundary")
    parts = msg.get_payload()
    check(isinstance(parts, list) and len(parts) == 2,
          f"expected 2 parts, found {len(parts) if isinstance(parts, list) else 0}")
    raw_parts = raw.split(b"\n--" + boundary.encode())[1:3]
    expected = [("text/plain", args.text), ("text/html", args.html)]
    bodies = []
    for i, (part, raw_part, (ctype, path)) in enumerate(zip(parts, raw_parts, expected), 1):
        name = f"part {i} ({ctype})"
        check(part.get_content_type() == ctype,
              f"part {i} is {part.get_content_type()}, expected {ctype}")
        check(not part.defects, f"{name} defects: {part.defects}")
        check(part.get_content_charset() == "utf-8", f"{name}: charset is not utf-8")
        check(part["Content-Transfer-Encoding"].lower() == "quoted-printable",
              f"{name}: Content-Transfer-Encoding is {part['Content-Transfer-Encoding']}")
        check_qp_body(raw_part.lstrip(b"\n"), name)
        try:
            body = part.get_payload(decode=True).decode("utf-8")
        except UnicodeDecodeError as e:
            fail(f"{name}: body is not UTF-8: {e}")
        with open(path, encoding="utf-8") as f:
            want = f.read()
        check(body == want, f"{name}: decoded body differs from {path}")
        check(part.get_content() == body, f"{name}: get_content() disagrees")
        bodies.append(body)

    text, html = bodies
    first = text.split("\n", 1)[0]
    check(first.startswith("Daily briefing"), f"text starts with {first!r}")
    check(html.lstrip().lower().startswith("<!doctype html>"), "HTML has no <!DOCTYPE html>")
    title = re.search(r"<title>(.*?)</title>", html, re.S | re.I)
    check(title is not None and title.group(1).strip() == first,
          f"HTML <title> is {title.group(1) if title else None!r}, expected {first!r}")

    if args.envelope:
        with open(args.envelope) as f:
            env = json.load(f)
        check(sorted(env["rcpt_tos"]) == sorted(args.to),
              f"envelope recipients {env['rcpt_tos']}, expected {args.to}")

    print(f"check_message: ok: {msg['Subject']!s} | {len(text)} + {len(html)} "
          f"characters | To {', '.join(rcpts)}")


if __name__ == "__main__":
    main()

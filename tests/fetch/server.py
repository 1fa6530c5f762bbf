#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""The web server of tests/fetch/test-fetch.sh, on 127.0.0.1 only.

    server.py ROOT PORT LOG

Serves the files under ROOT like `python3 -m http.server` (Last-Modified,
If-Modified-Since -> 304), plus:

- an ETag on feeds (*.rss, *.atom, *.xml) and 304 when If-None-Match names
  it, so that a feed tests the ETag and a page the date condition;
- /slow/...: answers after 8 s (logged on arrival);
- /big/...: 200, no Content-Length, 16 MiB sent until the client hangs up;
- /big-length/...: the same with Content-Length: 16777216;
- /trickle/...: 200, no Content-Length, 100 bytes every 0.1 s for 30 s;
- /to-file/...: 302 to file:///etc/passwd.

Every request is appended to LOG as one line of tab-separated fields: time,
method, path, status, If-Modified-Since, If-None-Match, User-Agent ("-"
when a header is not sent).
"""
import http.server
import os
import sys
import threading
import time
import urllib.parse

LOCK = threading.Lock()
FEED_SUFFIXES = ('.rss', '.atom', '.xml')


class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = 'HTTP/1.0'  # the end of a body without length: close
    log_path = None
    etag = None

    def log_request(self, code='-', size='-'):
        fields = [
            '%.3f' % time.time(), self.command, self.path, str(int(code)),
            self.headers.get('If-Modified-Since'),
            self.headers.get('If-None-Match'),
            self.headers.get('User-Agent'),
        ]
        line = '\t'.join(' '.join((f or '-').split()) for f in fields)
        with LOCK, open(self.log_path, 'a', encoding='utf-8') as log:
            log.write(line + '\n')

    def log_message(self, format, *args):  # no access log on stderr
        pass

    def end_headers(self):
        if self.etag:
            self.send_header('ETag', self.etag)
        super().end_headers()

    def stream(self, length, chunk, pause, content_length=False):
        self.send_response(200)
        self.send_header('Content-Type', 'text/html; charset=utf-8')
        if content_length:
            self.send_header('Content-Length', str(length))
        self.end_headers()
        block = (b'<p>' + b'x' * (chunk - 8) + b'</p>\n')[:chunk]
        sent = 0
        while sent < length:
            self.wfile.write(block)
            self.wfile.flush()
            sent += len(block)
            if pause:
                time.sleep(pause)

    def do_GET(self):
        path = urllib.parse.urlsplit(self.path).path
        try:
            if path.startswith('/slow/'):
                self.log_request(200)  # logged when asked, not when answered
                time.sleep(8)
                self.send_response_only(200)
                self.send_header('Content-Type', 'text/html; charset=utf-8')
                self.end_headers()
                self.wfile.write(b'<html><body><p>Too late.</p></body></html>\n')
            elif path.startswith('/big/'):
                self.stream(16 << 20, 65536, 0)
            elif path.startswith('/big-length/'):
                self.stream(16 << 20, 65536, 0, content_length=True)
            elif path.startswith('/trickle/'):
                self.stream(30000, 100, 0.1)
            elif path.startswith('/to-file/'):
                self.send_response(302)
                self.send_header('Location', 'file:///etc/passwd')
                self.end_headers()
            else:
                super().do_GET()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def send_head(self):
        self.etag = None
        local = self.translate_path(self.path)
        if local.endswith(FEED_SUFFIXES) and os.path.isfile(local):
            st = os.stat(local)
            self.etag = '"%x-%x"' % (st.st_size, st.st_mtime_ns)
            wanted = self.headers.get('If-None-Match')
            if wanted and self.etag in [t.strip() for t in wanted.split(',')]:
                self.send_response(304)
                self.end_headers()
                return None
        return super().send_head()


def main():
    root, port, log = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    Handler.log_path = log

    def handler(*args, **kwargs):
        return Handler(*args, directory=root, **kwargs)

    server = http.server.ThreadingHTTPServer(('127.0.0.1', port), handler)
    server.daemon_threads = True
    server.serve_forever()


if __name__ == '__main__':
    main()

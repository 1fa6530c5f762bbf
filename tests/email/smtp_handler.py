# SPDX-License-Identifier: BSD-3-Clause
"""aiosmtpd handler of the e-mail tests: keeps every message it receives.

    python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c smtp_handler.SaveHandler DIR

Message N (from 1) is saved as DIR/N.eml, the DATA exactly as received (CRLF
line ends, dot-stuffing undone), after DIR/N.json, its envelope: mail_from
and rcpt_tos.  Both are written under a temporary name and renamed, so a
reader never sees half a file.
"""
import json
import os


def _write(path, data):
    with open(path + ".tmp", "wb") as f:
        f.write(data)
    os.rename(path + ".tmp", path)


class SaveHandler:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 1:
            parser.error("SaveHandler takes one argument: the directory")
        return cls(args[0])

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.directory, str(self.count))
        envelope_json = {"mail_from": envelope.mail_from,
                         "rcpt_tos": list(envelope.rcpt_tos)}
        _write(base + ".json", json.dumps(envelope_json).encode())
        _write(base + ".eml", envelope.original_content or envelope.content)
        return "250 OK message saved"

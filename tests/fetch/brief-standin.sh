#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# Stand-in for `brief extract --format urls FEED` (the link of each RSS 2.0
# item, the rel="alternate" link of each Atom entry, one per line) until
# brief has that command; every other command goes to the real brief,
# $BRIEF_REAL ($BRIEF_STANDIN_PYTHON: the python3 to use).  Used by
# tests/fetch/test-fetch.sh only while its `standin=yes`; delete this file
# when brief extract is in main.
#
# Unlike the real command it prints the links as written, a "javascript:"
# one too, so that the test sees fetch-feeds.sh refuse it.
if [ $# -eq 4 ] && [ "$1" = extract ] && [ "$2" = --format ] && [ "$3" = urls ]; then
    exec "${BRIEF_STANDIN_PYTHON:-python3}" -c '
import sys
import xml.etree.ElementTree as ET
ATOM = "{http://www.w3.org/2005/Atom}"
root = ET.parse(sys.argv[1]).getroot()
for item in root.iter("item"):
    link = (item.findtext("link") or "").strip()
    if link:
        print(link)
for entry in root.iter(ATOM + "entry"):
    for link in entry.findall(ATOM + "link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            print(link.get("href").strip())
            break
' "$4"
fi
exec "${BRIEF_REAL:?BRIEF_REAL: the real brief}" "$@"

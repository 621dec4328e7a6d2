# SPDX-License-Identifier: GPL-3.0-or-later
"""Deterministic benchmark data: Zoho records for crm-sandbox and vCard/iCalendar files.

Item i depends only on (seed, i), never on N, so size 200 is a prefix of size 1000 and two
runs with the same seed send byte-identical data. The data is meant to be awkward in the
ways real address books and calendars are: Japanese and Latin names, text with commas,
semicolons and newlines (which vCard/iCalendar must escape), several UTC offsets, all-day
events, recurrences, and (in the files) TZID time zones, EXDATE and RECURRENCE-ID overrides.
"""

import datetime as dt
import random
import re

FAMILY_JA = ["山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村"]
GIVEN_JA = ["太郎", "花子", "健一", "美咲", "翔太", "結衣", "大輔", "さくら"]
FAMILY_LATIN = ["Smith", "Müller", "O'Brien", "García", "Nguyen", "Kowalski", "Dubois"]
GIVEN_LATIN = ["Anne-Marie", "John", "Zoë", "Li", "Mohammed", "Sven", "Chloé"]
TITLES = ["営業部長", "Manager, Sales", "Engineer; Platform", "課長代理", "CTO"]
NOTES = ["メモ; 一行目, 続き\n二行目", "Met at the fair, booth 12; follow up\nin March",
         "Prefers e-mail, not phone; 電話は不可", "Line one\nLine two, with comma\nLine three; done"]
ADDRESSES = [("丸の内1-1-%d", "千代田区", "100-0005", "Japan"),
             ("%d Main Street, Suite 4", "Springfield", "62701", "USA"),
             ("Hauptstraße %d", "München", "80331", "Germany"),
             ("梅田2-%d-3", "大阪市北区", "530-0001", "Japan")]
OFFSETS = ["+09:00", "+00:00", "-05:00"]
BASE_DAY = dt.date(2026, 1, 5)


def _rng(seed, i):
    return random.Random(seed * 1000003 + i)


# --- Zoho records (what the benchmark POSTs to crm-sandbox) ----------------------------------

def contact_record(i, seed=1):
    r = _rng(seed, i)
    japanese = i % 2 == 0
    family = r.choice(FAMILY_JA if japanese else FAMILY_LATIN)
    given = r.choice(GIVEN_JA if japanese else GIVEN_LATIN)
    rec = {"Last_Name": "%s%d" % (family, i), "First_Name": given,
           "Email": "bench%d.s%d@example.com" % (i, seed),  # Email is unique in Contacts
           "Phone": "+81-3-5555-%04d" % (i % 10000), "Title": r.choice(TITLES)}
    if i % 3 == 0:
        street, city, zipc, country = ADDRESSES[i % len(ADDRESSES)]
        rec.update({"Mailing_Street": street % (i % 97 + 1), "Mailing_City": city,
                    "Mailing_Zip": zipc, "Mailing_Country": country})
    if i % 4 == 0:
        rec["Mobile"] = "+81-90-%04d-%04d" % (i % 10000, r.randrange(10000))
        rec["Department"] = "東京支社" if japanese else "Sales, EMEA"
    if i % 5 == 0:
        rec["Description"] = r.choice(NOTES)
    return rec


def _zoho_time(d, hour, minute, offset):
    return "%sT%02d:%02d:00%s" % (d.isoformat(), hour, minute, offset)


def event_record(i, seed=1):
    r = _rng(seed, i)
    day = BASE_DAY + dt.timedelta(days=i // 4)
    rec = {"Event_Title": r.choice(["打ち合わせ #%d", "Review, phase 2; draft #%d", "商談 #%d"]) % i}
    if i % 7 == 3:
        # All-day as Zoho writes it: org-local midnight to 23:59 with All_day (the sandbox's
        # org zone is +00:00; see ZohoRecordCodec::normalizeAllDay).
        rec.update({"All_day": True, "Start_DateTime": _zoho_time(day, 0, 0, "+00:00"),
                    "End_DateTime": _zoho_time(day, 23, 59, "+00:00")})
    else:
        hour, off = 8 + (i % 4) * 2, OFFSETS[i % len(OFFSETS)]
        rec.update({"Start_DateTime": _zoho_time(day, hour, 0 if i % 2 else 30, off),
                    "End_DateTime": _zoho_time(day, hour + 1, 0 if i % 2 else 30, off)})
    if i % 10 == 0:
        rec["Recurring_Activity"] = {"RRULE": "FREQ=WEEKLY;COUNT=%d;DTSTART=%s" % (4 + i % 5, day.isoformat())}
    if i % 2 == 0:
        rec["Venue"] = "会議室 %d, 本社" % (i % 10)
    if i % 5 == 0:
        rec["Description"] = r.choice(NOTES)
    return rec


def records(kind, n, seed=1):
    make = contact_record if kind == "contacts" else event_record
    return [make(i, seed) for i in range(n)]


# --- vCard / iCalendar files (server-side seeding and the floor's own items) -----------------

def _escape(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"))


def fold(line):
    """RFC 6350 §3.2 / RFC 5545 §3.1: at most 75 octets a line, never splitting a character."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            out.append(cur)
            cur, size = " ", 1
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def _join(lines):
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


def vcard(i, seed=1):
    rec = contact_record(i, seed)
    lines = ["BEGIN:VCARD", "VERSION:3.0", "UID:bench-contact-%d-%d" % (seed, i),
             "FN:%s %s" % (rec["Last_Name"], rec["First_Name"]) if i % 2 == 0
             else "FN:%s %s" % (rec["First_Name"], rec["Last_Name"]),
             "N:%s;%s;;;" % (_escape(rec["Last_Name"]), _escape(rec["First_Name"])),
             "EMAIL;TYPE=INTERNET:%s" % rec["Email"], "TEL;TYPE=WORK,VOICE:%s" % rec["Phone"],
             "TITLE:%s" % _escape(rec["Title"])]
    if "Mobile" in rec:
        lines.append("TEL;TYPE=CELL:%s" % rec["Mobile"])
    if "Mailing_Street" in rec:
        lines.append("ADR;TYPE=WORK:;;%s;%s;;%s;%s" % tuple(_escape(rec[k]) for k in (
            "Mailing_Street", "Mailing_City", "Mailing_Zip", "Mailing_Country")))
    if "Description" in rec:
        lines.append("NOTE:%s" % _escape(rec["Description"]))
    lines += ["REV:20260101T000000Z", "END:VCARD"]
    return _join(lines)


VTIMEZONES = {
    "Asia/Tokyo": ["BEGIN:VTIMEZONE", "TZID:Asia/Tokyo", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                   "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "TZNAME:JST", "END:STANDARD", "END:VTIMEZONE"],
    "America/New_York": ["BEGIN:VTIMEZONE", "TZID:America/New_York",
                         "BEGIN:DAYLIGHT", "DTSTART:20070311T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
                         "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT", "END:DAYLIGHT",
                         "BEGIN:STANDARD", "DTSTART:20071104T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                         "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "END:STANDARD",
                         "END:VTIMEZONE"],
}


def ics(i, seed=1):
    rec = event_record(i, seed)
    uid = "bench-event-%d-%d" % (seed, i)
    day = BASE_DAY + dt.timedelta(days=i // 4)
    zone = [None, "Asia/Tokyo", "America/New_York"][i % 3]
    hour = 8 + (i % 4) * 2
    minute = 0 if i % 2 else 30

    def stamp(d, h, m):
        base = "%s%02d%02d00" % (d.strftime("%Y%m%dT"), h, m)
        return (";TZID=%s:%s" % (zone, base)) if zone else (":%sZ" % base)

    ev = ["BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260101T000000Z",
          "SUMMARY:%s" % _escape(rec["Event_Title"])]
    if rec.get("All_day"):
        ev += ["DTSTART;VALUE=DATE:%s" % day.strftime("%Y%m%d"),
               "DTEND;VALUE=DATE:%s" % (day + dt.timedelta(days=1)).strftime("%Y%m%d")]
        zone = None
    else:
        ev += ["DTSTART" + stamp(day, hour, minute), "DTEND" + stamp(day, hour + 1, minute)]
    if "Venue" in rec:
        ev.append("LOCATION:%s" % _escape(rec["Venue"]))
    if "Description" in rec:
        ev.append("DESCRIPTION:%s" % _escape(rec["Description"]))
    override = []
    if i % 10 == 0 and not rec.get("All_day"):
        # A weekly series with one cancelled and one moved occurrence.
        ev.append("RRULE:FREQ=WEEKLY;COUNT=6")
        ev.append("EXDATE" + stamp(day + dt.timedelta(days=7), hour, minute))
        moved = day + dt.timedelta(days=14)
        override = ["BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260101T000000Z",
                    "RECURRENCE-ID" + stamp(moved, hour, minute),
                    "DTSTART" + stamp(moved, hour + 2, minute), "DTEND" + stamp(moved, hour + 3, minute),
                    "SUMMARY:%s (moved)" % _escape(rec["Event_Title"]), "END:VEVENT"]
    ev.append("END:VEVENT")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//crmsync bench//datagen//EN"]
    if zone:
        lines += VTIMEZONES[zone]
    return _join(lines + ev + override + ["END:VCALENDAR"])


def files(kind, n, seed=1):
    """{file name: bytes} for n items."""
    if kind == "contacts":
        return {"bench-contact-%d.vcf" % i: vcard(i, seed) for i in range(n)}
    return {"bench-event-%d.ics" % i: ics(i, seed) for i in range(n)}


# --- edits and checks on files ----------------------------------------------------------------

def unfold(data):
    return re.sub(r"\r?\n[ \t]", "", data.decode("utf-8")).replace("\r\n", "\n").split("\n")


def edit_item(data, kind, marker):
    """Set TITLE (vCard) or the first SUMMARY (iCalendar) to marker; other lines untouched."""
    prop, end = ("TITLE", "END:VCARD") if kind == "contacts" else ("SUMMARY", None)
    lines = [l for l in unfold(data) if l != ""]
    pat = re.compile(r"^%s[;:]" % prop, re.I)
    for n, line in enumerate(lines):
        if pat.match(line):
            lines[n] = "%s:%s" % (prop, marker)
            break
    else:
        at = lines.index(end) if end in lines else lines.index("END:VEVENT")
        lines.insert(at, "%s:%s" % (prop, marker))
    return _join(lines)


def uid_of(data):
    for line in unfold(data):
        if line.upper().startswith("UID:"):
            return line[4:].strip()
    return None


def has_marker(data, marker):
    return marker in "".join(unfold(data))

# SPDX-License-Identifier: GPL-3.0-or-later
"""The wire floor: the fewest DAV requests a sync client needs, on one keep-alive connection.

This is what "as fast as a client could possibly be against this server" means in the
tables: no process start, no parsing beyond the multistatus, no local database. Each step
sends only the requests the protocol requires (RFC 6578 sync-collection, RFC 6352/4791
multiget, RFC 7232 preconditions). Radicale answers HTTP/1.0 and closes the connection after
every response, so there http.client reconnects per request; Xandikos keeps it open.
"""

import base64
import http.client
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

NS = {"d": "DAV:", "card": "urn:ietf:params:xml:ns:carddav", "cal": "urn:ietf:params:xml:ns:caldav"}
KIND = {
    # kind: (content type, multiget element, data element, namespace prefix)
    "contacts": ("text/vcard; charset=utf-8", "addressbook-multiget", "address-data", "card"),
    "events": ("text/calendar; charset=utf-8", "calendar-multiget", "calendar-data", "cal"),
}
XML_HEAD = '<?xml version="1.0" encoding="utf-8"?>'


class DavError(Exception):
    pass


class DavClient:
    """One collection, one persistent connection; counts every request it sends."""

    def __init__(self, collection_url, kind, username="user", password="x", timeout=600):
        u = urllib.parse.urlsplit(collection_url)
        self.host, self.port, self.path = u.hostname, u.port, u.path
        self.kind = kind
        self.timeout = timeout
        self.requests = 0
        self.connects = 0
        # Radicale's owner_only rights want a user name; Xandikos ignores the header.
        token = base64.b64encode(("%s:%s" % (username, password)).encode()).decode()
        self.auth = "Basic " + token
        self.conn = None

    def _connection(self):
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        if self.conn.sock is None:
            self.conn.connect()  # explicit so reconnects are counted
            self.connects += 1
        return self.conn

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def request(self, method, path, body=None, headers=None):
        hdrs = {"Authorization": self.auth}
        hdrs.update(headers or {})
        if isinstance(body, str):
            body = body.encode("utf-8")
        for attempt in (1, 2):  # a keep-alive connection the server dropped while idle: retry once
            conn = self._connection()
            try:
                conn.request(method, path, body=body, headers=hdrs)
                resp = conn.getresponse()
                data = resp.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.close()
                if attempt == 2:
                    raise
        self.requests += 1
        if resp.will_close:
            self.close()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, data

    def href(self, name):
        return self.path + urllib.parse.quote(name)

    # --- protocol pieces -------------------------------------------------------------------

    def put(self, href, data, etag=None):
        """Create (If-None-Match: *) or update (If-Match) one item; returns the new ETag."""
        h = {"Content-Type": KIND[self.kind][0]}
        if etag is None:
            h["If-None-Match"] = "*"
        else:
            h["If-Match"] = etag
        status, headers, body = self.request("PUT", href, data, h)
        if status not in (200, 201, 204):
            raise DavError("PUT %s: HTTP %d %s" % (href, status, body[:200]))
        return headers.get("etag")

    def get(self, href):
        status, headers, body = self.request("GET", href)
        if status != 200:
            raise DavError("GET %s: HTTP %d" % (href, status))
        return body, headers.get("etag")

    def sync_token(self):
        """The collection's current sync-token (PROPFIND Depth 0)."""
        body = XML_HEAD + '<d:propfind xmlns:d="DAV:"><d:prop><d:sync-token/></d:prop></d:propfind>'
        status, _, data = self.request("PROPFIND", self.path, body,
                                       {"Depth": "0", "Content-Type": "application/xml; charset=utf-8"})
        if status != 207:
            raise DavError("PROPFIND sync-token: HTTP %d" % status)
        node = ET.fromstring(data).find(".//d:sync-token", NS)
        return node.text if node is not None else None

    def sync_collection(self, token, with_data=False):
        """RFC 6578 REPORT: (new token, {href: etag or None when removed}, {href: data})."""
        _, _, data_el, prefix = KIND[self.kind]
        ns = NS[prefix]
        extra = '<x:%s xmlns:x="%s"/>' % (data_el, ns) if with_data else ""
        tok = "<d:sync-token>%s</d:sync-token>" % escape(token) if token else "<d:sync-token/>"
        body = (XML_HEAD + '<d:sync-collection xmlns:d="DAV:">%s<d:sync-level>1</d:sync-level>'
                '<d:prop><d:getetag/>%s</d:prop></d:sync-collection>' % (tok, extra))
        status, _, resp = self.request("REPORT", self.path, body,
                                       {"Depth": "0", "Content-Type": "application/xml; charset=utf-8"})
        if status != 207:
            raise DavError("sync-collection: HTTP %d %s" % (status, resp[:200]))
        root = ET.fromstring(resp)
        changes, items = self._parse(root, data_el, ns)
        node = root.find("d:sync-token", NS)
        return (node.text if node is not None else None), changes, items

    def multiget(self, hrefs):
        """One multiget REPORT: ({href: etag}, {href: data})."""
        _, mg, data_el, prefix = KIND[self.kind]
        ns = NS[prefix]
        body = (XML_HEAD + '<x:%s xmlns:d="DAV:" xmlns:x="%s"><d:prop><d:getetag/><x:%s/></d:prop>%s</x:%s>'
                % (mg, ns, data_el, "".join("<d:href>%s</d:href>" % escape(h) for h in hrefs), mg))
        status, _, resp = self.request("REPORT", self.path, body,
                                       {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"})
        if status != 207:
            raise DavError("multiget: HTTP %d %s" % (status, resp[:200]))
        return self._parse(ET.fromstring(resp), data_el, ns)

    def _parse(self, root, data_el, ns):
        etags, items = {}, {}
        for r in root.findall("d:response", NS):
            href = urllib.parse.unquote(r.findtext("d:href", "", NS))
            if href.rstrip("/") == self.path.rstrip("/"):
                continue  # the collection itself
            status = r.findtext("d:status", "", NS)
            if " 404" in status:
                etags[href] = None  # removed (sync-collection) or missing (multiget)
                continue
            for ps in r.findall("d:propstat", NS):
                if " 200" not in ps.findtext("d:status", "", NS):
                    continue
                e = ps.find("d:prop/d:getetag", NS)
                if e is not None:
                    etags[href] = e.text
                d = ps.find("{DAV:}prop/{%s}%s" % (ns, data_el))
                if d is not None and d.text:
                    # XML parsing turned CRLF into LF (XML 1.0 §2.11); the items use CRLF.
                    items[href] = d.text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        return etags, items


def parallel_get(url, kind, hrefs, connections=4):
    """GET every href over `connections` keep-alive connections; returns (requests, {href: data})."""
    out, errors, count = {}, [], [0]
    lock = threading.Lock()

    def worker(part):
        c = DavClient(url, kind)
        try:
            for h in part:
                data, _ = c.get(h)
                with lock:
                    out[h] = data
        except Exception as e:  # reported after the join: a thread cannot raise to us
            errors.append(e)
        finally:
            with lock:
                count[0] += c.requests
            c.close()

    threads = [threading.Thread(target=worker, args=(hrefs[i::connections],)) for i in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return count[0], out


class Floor:
    """The floor's sync state (token, href → etag) and one method per benchmark step."""

    STRATEGIES = ["sync-collection+data", "multiget/50", "multiget/100", "multiget/250",
                  "multiget/1000", "GET x4"]

    def __init__(self, url, kind):
        self.url, self.kind = url, kind
        self.client = DavClient(url, kind)
        self.token = None
        self.etags = {}  # href -> etag as last seen

    def _timed(self, fn):
        before = self.client.requests
        t0 = time.perf_counter()
        fn()
        return time.perf_counter() - t0, self.client.requests - before

    def first_upload(self, items):
        """items: {name: bytes}. N PUTs with If-None-Match: *, then the token (PROPFIND Depth 0)."""
        def run():
            for name, data in items.items():
                href = self.client.href(name)
                self.etags[href] = self.client.put(href, data)
            self.token = self.client.sync_token()
        return self._timed(run)

    def sync(self):
        """One sync-collection; fetch (one multiget) only hrefs whose ETag we do not know."""
        def run():
            token, changes, _ = self.client.sync_collection(self.token)
            self.token = token
            wanted = [h for h, e in changes.items() if e is not None and self.etags.get(h) != e]
            for h, e in changes.items():
                if e is None:
                    self.etags.pop(h, None)
            if wanted:
                etags, _ = self.client.multiget(wanted)
                self.etags.update({h: e for h, e in etags.items() if e})
        return self._timed(run)

    def local_edits(self, edits):
        """edits: {href: new bytes}. Learn the server's changes first, then PUT with If-Match."""
        def run():
            token, changes, _ = self.client.sync_collection(self.token)
            self.token = token
            for h, e in changes.items():
                if e is not None:
                    self.etags[h] = e
            for h, data in edits.items():
                self.etags[h] = self.client.put(h, data, self.etags[h])
        return self._timed(run)

    def first_download(self, strategy, expected):
        """Fresh client state; one download strategy. Returns (seconds, requests, items)."""
        self.client.close()
        self.client = DavClient(self.url, self.kind)
        got = {}

        def run():
            if strategy == "sync-collection+data":
                self.token, etags, items = self.client.sync_collection(None, with_data=True)
                got.update(items)
            else:
                self.token, etags, _ = self.client.sync_collection(None)
                hrefs = sorted(h for h, e in etags.items() if e is not None)
                if strategy.startswith("multiget/"):
                    n = int(strategy.split("/")[1])
                    for i in range(0, len(hrefs), n):
                        _, items = self.client.multiget(hrefs[i:i + n])
                        got.update(items)
                else:
                    reqs, items = parallel_get(self.url, self.kind, hrefs, 4)
                    self.client.requests += reqs
                    got.update(items)
            self.etags = {h: e for h, e in etags.items() if e is not None}
        secs, reqs = self._timed(run)
        if len(got) != expected:
            raise DavError("%s fetched %d items, expected %d" % (strategy, len(got), expected))
        return secs, reqs, got

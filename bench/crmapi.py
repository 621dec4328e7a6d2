# SPDX-License-Identifier: GPL-3.0-or-later
"""The few crm-sandbox REST calls the benchmark makes itself (seeding, edits, checks, stats).

These are the documented Zoho v8 shapes (emulators/crm-sandbox/README.md); the counters at
/__sandbox/stats are reset before every timed step, so these untimed calls never show up in
the "Zoho calls" column.
"""

import http.client
import json
import urllib.parse

CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN = "sandbox-client", "sandbox-secret", "sandbox-refresh"
BATCH = 100  # Zoho's limit for insert/update (LIMIT_EXCEEDED above it)


class CrmError(Exception):
    pass


class Crm:
    def __init__(self, url, timeout=300):
        u = urllib.parse.urlsplit(url)
        self.conn = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
        self.token = None

    def close(self):
        self.conn.close()

    def _call(self, method, path, body=None, auth=True, headers=None):
        h = dict(headers or {})
        if auth:
            if self.token is None:
                self._refresh()
            h["Authorization"] = "Zoho-oauthtoken " + self.token
        if body is not None and not isinstance(body, (bytes, str)):
            body = json.dumps(body, ensure_ascii=False).encode("utf-8")
            h["Content-Type"] = "application/json"
        for attempt in (1, 2):  # the server may drop an idle keep-alive connection
            try:
                self.conn.request(method, path, body=body, headers=h)
                resp = self.conn.getresponse()
                data = resp.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.conn.close()
                if attempt == 2:
                    raise
        if resp.status in (204, 304):
            return resp.status, {}
        try:
            return resp.status, json.loads(data or b"{}")
        except ValueError:
            raise CrmError("%s %s: HTTP %d, not JSON: %r" % (method, path, resp.status, data[:200]))

    def _refresh(self):
        q = urllib.parse.urlencode({"grant_type": "refresh_token", "client_id": CLIENT_ID,
                                    "client_secret": CLIENT_SECRET, "refresh_token": REFRESH_TOKEN})
        status, doc = self._call("POST", "/oauth/v2/token?" + q, body=b"", auth=False)
        if "access_token" not in doc:
            raise CrmError("token endpoint: %r" % doc)
        self.token = doc["access_token"]

    def _write(self, method, module, recs):
        for i in range(0, len(recs), BATCH):
            status, doc = self._call(method, "/crm/v8/" + module, {"data": recs[i:i + BATCH]})
            bad = [d for d in doc.get("data", []) if d.get("code") != "SUCCESS"]
            if status not in (200, 201) or bad:
                raise CrmError("%s %s: HTTP %d %s" % (method, module, status, json.dumps(bad or doc)[:400]))

    def insert(self, module, recs):
        self._write("POST", module, recs)

    def update(self, module, recs):
        """recs: [{"id": …, field: value}] (partial updates)."""
        self._write("PUT", module, recs)

    def list_all(self, module, fields):
        """Every record (page_token keyset paging, 200 a page)."""
        out, token = [], None
        for _ in range(100000):  # bounded: 100,000 pages of 200 is far past any size we run
            q = {"fields": fields, "per_page": "200", "sort_by": "id", "sort_order": "asc"}
            if token:
                q["page_token"] = token
            status, doc = self._call("GET", "/crm/v8/%s?%s" % (module, urllib.parse.urlencode(q)))
            if status == 204:
                break
            if status != 200:
                raise CrmError("list %s: HTTP %d %r" % (module, status, doc))
            out += doc.get("data", [])
            info = doc.get("info", {})
            token = info.get("next_page_token")
            if not info.get("more_records") or not token:
                break
        return out

    def stats(self):
        return self._call("GET", "/__sandbox/stats", auth=False)[1]

    def reset_stats(self):
        self._call("POST", "/__sandbox/reset-stats", body=b"", auth=False)

// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a WebDAV multistatus or DAV:error body from a server (docs/fuzzing.md).
#include "connectors/dav/davmultistatusparser.h"

#include <cstddef>
#include <cstdint>

using namespace crmsync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QUrl base(QStringLiteral("https://dav.example.com/user/calendar/"));
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<DavMultistatus> parsed = DavMultistatusParser::parse(body, base);
    if (parsed) {
        for (const DavResponse &r : parsed->responses)
            (void)DavMultistatusParser::pathOf(r.path, base);
    }
    (void)DavMultistatusParser::elementNames(body);
    return 0;
}

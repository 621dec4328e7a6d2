// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: one Zoho CRM record's JSON through ZohoRecordCodec for every module,
// and the decoded values encoded back (docs/fuzzing.md).
#include "connectors/zoho/zohorecordcodec.h"
#include "model/fieldmap.h"

#include <cstddef>
#include <cstdint>

using namespace crmsync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const ModuleInfo &module : ModuleInfo::all()) {
        const FieldMap map = FieldMap::defaultFor(module.module());
        const ZohoRecordCodec codec(module);
        const Result<DecodedItem> item = codec.decode(raw, map);
        if (item)
            (void)codec.encode(item->fields, raw, map, item->uid);
    }
    return 0;
}

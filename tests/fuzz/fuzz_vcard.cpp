// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: VCardParser through VCardCodec, and the card written back (docs/fuzzing.md).
#include "formats/vcard/vcardcodec.h"
#include "model/fieldmap.h"

#include <cstddef>
#include <cstdint>

using namespace crmsync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const FieldMap map = FieldMap::defaultFor(ModuleInfo::Module::Contacts);
    // A copy, not fromRawData: the application's buffers always end in a NUL.
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const VCardCodec codec;
    const Result<DecodedItem> item = codec.decode(raw, map);
    if (item)
        (void)codec.encode(item->fields, raw, map, item->uid);
    return 0;
}

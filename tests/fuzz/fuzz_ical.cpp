// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: ICalCodec for events and tasks, the recurrence expansion and the DAV
// recurrence filter (RecurrenceExpander over ten years), on one calendar object
// (docs/fuzzing.md).
#include "connectors/dav/davitemfilter.h"
#include "formats/ical/icalcodec.h"
#include "model/fieldmap.h"

#include <QTimeZone>

#include <cstddef>
#include <cstdint>

using namespace crmsync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const FieldMap events = FieldMap::defaultFor(ModuleInfo::Module::Events);
    static const FieldMap tasks = FieldMap::defaultFor(ModuleInfo::Module::Tasks);
    static const QDateTime from(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
    // A copy, not fromRawData: libical reads up to the NUL the application's buffers have.
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const auto &[format, map] : {std::pair{ModuleInfo::Format::VEvent, &events}, std::pair{ModuleInfo::Format::VTodo, &tasks}}) {
        const ICalCodec codec(format);
        const Result<DecodedItem> item = codec.decode(raw, *map);
        if (item)
            (void)codec.encode(item->fields, raw, *map, item->uid);
    }
    (void)DavItemFilter::recurrenceInRange(raw, from);
    return 0;
}

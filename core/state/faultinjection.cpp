// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjection.h"

#include <atomic>

namespace crmsync {

namespace {
std::atomic<FaultInjection *> s_installed{nullptr};
}

FaultInjection::~FaultInjection()
{
    // An injection that goes away must not leave a dangling hook behind.
    FaultInjection *self = this;
    s_installed.compare_exchange_strong(self, nullptr);
}

void FaultInjection::install(FaultInjection *injection)
{
    s_installed.store(injection);
}

FaultInjection *FaultInjection::installed()
{
    return s_installed.load();
}

void FaultInjection::afterWrite()
{
    if (FaultInjection *injection = installed())
        injection->onWriteDurable();
}

bool FaultInjection::holdRemoteWrite(QObject *context, std::function<void()> proceed)
{
    FaultInjection *injection = installed();
    return injection && injection->onRemoteWrite(context, std::move(proceed));
}

int FaultInjection::stateRoomPages()
{
    const FaultInjection *injection = installed();
    return injection ? qMax(0, injection->roomPages()) : 0;
}

} // namespace crmsync

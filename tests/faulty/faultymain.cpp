// SPDX-License-Identifier: GPL-3.0-or-later
// crmsync-faulty: the real crmsync (same entry point, app/entrypoint.h) with the test
// fault injection installed. Built only in tests/, never installed or packaged.
#include "entrypoint.h"
#include "environmentfaultinjection.h"

int main(int argc, char *argv[])
{
    crmsync::test::EnvironmentFaultInjection injection;
    crmsync::FaultInjection::install(&injection);
    const int code = crmsync::crmsyncMain(argc, argv);
    crmsync::FaultInjection::install(nullptr);
    return code;
}

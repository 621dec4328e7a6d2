// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped program: the shared entry point and nothing else. The test-only
// crmsync-faulty (tests/faulty) runs the same entry point with a fault injection installed.
#include "entrypoint.h"

int main(int argc, char *argv[])
{
    return crmsync::crmsyncMain(argc, argv);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "crmbrowsersignin.h"

namespace crmsync {

// Built only without core/auth (see CMakeLists.txt): the dialog then says browser
// sign-in is not available instead of failing to build.
CrmBrowserSignIn::Factory CrmBrowserSignIn::defaultFactory()
{
    return {};
}

} // namespace crmsync

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

namespace crmsync {

//! A per-item failure: the item (id, file name or display name) and why.
struct ItemError
{
    QString item;
    Error error;
};

} // namespace crmsync

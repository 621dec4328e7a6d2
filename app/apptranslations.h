// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace crmsync {

//! Installs the app's and Qt's translations for the system locale (CLI and GUI alike).
void installTranslations(QCoreApplication &app);

} // namespace crmsync

// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backendsupport.h"

namespace Workdeck {

namespace {
struct ReleasePool : QThreadPool
{
    ReleasePool() { setMaxThreadCount(1); }
};
} // namespace

Q_GLOBAL_STATIC(ReleasePool, globalReleasePool)

QThreadPool *releasePool()
{
    return globalReleasePool();
}

} // namespace Workdeck

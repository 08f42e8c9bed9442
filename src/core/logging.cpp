// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "workdeck.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSse, "workdeck.sse", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "workdeck.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBackend, "workdeck.backend", QtInfoMsg)
Q_LOGGING_CATEGORY(lcService, "workdeck.service", QtInfoMsg)

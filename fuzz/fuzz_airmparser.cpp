// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every AIRM body parser and the FastAPI error-body reader on the same bytes: none may crash,
// hang or leak whatever a server sends.
#include "api/airmparser.h"
#include "api/apierror.h"

#include <QByteArray>
#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Workdeck;
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)AirmParser::parseProjects(body);
    (void)AirmParser::parseWorkloadList(body);
    (void)AirmParser::parseWorkload(body);
    (void)AirmParser::parseWorkloadMetricsPage(body);
    (void)AirmParser::parseClusters(body);
    (void)AirmParser::parseInfoCard(body);
    (void)AirmParser::parseGpuDeviceMetric(QStringLiteral("power-usage"), body);
    (void)ApiError::fromHttpStatus(409, body,
                                   QUrl(QStringLiteral("https://airmapi.example.com/v1/workloads/x")),
                                   QStringLiteral("DELETE"));
    return 0;
}

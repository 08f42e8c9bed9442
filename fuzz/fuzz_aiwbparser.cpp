// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every AIWB body parser, and the error-body reader, on the same bytes: none may crash, hang or
// leak whatever a server sends.
#include "api/aiwbparser.h"
#include "api/apierror.h"

#include <QByteArray>
#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Workdeck;
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)AiwbParser::parseNamespaces(body);
    (void)AiwbParser::parseWorkloadList(body);
    (void)AiwbParser::parseWorkload(body);
    (void)AiwbParser::parseLogPage(body);
    (void)AiwbParser::parseMetric(QStringLiteral("gpu_device_utilization"), body);
    (void)AiwbParser::parseMetric(QStringLiteral("requests"), body);
    (void)AiwbParser::parseNamespaceMetrics(body);
    (void)ApiError::fromHttpStatus(422, body, QUrl(QStringLiteral("https://aiwb.example/v1")),
                                   QStringLiteral("GET"));
    QString detail;
    (void)ApiError::messageFromBody(body, &detail);
    return 0;
}

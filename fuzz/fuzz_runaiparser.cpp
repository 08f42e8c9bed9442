// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every Run:ai body parser, the Kubernetes quantity and pod-log-line readers, and the error-body
// reader on the same bytes: none may crash, hang or leak whatever a server sends.
#include "api/apierror.h"
#include "api/runaiparser.h"

#include <QByteArray>
#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Workdeck;
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)RunAiParser::parseProjects(body);
    (void)RunAiParser::parseWorkloadPage(body);
    (void)RunAiParser::parseCount(body);
    (void)RunAiParser::parseWorkload(body);
    (void)RunAiParser::parsePods(body);
    (void)RunAiParser::parseEvents(body);
    (void)RunAiParser::parseHistory(body);
    (void)RunAiParser::parseMetrics(QStringLiteral("GPU_UTILIZATION"), body, QStringLiteral("pod-0"));
    (void)RunAiParser::parseBatchResult(body);
    const QString text = QString::fromUtf8(body);
    (void)RunAiParser::parseQuantity(text);
    for (const QStringView line : QStringView(text).split(u'\n'))
        (void)RunAiParser::parseKubernetesLogLine(line, QStringLiteral("pod-0/main"));
    (void)ApiError::fromHttpStatus(409, body, QUrl(QStringLiteral("https://tenant.run.ai/api/v1")),
                                   QStringLiteral("POST"));
    return 0;
}

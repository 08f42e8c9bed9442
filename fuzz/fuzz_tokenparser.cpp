// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The token endpoint's answer and the JWT claims reader on any bytes (a provider's answer, a pasted
// token): none may crash, hang or leak.
#include "auth/tokenresponse.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Workdeck;
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    (void)TokenResponse::parse(body, &error);
    const QString text = QString::fromLatin1(body);
    (void)jwtClaims(text);
    // As a pasted access token and as an id token (claims from either).
    (void)SignedInUser::fromTokens(text, QString());
    (void)SignedInUser::fromTokens(QString(), text);
    (void)refreshDelayMs(qint64(size) * 977 - 5000);
    return 0;
}

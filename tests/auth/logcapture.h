// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>

namespace Workdeck::Test {

// Captures every log message (with the workdeck categories at debug level) so that tests can
// check no secret was written. One at a time; restores the previous handler when destroyed.
class LogCapture
{
public:
    LogCapture()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("workdeck.*.debug=true"));
        s_current = this;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }

    QString text() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines.join(QLatin1Char('\n'));
    }
    qsizetype lineCount() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines.size();
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (LogCapture *self = s_current) {
            {
                QMutexLocker lock(&self->m_mutex);
                self->m_lines.append(QString::fromLatin1(context.category ? context.category : "") +
                                     QLatin1String(": ") + message);
            }
            if (self->m_previous)
                self->m_previous(type, context, message);
        }
    }

    static inline LogCapture *s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

} // namespace Workdeck::Test

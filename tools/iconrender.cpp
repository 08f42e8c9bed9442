// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: renders the application's SVG icon into the bitmaps packages need — hicolor PNGs at
// the standard sizes, a Windows .ico and a macOS .icns — so that only the SVG is kept in the tree.
// Usage: workdeck-iconrender ICON.svg OUTPUT_DIR APP_ID
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    return image;
}

bool write(const QImage &image, const QString &path, const QByteArray &format)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QImageWriter writer(path, format);
    if (writer.write(image))
        return true;
    QTextStream(stderr) << "iconrender: cannot write " << path << ": " << writer.errorString() << '\n';
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 4) {
        QTextStream(stderr) << "usage: workdeck-iconrender ICON.svg OUTPUT_DIR APP_ID\n";
        return 2;
    }
    QSvgRenderer svg(arguments.at(1));
    if (!svg.isValid()) {
        QTextStream(stderr) << "iconrender: cannot read " << arguments.at(1) << '\n';
        return 1;
    }
    const QString out = arguments.at(2);
    const QString id = arguments.at(3);
    bool ok = true;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        ok &= write(render(svg, size),
                    QStringLiteral("%1/hicolor/%2x%2/apps/%3.png").arg(out).arg(size).arg(id), "png");
    }
    ok &= write(render(svg, 256), QStringLiteral("%1/%2.ico").arg(out, id), "ico");
    ok &= write(render(svg, 512), QStringLiteral("%1/%2.icns").arg(out, id), "icns");
    return ok ? 0 : 1;
}

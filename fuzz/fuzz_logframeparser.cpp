// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The `data:` frame parser fed the input in chunks cut where the first byte says: the frames
// must not depend on where the network cut the stream.
#include "api/logframeparser.h"

#include <cstdlib>

namespace {

QList<Workdeck::LogFrame> parseInChunks(const QByteArrayView input, size_t chunk)
{
    Workdeck::LogFrameParser parser;
    QList<Workdeck::LogFrame> frames;
    for (qsizetype at = 0; at < input.size(); at += qsizetype(chunk))
        frames += parser.feed(input.sliced(at, qMin(qsizetype(chunk), input.size() - at)));
    frames += parser.finish();
    return frames;
}

bool sameFrames(const QList<Workdeck::LogFrame> &a, const QList<Workdeck::LogFrame> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).kind != b.at(i).kind || a.at(i).text != b.at(i).text ||
            a.at(i).entry.message != b.at(i).entry.message ||
            a.at(i).entry.rawTimestamp != b.at(i).entry.rawTimestamp ||
            a.at(i).entry.level != b.at(i).entry.level)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const size_t chunk = size_t(data[0] % 31) + 1;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QList<Workdeck::LogFrame> whole = parseInChunks(input, size);
    const QList<Workdeck::LogFrame> pieces = parseInChunks(input, chunk);
    if (!sameFrames(whole, pieces))
        std::abort(); // a frame depends on where the stream was cut
    return 0;
}

// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatedlogs.h"

#include "seeded.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Workdeck::Sandbox {

namespace {

using Kind = SimWorkload::Kind;
using Seeded::mix;

constexpr qint64 second = 1000000;
constexpr double linesPerSimulatedSecond = 2.0;
// Lines kept from before the sandbox started (a short Loki retention), so a workload that has been
// running for a simulated week does not start with millions of lines.

struct ScriptLine
{
    const char *level;
    const char *text;
};

// {vllm} {jupyter} {iso} are the line's time in each program's format; {model} {name} {ns} {user}
// {id} {gpus} come from the workload.
constexpr ScriptLine inferenceStartup[] = {
    {"info", "INFO {vllm} [__init__.py:239] Automatically detected platform rocm."},
    {"info", "INFO {vllm} [api_server.py:1043] vLLM API server version 0.8.5"},
    {"info", "INFO {vllm} [api_server.py:1044] args: Namespace(host='0.0.0.0', port=8000, model='{model}', "
             "tensor_parallel_size={gpus}, max_model_len=32768, gpu_memory_utilization=0.9)"},
    {"warning", "WARNING {vllm} [config.py:3614] Casting torch.bfloat16 to torch.float16."},
    {"info", "INFO {vllm} [rocm.py:153] Using ROCmFlashAttention backend."},
    {"info", "INFO {vllm} [model_runner.py:1140] Starting to load model {model}..."},
    {"unknown", "Loading safetensors checkpoint shards: 100% Completed | 4/4 [00:09<00:00,  2.31s/it]"},
    {"info", "INFO {vllm} [model_runner.py:1145] Loading model weights took 14.9917 GB"},
    {"info", "INFO {vllm} [executor_base.py:112] # rocm blocks: 27315, # CPU blocks: 2048"},
    {"info", "INFO {vllm} [api_server.py:1090] Starting vLLM API server on http://0.0.0.0:8000"},
    {"info", "INFO:     Started server process [1]"},
    {"info", "INFO:     Waiting for application startup."},
    {"info", "INFO:     Application startup complete."},
    {"info", "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)"},
};

constexpr ScriptLine fineTuningStartup[] = {
    {"info", "Collecting peft==0.13.2"},
    {"info", "  Downloading peft-0.13.2-py3-none-any.whl.metadata (13 kB)"},
    {"info", "Installing collected packages: peft"},
    {"info", "Successfully installed peft-0.13.2"},
    {"warning", "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting "
                "behaviour with the system package manager."},
    {"info", "torch 2.5.1+rocm6.2 | HIP 6.2.41133 | devices visible: {gpus}"},
    {"debug", "DEBUG:accelerate.utils.other:Detected kernel version 5.15.0, which is below the recommended "
              "minimum of 5.5.0."},
    {"info", "Loading model {model} in bfloat16"},
    {"unknown", "Loading checkpoint shards: 100%|##########| 4/4 [00:12<00:00,  3.05s/it]"},
    {"info", "trainable params: 41,943,040 || all params: 8,072,204,288 || trainable%: 0.5196"},
    {"info",
     "{\"level\": \"info\", \"event\": \"dataset_loaded\", \"examples\": 52002, \"eval_examples\": 2600}"},
    {"info", "***** Running training *****"},
    {"info", "  Num examples = 52,002"},
    {"info", "  Num Epochs = 3"},
    {"info", "  Total optimization steps = 4,875"},
};

constexpr ScriptLine jupyterStartup[] = {
    {"info", "[I {jupyter} ServerApp] jupyter_lsp | extension was successfully linked."},
    {"info", "[I {jupyter} ServerApp] jupyter_server_terminals | extension was successfully linked."},
    {"info", "[I {jupyter} ServerApp] jupyterlab | extension was successfully linked."},
    {"info", "[I {jupyter} ServerApp] Writing Jupyter server cookie secret to "
             "/home/jovyan/.local/share/jupyter/runtime/jupyter_cookie_secret"},
    {"info", "[I {jupyter} ServerApp] Serving notebooks from local directory: /workload"},
    {"info", "[I {jupyter} ServerApp] Jupyter Server 2.14.2 is running at:"},
    {"info", "[I {jupyter} ServerApp] http://{name}:8888/{ns}/{user}/{id}/lab"},
    {"info", "[I {jupyter} ServerApp] Use Control-C to stop this server and shut down all kernels."},
    {"warning", "[W {jupyter} ServerApp] No web browser found: Error('could not locate runnable browser')."},
};

constexpr ScriptLine vscodeStartup[] = {
    {"info", "[{iso}] info  code-server 4.93.1 0a6e6c8b8b5c5f5b5d0e1e6d7a9f0c3b2e1d4c5b"},
    {"info", "[{iso}] info  Using user-data-dir /home/coder/.local/share/code-server"},
    {"info", "[{iso}] info  Using config file /home/coder/.config/code-server/config.yaml"},
    {"info", "[{iso}] info  HTTP server listening on http://0.0.0.0:8080/"},
    {"info", "[{iso}] info    - Authentication is disabled"},
    {"info", "[{iso}] info    - Not serving HTTPS"},
    {"info",
     "[{iso}] info  Session server listening on /home/coder/.local/share/code-server/code-server-ipc.sock"},
};

constexpr ScriptLine failedTraining[] = {
    {"error", "[rank1]: Traceback (most recent call last):"},
    {"error", "[rank1]:   File \"/workload/train.py\", line 212, in <module>"},
    {"error", "[rank1]:     trainer.train()"},
    {"error", "[rank1]: torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.96 GiB. GPU 1 has a "
              "total capacity of 191.98 GiB of which 812.00 MiB is free."},
    {"error", "Traceback (most recent call last):"},
    {"error", "  File \"/workload/train.py\", line 212, in <module>"},
    {"error", "    trainer.train()"},
    {"error",
     "  File \"/opt/conda/lib/python3.11/site-packages/transformers/trainer.py\", line 2123, in train"},
    {"error", "    return inner_training_loop("},
    {"error", "  File \"/opt/conda/lib/python3.11/site-packages/torch/nn/modules/module.py\", line 1736, in "
              "_wrapped_call_impl"},
    {"critical", "torch.OutOfMemoryError: HIP out of memory. Tried to allocate 2.50 GiB. GPU 0 has a total "
                 "capacity of 191.98 GiB of which 1.21 GiB is free. Of the allocated memory 187.40 GiB is "
                 "allocated by PyTorch, and 1.93 GiB is reserved by PyTorch but unallocated."},
};

constexpr ScriptLine completedTraining[] = {
    {"info", "Evaluating on validation set"},
    {"info", "{'eval_loss': 0.8123, 'eval_accuracy': 0.7411, 'eval_runtime': 48.2, 'epoch': 3.0}"},
    {"info", "Saving model checkpoint to /workload/output/checkpoint-final"},
    {"info", "Configuration saved in /workload/output/config.json"},
    {"info", "Model weights saved in /workload/output/model.safetensors"},
    {"info", "Uploading checkpoint to s3://models/{ns}/{name}"},
    {"info", "Upload complete"},
    {"info", "Training completed. Do not forget to share your model on huggingface.co/models =)"},
};

constexpr ScriptLine failedServer[] = {
    {"error",
     "ERROR {vllm} [engine.py:160] RuntimeError('HIP error: an illegal memory access was encountered')"},
    {"error", "Traceback (most recent call last):"},
    {"error",
     "  File \"/usr/local/lib/python3.12/dist-packages/vllm/engine/multiprocessing/engine.py\", line 158, "
     "in start"},
    {"error", "    self.run_engine_loop()"},
    {"critical", "CRITICAL {vllm} [launcher.py:116] MQLLMEngine is already dead, terminating server process"},
};

struct Script
{
    const ScriptLine *lines = nullptr;
    qsizetype size = 0;
};

template<qsizetype N> constexpr Script script(const ScriptLine (&lines)[N])
{
    return {lines, N};
}

Script startupOf(const SimWorkload &w)
{
    switch (w.kind) {
    case Kind::Inference:
        return script(inferenceStartup);
    case Kind::FineTuning:
        return script(fineTuningStartup);
    case Kind::Jupyter:
        return script(jupyterStartup);
    case Kind::VsCode:
        return script(vscodeStartup);
    }
    return {};
}

Script lastWordsOf(const SimWorkload &w)
{
    if (w.kind == Kind::FineTuning)
        return w.endStatus == u"Failed" ? script(failedTraining) : script(completedTraining);
    if (w.endStatus == u"Failed")
        return script(failedServer);
    return {};
}

// A scripted line (start-up or last words) at this index, or nullptr for the running body.
const ScriptLine *scripted(const SimWorkload &w, const LogWindow &window, qint64 index)
{
    if (window.fullCount > 0) {
        const Script last = lastWordsOf(w);
        const qint64 first = window.fullCount - last.size;
        if (index >= first && index < window.fullCount)
            return &last.lines[index - first];
    }
    const Script startup = startupOf(w);
    const qint64 absolute = window.firstIndex + index;
    return absolute < startup.size ? &startup.lines[absolute] : nullptr;
}

// Levels of the running body: mostly info, some debug, warning and error, a few undetectable.
QString bodyLevel(quint64 hash)
{
    const int roll = int(hash % 1000);
    return roll < 40    ? QStringLiteral("debug")
           : roll < 890 ? QStringLiteral("info")
           : roll < 960 ? QStringLiteral("warning")
           : roll < 985 ? QStringLiteral("error")
                        : QStringLiteral("unknown");
}

quint64 bodyHash(const SimWorkload &w, qint64 absolute)
{
    return mix(w.seed ^ 0xabcdefULL, quint64(absolute));
}

QString timeText(qint64 micros, const QString &format)
{
    return QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC).toString(format);
}

QString fill(const SimWorkload &w, const char *text, qint64 micros)
{
    QString out = QString::fromUtf8(text);
    if (!out.contains(QLatin1Char('{')) || out.startsWith(u"{\""))
        return out;
    out.replace(QStringLiteral("{vllm}"), timeText(micros, QStringLiteral("MM-dd HH:mm:ss")));
    out.replace(QStringLiteral("{jupyter}"), timeText(micros, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    out.replace(QStringLiteral("{iso}"), timeText(micros, QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
    out.replace(QStringLiteral("{model}"), w.model);
    out.replace(QStringLiteral("{name}"), w.name);
    out.replace(QStringLiteral("{ns}"), w.namespaceName);
    out.replace(QStringLiteral("{user}"), SimulatedCluster::sanitizeUser(w.createdBy));
    out.replace(QStringLiteral("{id}"), w.id);
    out.replace(QStringLiteral("{gpus}"), QString::number(w.gpus));
    return out;
}

QString requestId(quint64 h)
{
    return QStringLiteral("chatcmpl-%1").arg(h & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

QString inferenceLine(const SimWorkload &w, const QString &level, quint64 h, qint64 micros)
{
    const QString when = timeText(micros, QStringLiteral("MM-dd HH:mm:ss"));
    const int variant = int((h >> 20) % 16);
    if (level == u"debug")
        return QStringLiteral("DEBUG %1 [client.py:193] Waiting for output from MQLLMEngine.").arg(when);
    if (level == u"warning")
        return variant % 2
                   ? QStringLiteral("WARNING %1 [scheduler.py:1754] Sequence group %2 is preempted by "
                                    "PreemptionMode.RECOMPUTE mode because there is not enough KV cache "
                                    "space.")
                         .arg(when, requestId(h))
                   : QStringLiteral("WARNING: request %1 reached max_tokens=%2 and was truncated")
                         .arg(requestId(h))
                         .arg(256 << (h % 4));
    if (level == u"error")
        return QStringLiteral(
                   "ERROR %1 [serving_chat.py:201] Error in preprocessing prompt inputs: This model's "
                   "maximum context length is 32768 tokens. However, you requested %2 tokens.")
            .arg(when)
            .arg(32769 + h % 4000);
    if (level == u"unknown")
        return QStringLiteral("Processed prompts: 100%|##########| %1/%1 [00:0%2<00:00,  2.51it/s]")
            .arg(1 + h % 8)
            .arg(h % 10);
    const QString client = QStringLiteral("10.42.%1.%2:%3")
                               .arg((h >> 4) % 8)
                               .arg((h >> 12) % 250)
                               .arg(40000 + (h >> 24) % 20000);
    switch (variant) {
    case 0:
    case 1:
    case 2:
        return QStringLiteral("INFO %1 [metrics.py:455] Avg prompt throughput: %2 tokens/s, Avg generation "
                              "throughput: %3 tokens/s, Running: %4 reqs, Swapped: 0 reqs, Pending: %5 reqs, "
                              "GPU KV cache usage: %6%, CPU KV cache usage: 0.0%.")
            .arg(when)
            .arg(double(h % 4000) / 10.0, 0, 'f', 1)
            .arg(double((h >> 8) % 900) / 10.0, 0, 'f', 1)
            .arg((h >> 16) % 8)
            .arg((h >> 19) % 3)
            .arg(double((h >> 24) % 900) / 10.0, 0, 'f', 1);
    case 3:
        // uvicorn colours its level when it believes it writes to a terminal.
        return QStringLiteral(
                   "\u001b[32mINFO\u001b[0m:     %1 - \"GET /metrics HTTP/1.1\" \u001b[32m200 OK\u001b[0m")
            .arg(client);
    case 4:
    case 5:
        return QStringLiteral(
                   "{\"level\": \"info\", \"event\": \"request_finished\", \"request_id\": \"%1\", "
                   "\"model\": \"%2\", \"prompt_tokens\": %3, \"completion_tokens\": %4, "
                   "\"latency_ms\": %5}")
            .arg(requestId(h), w.model)
            .arg((h >> 10) % 2000 + 12)
            .arg((h >> 22) % 500 + 1)
            .arg((h >> 32) % 4000 + 80);
    case 6:
    case 7:
        return QStringLiteral("INFO %1 [logger.py:39] Received request %2: params: SamplingParams(n=1, "
                              "temperature=0.7, top_p=0.9, max_tokens=%3), lora_request: None.")
            .arg(when, requestId(h))
            .arg(256 << (h % 4));
    case 8:
    case 9:
        return QStringLiteral("INFO %1 [engine.py:310] Added request %2.").arg(when, requestId(h));
    default:
        return QStringLiteral("INFO:     %1 - \"POST /v1/chat/completions HTTP/1.1\" 200 OK").arg(client);
    }
}

QString clock(qint64 seconds)
{
    return QStringLiteral("%1:%2")
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString trainingLine(const SimWorkload &w, const QString &level, quint64 h, qint64 step, double progress)
{
    const int variant = int((h >> 20) % 16);
    const int rank = int(h % quint64(qMax(1, w.gpus)));
    if (level == u"debug")
        return QStringLiteral("DEBUG:torch.distributed:[rank%1] all_reduce bucket %2 of 40 done in %3 ms")
            .arg(rank)
            .arg(h % 40)
            .arg(double((h >> 8) % 90) / 10.0 + 0.4, 0, 'f', 1);
    if (level == u"warning")
        return variant % 2 ? QStringLiteral(
                                 "WARNING: gradient overflow at step %1, skipping update and reducing loss "
                                 "scale to %2")
                                 .arg(step)
                                 .arg(65536 >> (h % 4))
                           : QStringLiteral(
                                 "/opt/conda/lib/python3.11/site-packages/torch/utils/checkpoint.py:464: "
                                 "UserWarning: torch.utils.checkpoint: the use_reentrant parameter should be "
                                 "passed explicitly.");
    if (level == u"error")
        return QStringLiteral(
                   "[rank%1]:[E%2 ProcessGroupNCCL.cpp:616] [Rank %1] Watchdog caught collective "
                   "operation timeout: WorkNCCL(SeqNum=%3, OpType=ALLREDUCE) ran for 600%4 milliseconds")
            .arg(rank)
            .arg(h % 1000, 3, 10, QLatin1Char('0'))
            .arg(step * 4 + qint64(h % 4))
            .arg(h % 1000, 3, 10, QLatin1Char('0'));
    constexpr qint64 total = 4875;
    const qint64 done = qMin(step, total);
    if (level == u"unknown")
        return QStringLiteral(" %1%|%2| %3/%4 [%5<%6, %7s/it]")
            .arg(int(progress * 100), 2)
            .arg(QString(int(progress * 10), QLatin1Char('#')).leftJustified(10))
            .arg(done)
            .arg(total)
            .arg(clock(done), clock(total - done))
            .arg(1.1 + double(h % 40) / 100.0, 0, 'f', 2);
    const double loss = 2.4 * std::exp(-2.5 * progress) + 0.35 + double(h % 100) / 1000.0;
    switch (variant) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
        return QStringLiteral("{'loss': %1, 'grad_norm': %2, 'learning_rate': %3, 'epoch': %4}")
            .arg(loss, 0, 'f', 4)
            .arg(double((h >> 8) % 300) / 100.0 + 0.1, 0, 'f', 3)
            .arg(2e-5 * (1.0 - progress), 0, 'e', 3)
            .arg(3 * progress, 0, 'f', 2);
    case 5:
        return QStringLiteral("\u001b[32mINFO\u001b[0m step %1/%2 | loss %3 | %4 it/s")
            .arg(step)
            .arg(total)
            .arg(loss, 0, 'f', 4)
            .arg(double((h >> 12) % 40) / 10.0 + 1.0, 0, 'f', 1);
    case 6:
    case 7:
        return QStringLiteral("{\"level\": \"info\", \"step\": %1, \"loss\": %2, \"tokens_per_second\": %3}")
            .arg(step)
            .arg(loss, 0, 'f', 4)
            .arg(4000 + (h >> 8) % 3000);
    default:
        return QStringLiteral("[rank%1]: Step %2 | tokens/s %3 | mem %4 GiB")
            .arg(rank)
            .arg(step)
            .arg(4000 + (h >> 8) % 3000)
            .arg(40 + (h >> 16) % 140);
    }
}

QString jupyterLine(const SimWorkload &w, const QString &level, quint64 h, qint64 micros)
{
    const QString when = timeText(micros, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    const int variant = int((h >> 20) % 8);
    if (level == u"debug")
        return QStringLiteral("[D %1 ServerApp] Accepting token-authenticated request from 10.42.0.1")
            .arg(when);
    if (level == u"warning")
        return QStringLiteral("[W %1 ServerApp] 404 GET /api/kernels/%2 (10.42.0.1) 1.20ms")
            .arg(when)
            .arg(mix(h) & 0xffffffffULL, 8, 16, QLatin1Char('0'));
    if (level == u"error")
        return QStringLiteral("[E %1 ServerApp] Uncaught exception GET /api/sessions (10.42.0.1)").arg(when);
    if (level == u"unknown")
        return QStringLiteral("Epoch %1/3: 100%|##########| 391/391 [01:12<00:00,  5.40it/s]").arg(1 + h % 3);
    if (variant == 0)
        return QStringLiteral("[I %1 KernelManager] Kernel started: %2")
            .arg(when)
            .arg(mix(h) & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
    if (variant == 1)
        return QStringLiteral("[I %1 FileContentsManager] Saving file at /workload/notebooks/eval-%2.ipynb")
            .arg(when)
            .arg(h % 5);
    return QStringLiteral("[I %1 ServerApp] %2 GET /api/contents/notebooks?content=1 (%3@10.42.0.1) %4ms")
        .arg(when)
        .arg(variant == 7 ? 304 : 200)
        .arg(w.createdBy)
        .arg(double(h % 5000) / 100.0, 0, 'f', 2);
}

QString vscodeLine(const QString &level, quint64 h, qint64 micros)
{
    if ((h >> 20) % 12 == 0 && level == u"info")
        return QStringLiteral("\u001b[32mINFO\u001b[0m [ExtensionHost] Extension host (pid %1) heartbeat ok")
            .arg(1000 + h % 9000);
    if (level == u"unknown")
        return QStringLiteral("Unknown message type ping from %1").arg((h >> 8) % 64);
    const QString when = timeText(micros, QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    const QString word = level == u"warning" ? QStringLiteral("warn") : level;
    const QString text =
        level == u"error"     ? QStringLiteral("Extension 'ms-python.python' failed to activate: ENOENT")
        : level == u"warning" ? QStringLiteral("Slow extension host heartbeat (%1 ms)").arg(500 + h % 900)
                              : QStringLiteral("Extension host (pid %1) started").arg(1000 + h % 9000);
    return QStringLiteral("[%1] %2  [ExtensionHost] %3").arg(when, word, text);
}

} // namespace

LogWindow SimulatedLogs::window(const SimWorkload &w, qint64 epochMicros, double timeScale, qint64 nowMicros,
                                qint64 historyLines)
{
    LogWindow window;
    window.interval = qMax<qint64>(1000, qint64(double(second) / (linesPerSimulatedSecond * timeScale)));
    if (!w.runningMicros)
        return window;
    constexpr qint64 never = std::numeric_limits<qint64>::max();
    qint64 naturalEnd = w.endMicros ? w.endMicros : never;
    if (w.deletedMicros)
        naturalEnd = qMin(naturalEnd, w.deletedMicros);
    const qint64 anchor = qMin(naturalEnd, epochMicros);
    const qint64 historyStart = qMax(w.runningMicros, anchor - historyLines * window.interval);
    window.firstIndex = (historyStart - w.runningMicros) / window.interval;
    window.start = w.runningMicros + window.firstIndex * window.interval; // on the run's own grid
    // Lines at or before `stop`: only the last candidate can jitter past it.
    const auto countUpTo = [&](qint64 stop) -> qint64 {
        if (stop < window.start)
            return 0;
        qint64 count = (stop - window.start) / window.interval + 1;
        if (timeOf(w, window, count - 1) > stop)
            --count;
        return count;
    };
    window.count = countUpTo(naturalEnd == never ? nowMicros : qMin(naturalEnd - 1, nowMicros));
    if (w.endMicros && (!w.deletedMicros || w.deletedMicros > w.endMicros))
        window.fullCount = countUpTo(w.endMicros - 1);
    return window;
}

qint64 SimulatedLogs::timeOf(const SimWorkload &w, const LogWindow &window, qint64 index)
{
    const quint64 jitter = mix(w.seed, quint64(window.firstIndex + index)) % quint64(window.interval / 2);
    return window.start + index * window.interval + qint64(jitter);
}

qint64 SimulatedLogs::indexAtOrAfter(const SimWorkload &w, const LogWindow &window, qint64 micros)
{
    if (micros <= window.start)
        return 0;
    // Every line before (micros - start) / interval is earlier than micros; at most one more is.
    qint64 index = qMin(window.count, (micros - window.start) / window.interval);
    while (index < window.count && timeOf(w, window, index) < micros)
        ++index;
    return index;
}

int SimulatedLogs::severityOf(const SimWorkload &w, const LogWindow &window, qint64 index)
{
    if (const ScriptLine *line = scripted(w, window, index))
        return SimulatedCluster::severity(QString::fromLatin1(line->level));
    return SimulatedCluster::severity(bodyLevel(bodyHash(w, window.firstIndex + index)));
}

SimLogEntry SimulatedLogs::line(const SimWorkload &w, const LogWindow &window, qint64 index)
{
    SimLogEntry entry;
    entry.micros = timeOf(w, window, index);
    if (const ScriptLine *line = scripted(w, window, index)) {
        entry.level = QString::fromLatin1(line->level);
        entry.message = fill(w, line->text, entry.micros);
        return entry;
    }
    const qint64 absolute = window.firstIndex + index;
    const quint64 h = bodyHash(w, absolute);
    entry.level = bodyLevel(h);
    switch (w.kind) {
    case Kind::Inference:
        entry.message = inferenceLine(w, entry.level, h, entry.micros);
        break;
    case Kind::FineTuning: {
        const qint64 total = window.fullCount > 0 ? window.firstIndex + window.fullCount : absolute + 4000;
        const double progress = double(absolute) / double(qMax<qint64>(1, total));
        entry.message = trainingLine(w, entry.level, h, absolute / 3 + 1, progress);
        break;
    }
    case Kind::Jupyter:
        entry.message = jupyterLine(w, entry.level, h, entry.micros);
        break;
    case Kind::VsCode:
        entry.message = vscodeLine(entry.level, h, entry.micros);
        break;
    }
    return entry;
}

QList<SimLogEntry> SimulatedLogs::events(const SimWorkload &w)
{
    QList<SimLogEntry> list;
    const QString pod = w.kind == Kind::FineTuning
                            ? w.name + QStringLiteral("-") + w.id.left(5)
                            : w.name + QStringLiteral("-7d9f8c6b5-") + w.id.mid(9, 4) + w.id.mid(14, 1);
    const auto add = [&](qint64 micros, const char *level, const QString &message) {
        list.append({qMax(micros, w.createdMicros + 1000), QString::fromLatin1(level), message});
    };
    const QString image =
        w.kind == Kind::Inference    ? QStringLiteral("rocm/vllm:rocm6.3.1_vllm_0.8.5_20250521")
        : w.kind == Kind::FineTuning ? QStringLiteral("rocm/pytorch:rocm6.2_ubuntu22.04_py3.11")
        : w.kind == Kind::Jupyter    ? QStringLiteral("quay.io/jupyter/pytorch-notebook:2024-12-09")
                                     : QStringLiteral("codercom/code-server:4.93.1");
    const qint64 queued =
        (w.runningMicros ? w.runningMicros : w.createdMicros + 3600 * second) - w.createdMicros;
    if (!w.runningMicros || queued > 40 * second)
        add(w.createdMicros + 2 * second, "warning",
            QStringLiteral(
                "FailedScheduling: 0/8 nodes are available: 8 Insufficient amd.com/gpu. preemption: "
                "0/8 nodes are available: 8 No preemption victims found for incoming pod."));
    if (w.runningMicros) {
        // The steps before a container runs take the last part of its time in the queue.
        const qint64 prep = qMin<qint64>(50 * second, queued * 4 / 5);
        const qint64 r = w.runningMicros;
        add(r - prep, "info",
            QStringLiteral("Scheduled: Successfully assigned %1/%2 to gpu-node-%3")
                .arg(w.namespaceName, pod)
                .arg(w.seed % 8 + 1, 2, 10, QLatin1Char('0')));
        add(r - prep * 19 / 20, "info", QStringLiteral("Pulling: Pulling image \"%1\"").arg(image));
        add(r - prep / 10, "info",
            QStringLiteral("Pulled: Successfully pulled image \"%1\" in %2s (%2s including waiting)")
                .arg(image)
                .arg(double(prep) * 0.85 / double(second), 0, 'f', 3));
        add(r - prep / 20, "info", QStringLiteral("Created: Created container main"));
        add(r - prep / 40, "info", QStringLiteral("Started: Started container main"));
    }
    if (w.endMicros && (!w.deletedMicros || w.deletedMicros > w.endMicros)) {
        if (w.endStatus == u"Failed" && w.kind == Kind::FineTuning)
            add(w.endMicros + second, "warning",
                QStringLiteral("BackoffLimitExceeded: Job has reached the specified backoff limit"));
        else if (w.endStatus == u"Failed")
            add(w.endMicros + second, "warning",
                QStringLiteral("BackOff: Back-off restarting failed container main in pod %1").arg(pod));
        else
            add(w.endMicros + second, "info", QStringLiteral("Completed: Job completed"));
    }
    if (w.deletedMicros)
        add(w.deletedMicros, "info", QStringLiteral("Killing: Stopping container main"));
    std::stable_sort(list.begin(), list.end(),
                     [](const SimLogEntry &a, const SimLogEntry &b) { return a.micros < b.micros; });
    return list;
}

} // namespace Workdeck::Sandbox

// One print: bytes to a receipt printer, without ever blocking the caller's thread. Network
// printers: connect, ask DLE EOT 1, 2 and 4, print only when ready. USB devices and files:
// written through a non-blocking descriptor. CUPS queues: `lp -d QUEUE -o raw`, a QProcess.
// Everything runs on the caller's event loop with timers; one deadline covers the whole job.
// finished() is emitted exactly once, later than start() returns.
#pragma once

#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QObject>

#include "printer.h"

class QProcess;
class QSocketNotifier;
class QTcpSocket;
class QTimer;

namespace paydesk {

struct PrintResult
{
    bool printed = false; ///< every byte handed to the printer (or to its queue)
    PrinterStatus status = PrinterStatus::NotAsked;
    bool paperLow = false;
    QString detail; ///< what went wrong, for support ("Connection refused", lp's message)

    /// One sentence for the cashier: "Printed.", "The printer is not ready: out of paper.",
    /// "The printer cannot be reached: Connection refused."
    QString sentence() const;

    Q_DECLARE_TR_FUNCTIONS(paydesk::PrintResult)
};

class PrintJob final : public QObject
{
    Q_OBJECT

public:
    /// `data` empty: only the status is asked (a network printer), nothing printed.
    PrintJob(const PrinterAddress &address, QByteArray data, std::chrono::milliseconds timeout,
             QObject *parent = nullptr);
    ~PrintJob() override;
    Q_DISABLE_COPY_MOVE(PrintJob)

    void start();
    bool isFinished() const { return m_finished; }
    const PrintResult &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void startTcp();
    void askNextStatus();
    void onTcpReadyRead();
    void sendTcpData();
    void startFile();
    void writeFile();
    void startCups();
    void onDeadline();
    void finish(bool printed, PrinterStatus status, const QString &detail = {});
    void cleanUp();

    PrinterAddress m_address;
    QByteArray m_data;
    std::chrono::milliseconds m_timeout;
    QDeadlineTimer m_deadline;
    QTimer *m_deadlineTimer = nullptr;
    bool m_finished = false;
    PrintResult m_result;

    QTcpSocket *m_socket = nullptr;
    int m_statusStep = 0; ///< 0: none asked yet; 1, 2, 3: DLE EOT 1, 2, 4 asked
    quint8 m_statusBytes[3] = {0, 0, 0};
    bool m_sending = false;

    int m_fd = -1;
    qsizetype m_written = 0;
    QSocketNotifier *m_notifier = nullptr;

    QProcess *m_process = nullptr;
};

} // namespace paydesk

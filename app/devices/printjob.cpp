#include "printjob.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcess>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>

#include "escposreceipt.h"

Q_LOGGING_CATEGORY(lcPrinter, "paydesk.printer")

namespace paydesk {
namespace {

constexpr quint8 kStatusFunctions[3] = {1, 2, 4};

} // namespace

QString PrintResult::sentence() const
{
    if (printed)
        return paperLow ? tr("Printed. The paper is running low.") : tr("Printed.");
    QString s;
    switch (status) {
    case PrinterStatus::Unreachable:
        s = tr("The printer cannot be reached");
        break;
    case PrinterStatus::NoAnswer:
        s = tr("The printer did not answer in time");
        break;
    case PrinterStatus::Ready:
    case PrinterStatus::NotAsked:
        s = tr("The receipt was not printed");
        break;
    default:
        s = tr("The printer is not ready: %1").arg(printerStatusWords(status));
        break;
    }
    if (detail.isEmpty())
        return s + u'.';
    return s + QStringLiteral(" (") + detail + QStringLiteral(").");
}

PrintJob::PrintJob(const PrinterAddress &address, QByteArray data,
                   std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_address(address)
    , m_data(std::move(data))
    , m_timeout(timeout)
    , m_deadlineTimer(new QTimer(this))
{
    m_deadlineTimer->setSingleShot(true);
    m_deadlineTimer->setTimerType(Qt::PreciseTimer);
    connect(m_deadlineTimer, &QTimer::timeout, this, &PrintJob::onDeadline);
}

PrintJob::~PrintJob()
{
    cleanUp();
}

void PrintJob::start()
{
    m_deadline = QDeadlineTimer(m_timeout);
    m_deadlineTimer->start(m_timeout);
    // Always later than start() returns, so a caller connects finished() after start() safely.
    QMetaObject::invokeMethod(
        this,
        [this] {
            switch (m_address.kind) {
            case PrinterAddress::Kind::Tcp:
                startTcp();
                break;
            case PrinterAddress::Kind::File:
                startFile();
                break;
            case PrinterAddress::Kind::Cups:
                startCups();
                break;
            }
        },
        Qt::QueuedConnection);
}

// --- A network printer ---------------------------------------------------------------------

void PrintJob::startTcp()
{
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &PrintJob::askNextStatus);
    connect(m_socket, &QTcpSocket::readyRead, this, &PrintJob::onTcpReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_sending && m_socket->bytesToWrite() == 0) {
            qCDebug(lcPrinter) << "sent" << m_data.size() << "bytes to" << m_address.toString();
            m_socket->disconnectFromHost();
            finish(true, PrinterStatus::Ready);
        }
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_finished)
            return;
        if (m_statusStep == 0)
            finish(false, PrinterStatus::Unreachable, m_socket->errorString());
        else if (!m_sending)
            finish(false, PrinterStatus::NoAnswer, m_socket->errorString());
        else
            finish(false, PrinterStatus::Ready, m_socket->errorString());
    });
    m_socket->connectToHost(m_address.host, m_address.port);
}

void PrintJob::askNextStatus()
{
    if (m_finished)
        return;
    if (m_statusStep == 3) {
        bool paperLow = false;
        const PrinterStatus status
            = statusFromDleEot(m_statusBytes[0], m_statusBytes[1], m_statusBytes[2], &paperLow);
        m_result.paperLow = paperLow;
        if (status != PrinterStatus::Ready || m_data.isEmpty()) {
            m_socket->disconnectFromHost();
            finish(false, status);
            return;
        }
        sendTcpData();
        return;
    }
    const char request[3]
        = {escpos::DLE, escpos::EOT, static_cast<char>(kStatusFunctions[m_statusStep])};
    ++m_statusStep;
    m_socket->write(request, 3);
}

void PrintJob::onTcpReadyRead()
{
    while (!m_finished && !m_sending && m_statusStep > 0 && m_socket->bytesAvailable() > 0) {
        char byte = 0;
        m_socket->getChar(&byte);
        m_statusBytes[m_statusStep - 1] = static_cast<quint8>(byte);
        askNextStatus();
    }
    if (m_sending)
        m_socket->readAll(); // later status bytes (automatic status back) are not ours to read
}

void PrintJob::sendTcpData()
{
    m_sending = true;
    m_socket->write(m_data);
}

// --- A device or a file ----------------------------------------------------------------------

void PrintJob::startFile()
{
    const QByteArray path = m_address.path.toLocal8Bit();
    // Never created: a mistyped device must not become a file. Non-blocking: a printer that is
    // off or out of paper stops taking bytes, and the deadline, not the kernel, decides.
    m_fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (m_fd < 0) {
        finish(false, PrinterStatus::Unreachable,
               QStringLiteral("%1: %2").arg(m_address.path,
                                            QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    if (m_data.isEmpty()) {
        finish(false, PrinterStatus::NotAsked);
        return;
    }
    m_notifier = new QSocketNotifier(static_cast<qintptr>(m_fd), QSocketNotifier::Write, this);
    m_notifier->setEnabled(false);
    connect(m_notifier, &QSocketNotifier::activated, this, &PrintJob::writeFile);
    writeFile();
}

void PrintJob::writeFile()
{
    while (!m_finished && m_written < m_data.size()) {
        const ssize_t n = ::write(m_fd, m_data.constData() + m_written,
                                  static_cast<size_t>(m_data.size() - m_written));
        if (n > 0) {
            m_written += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            m_notifier->setEnabled(true); // the device is busy: wait for room, within the deadline
            return;
        }
        finish(false, PrinterStatus::Error,
               QStringLiteral("%1: %2").arg(m_address.path,
                                            QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    if (!m_finished)
        finish(true, PrinterStatus::NotAsked);
}

// --- A raw CUPS queue --------------------------------------------------------------------------

void PrintJob::startCups()
{
    if (m_data.isEmpty()) {
        finish(false, PrinterStatus::NotAsked);
        return;
    }
    m_process = new QProcess(this);
    m_process->setProgram(QStringLiteral("lp"));
    m_process->setArguments(
        {QStringLiteral("-d"), m_address.queue, QStringLiteral("-o"), QStringLiteral("raw")});
    connect(m_process, &QProcess::started, this, [this] {
        m_process->write(m_data);
        m_process->closeWriteChannel();
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(false, PrinterStatus::Unreachable,
                   tr("lp cannot be started; is the CUPS client (cups-client) installed?"));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus how) {
        if (how == QProcess::NormalExit && code == 0) {
            finish(true, PrinterStatus::NotAsked);
            return;
        }
        QString message = QString::fromLocal8Bit(m_process->readAllStandardError()).simplified();
        if (message.size() > 200)
            message = message.left(200) + QStringLiteral("\u2026");
        finish(false, PrinterStatus::Unreachable,
               message.isEmpty() ? tr("lp exited with code %1").arg(code) : message);
    });
    m_process->start();
}

// --- The end -----------------------------------------------------------------------------------

void PrintJob::onDeadline()
{
    if (m_finished)
        return;
    const QString detail = tr("no answer within %1 ms").arg(m_timeout.count());
    if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState)
        finish(false, PrinterStatus::Unreachable, detail);
    else if (m_socket && !m_sending)
        finish(false, PrinterStatus::NoAnswer, detail);
    else
        finish(
            false, PrinterStatus::NoAnswer,
            m_process
                ? tr("lp did not finish within %1 ms").arg(m_timeout.count())
                : tr("the printer did not take the receipt within %1 ms").arg(m_timeout.count()));
}

void PrintJob::finish(bool printed, PrinterStatus status, const QString &detail)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.printed = printed;
    m_result.status = status;
    m_result.detail = detail;
    m_deadlineTimer->stop();
    qCInfo(lcPrinter) << m_address.toString() << m_result.sentence();
    cleanUp();
    QMetaObject::invokeMethod(this, &PrintJob::finished, Qt::QueuedConnection);
}

void PrintJob::cleanUp()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        if (m_socket->state() != QAbstractSocket::UnconnectedState && !m_result.printed)
            m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
        m_process->deleteLater();
        m_process = nullptr;
    }
}

} // namespace paydesk

#include "receiptprinter.h"

#include "escposreceipt.h"

namespace paydesk {

ReceiptPrinter::ReceiptPrinter(const PrinterConfig &config, QObject *parent, const QLocale &locale)
    : QObject(parent)
    , m_config(config)
    , m_locale(locale)
{ }

ReceiptPrinter::~ReceiptPrinter() = default;

void ReceiptPrinter::print(const TillReceipt &receipt)
{
    m_queue.append(receipt);
    if (!m_halted)
        next();
}

void ReceiptPrinter::printAgain()
{
    m_halted = false;
    next();
}

void ReceiptPrinter::checkStatus()
{
    auto *job = new PrintJob(m_config.address, {}, m_config.timeout, this);
    connect(job, &PrintJob::finished, this, [this, job] {
        job->deleteLater();
        const PrinterStatus status = job->result().status;
        // Ready or not asked (a device or a queue, reached): the status in words; else why not.
        Q_EMIT statusKnown(status,
                           status == PrinterStatus::Ready || status == PrinterStatus::NotAsked
                               ? printerStatusWords(status)
                               : job->result().sentence());
    });
    job->start();
}

void ReceiptPrinter::next()
{
    if (m_job || m_queue.isEmpty()) {
        if (!m_job)
            Q_EMIT idle();
        return;
    }
    const EscPosLayout layout{m_config.columns(), m_config.codePage};
    m_job = new PrintJob(m_config.address, escPosReceipt(m_queue.first(), layout, m_locale),
                         m_config.timeout, this);
    connect(m_job, &PrintJob::finished, this, [this, job = m_job.data()] {
        job->deleteLater();
        m_job.clear();
        m_last = job->result();
        const TillReceipt receipt = m_queue.first();
        if (m_last.printed) {
            m_queue.removeFirst();
            Q_EMIT printed(receipt);
            next();
        } else {
            m_halted = true; // kept, in order, for printAgain()
            Q_EMIT failed(receipt, m_last.sentence());
            Q_EMIT idle();
        }
    });
    m_job->start();
}

} // namespace paydesk

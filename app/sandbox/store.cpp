#include "store.h"

#include <array>

#include <QDateTime>

namespace paydesk::sandbox {

using namespace Qt::StringLiterals;

namespace {

QRandomGenerator makeGenerator(quint64 seed)
{
    if (seed != 0)
        return QRandomGenerator(static_cast<quint32>(seed ^ (seed >> 32)));
    return QRandomGenerator::securelySeeded();
}

} // namespace

Store::Store(quint64 seed)
    : m_random(makeGenerator(seed))
{
    m_publishableKey = u"pk_test_51"_s + randomBase62(32);
}

QString Store::randomBase62(int length)
{
    static constexpr char16_t alphabet[]
        = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text.append(QChar(alphabet[m_random.bounded(62)]));
    return text;
}

QString Store::stripeId(QStringView prefix, int length)
{
    return prefix.toString() + u'_' + randomBase62(length);
}

QString Store::uuid()
{
    std::array<quint32, 4> words{};
    m_random.fillRange(words.data(), static_cast<qsizetype>(words.size()));
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; ++i)
        bytes[i]
            = static_cast<char>((words[static_cast<std::size_t>(i / 4)] >> (8 * (i % 4))) & 0xff);
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    const QByteArray hex = bytes.toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-'
                               + hex.mid(16, 4) + '-' + hex.mid(20));
}

int Store::randomBetween(int lowest, int highest)
{
    return m_random.bounded(lowest, highest + 1);
}

qint64 Store::now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString Store::nextReceiptNumber()
{
    ++m_receipts;
    return QStringLiteral("%1-%2")
        .arg(1000 + m_receipts / 10000)
        .arg(m_receipts % 10000, 4, 10, QChar(u'0'));
}

QString Store::nextOfferRequestOid()
{
    return QString::number(m_offerRequests++);
}

const Attempt *Store::attempt(const QString &key) const
{
    const auto it = m_attempts.constFind(key);
    return it == m_attempts.cend() ? nullptr : &it.value();
}

void Store::recordAttempt(Attempt attempt)
{
    const QString key = attempt.key;
    m_attempts.insert(key, std::move(attempt));
}

void Store::addIntent(const QString &api, const QString &id, const Json &intent)
{
    m_intents.append({api, id, intent});
}

QList<Json> Store::intents(QStringView api) const
{
    QList<Json> list;
    for (auto it = m_intents.crbegin(); it != m_intents.crend(); ++it) {
        if (it->api == api)
            list.append(it->object);
    }
    return list;
}

const Json *Store::intent(QStringView api, QStringView id) const
{
    for (const StoredIntent &stored : m_intents) {
        if (stored.api == api && stored.id == id)
            return &stored.object;
    }
    return nullptr;
}

bool Store::replaceIntent(QStringView api, QStringView id, const Json &intent)
{
    for (StoredIntent &stored : m_intents) {
        if (stored.api == api && stored.id == id) {
            stored.object = intent;
            return true;
        }
    }
    return false;
}

void Store::addCharge(const ChargeRecord &charge)
{
    m_charges.insert(charge.id, charge);
}

const ChargeRecord *Store::charge(const QString &id) const
{
    const auto it = m_charges.constFind(id);
    return it == m_charges.cend() ? nullptr : &it.value();
}

} // namespace paydesk::sandbox

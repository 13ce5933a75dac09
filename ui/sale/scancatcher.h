// A barcode scanner types like a very fast keyboard: its code arrives as a burst of characters
// a few milliseconds apart, then Enter. The catcher is an application-wide event filter that
// tells such a burst from a person's typing and hands the code to the cart, wherever the focus
// is: the characters the burst left in a field are taken out again and its Enter is eaten.
// Slow typing, and a burst whose code the cart does not take, stay what they were: typing.
#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

class QComboBox;
class QLineEdit;
class QWidget;

namespace paydesk {

class ScanCatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanCatcher)

public:
    /// A scanner's characters come less than this apart (a person's, rarely under 50 ms).
    static constexpr qint64 kMaxGapMs = 30;
    /// The shortest code taken for a scan.
    static constexpr int kMinLength = 4;

    /// Catches scans in `owner`'s window while `owner` is visible and enabled. `accept` says
    /// whether a code is one to take (e.g. a product of the catalogue).
    ScanCatcher(QWidget *owner, std::function<bool(const QString &)> accept);
    ~ScanCatcher() override;

    /// A field that reads scans itself (the cart's scanner field): its Enter is left alone.
    void setOwnField(QWidget *field) { m_ownField = field; }

Q_SIGNALS:
    void scanned(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// What the focused field held before the burst, to put back once it is a scan.
    struct Before
    {
        QPointer<QLineEdit> edit;
        QString text;
        int cursor = 0;
        QPointer<QComboBox> combo;
        int index = -1;
    };
    void remember(QWidget *focus);
    void restore();

    QWidget *m_owner;
    QPointer<QWidget> m_ownField;
    std::function<bool(const QString &)> m_accept;
    QElapsedTimer m_clock;
    qint64 m_lastKeyMs = -1;
    QString m_code;
    Before m_before;
};

} // namespace paydesk

// The language of everything made while a Language lives, as paydesk installs it: its own
// messages (:/i18n/paydesk_<lang>.qm) and Qt's buttons (qtbase), and the locale's number and date
// forms. "en" is the source language: no translator.
#pragma once

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace paydesk::test {

class Language
{
public:
    explicit Language(const QString &name)
        : m_name(name)
    {
        const QLocale locale(name);
        QLocale::setDefault(locale);
        if (name == u"en")
            return;
        // A language with its country (es_MX) by its whole name, as paydesk loads it (Qt 6.4's
        // lookup by locale would take paydesk_es first).
        const bool loaded = name.contains(u'_')
            ? m_own.load(QStringLiteral("paydesk_") + name, QStringLiteral(":/i18n"))
            : m_own.load(locale, QStringLiteral("paydesk"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"));
        if (!loaded)
            qFatal("no translation for %s", qPrintable(name));
        QCoreApplication::installTranslator(&m_own);
        if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_own);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    Language(const Language &) = delete;
    Language &operator=(const Language &) = delete;

    /// After a Harness (which sets English): this language's locale again.
    void again() const { QLocale::setDefault(QLocale(m_name)); }
    /// "" for English, "-es" for Spanish…: what a screenshot's name ends with.
    QString suffix() const { return m_name == u"en" ? QString() : u'-' + m_name; }

private:
    QString m_name;
    QTranslator m_own;
    QTranslator m_qt;
};

} // namespace paydesk::test

#include "workplace.h"

#include "settings/managedsettings.h"

namespace paydesk {

Workplace::Workplace() = default;
Workplace::~Workplace() = default;

const BackendProfile *Workplace::findProfile(const QString &name) const
{
    for (const BackendProfile &p : profiles)
        if (p.name == name)
            return &p;
    return nullptr;
}

bool Workplace::hasProfile(const QString &name) const
{
    return m_settings->profileNames().contains(name);
}

Expected<BackendProfile, QString> Workplace::profile(const QString &name) const
{
    if (const BackendProfile *p = findProfile(name))
        return *p;
    if (!hasProfile(name))
        return unexpected(tr("There is no profile \"%1\" in %2.").arg(name, configFile));
    auto read = m_settings->readProfile(name); // says what is wrong with it
    if (!read)
        return read;
    applyEnvironmentCredentials(*read);
    return read;
}

Expected<BackendProfile, QString>
Workplace::verifyingProfile(const JournalEntry &entry, const VerifyOverrides &overrides) const
{
    BackendProfile bp;
    const QString trainingName = QStringLiteral("training-") + backendName(entry.backend);
    if (!overrides.profile.isEmpty()) {
        auto named = profile(overrides.profile);
        if (!named)
            return named;
        bp = *named;
    } else if (const BackendProfile *own = training ? findProfile(trainingName) : nullptr;
               own && entry.training) {
        bp = *own; // training mode's sandbox, whatever port it had when the entry was written
    } else if (const BackendProfile *loaded = findProfile(entry.profile);
               loaded && !loaded->training) {
        bp = *loaded;
    } else if (!loaded && !training && hasProfile(entry.profile)) {
        auto saved = profile(entry.profile); // paydeskctl reads the one it needs
        if (!saved)
            return saved;
        bp = *saved;
    } else {
        // The profile is gone (or this is training mode, which has none of the store's): the
        // entry's own address, with the environment's credentials, and no sandbox claim.
        bp.name = entry.profile;
        bp.currency = entry.amount ? entry.amount->currency : bp.currency;
        applyEnvironmentCredentials(bp);
    }
    bp.kind = entry.backend;
    // Asked where the sale went: a profile's address may have changed since.
    if (!bp.training && !entry.baseUrl.isEmpty())
        bp.baseUrl = QUrl(entry.baseUrl);
    if (!overrides.baseUrl.isEmpty())
        bp.baseUrl = overrides.baseUrl;
    if (overrides.sandbox) {
        bp.sandbox = true;
        // paydeskctl has no training mode of its own: a training sale asked of a sandbox is
        // asked as training mode would ask it.
        bp.training = entry.training;
    }
    return bp;
}

ReceiptMerchant Workplace::receiptMerchant() const
{
    ReceiptMerchant m;
    m.name = merchant.name;
    m.address = merchant.address;
    m.taxId = merchant.taxId;
    m.taxName = merchant.taxName;
    m.terminal = context.terminal;
    m.operatorName = context.operatorName;
    return m;
}

TillReceipt Workplace::tillReceipt(const PaymentRecord &record, const QList<CartItem> &items,
                                   const QString &reference, const QString &status) const
{
    TillReceipt r = tillReceiptFor(record, items, reference, receiptMerchant(), training, status);
    r.taxRates = catalogue.taxRates(r.currency);
    return r;
}

QStringList Workplace::readCounterSettings()
{
    QStringList found;
    const ManagedSettings &settings = *m_settings;
    printer.reset();
    merchant.name = settings
                        .value(QStringLiteral("receipt/merchant_name"),
                               training ? trainingMerchantName() : QString())
                        .toString();
    merchant.address
        = settings
              .value(QStringLiteral("receipt/merchant_address"),
                     training ? QStringLiteral("1 Practice Lane, Training Town") : QString())
              .toString();

    merchant.taxId = settings.value(QStringLiteral("receipt/merchant_tax_id")).toString();
    merchant.taxName = settings.value(QStringLiteral("receipt/tax_name")).toString();

    const auto text = [&settings](const char *key) {
        return settings.value(QLatin1String(key)).toString().trimmed();
    };
    if (!text("printer/url").isEmpty()) {
        auto configured = printerAt({});
        if (configured)
            printer = *configured;
        else
            found << tr("The receipt printer cannot be used: %1").arg(configured.error());
    }
    customerDisplay.enabled
        = settings.value(QStringLiteral("customer_display/enabled"), false).toBool();
    customerDisplay.screen = text("customer_display/screen");
    return found;
}

QStringList Workplace::reloadSettings()
{
    auto fresh = std::make_unique<ManagedSettings>(configOption);
    if (const QString problem = fresh->formatError(); !problem.isEmpty())
        return {problem};
    m_settings = std::move(fresh);
    // A window started in training mode (no profile: the sandbox) stays in it.
    context = m_settings->context();
    context.training = context.training || training;
    return readCounterSettings();
}

TillReceipt Workplace::tillReceipt(const JournalEntry &entry, const JournalEntry *sale,
                                   const QString &copyStatus) const
{
    if (entry.kind == EntryKind::RefundEntry && sale)
        return refundSlipFor(entry, *sale, receiptMerchant());
    TillReceipt r = tillReceiptForEntry(entry, receiptMerchant(), copyStatus);
    r.taxRates = catalogue.taxRates(r.currency);
    return r;
}

Expected<PrinterConfig, QString> Workplace::printerAt(const QString &url) const
{
    const auto text = [this](const char *key) {
        return m_settings->value(QLatin1String(key)).toString().trimmed();
    };
    return printerConfigFrom(url.isEmpty() ? text("printer/url") : url, text("printer/width_mm"),
                             text("printer/codepage"), text("printer/timeout_ms"));
}

QString defaultConfigFile()
{
    return userSettingsFile();
}

QString Workplace::journalLocation(const QString &option)
{
    if (!option.isEmpty())
        return option;
    const QString fromEnvironment = qEnvironmentVariable("PAYDESK_JOURNAL");
    return fromEnvironment.isEmpty() ? Journal::defaultLocation() : fromEnvironment;
}

QString Workplace::storeLocation(const QString &option, const ManagedSettings &settings)
{
    if (!option.isEmpty())
        return option;
    return settings.value(QStringLiteral("journal/store")).toString().trimmed();
}

Expected<std::unique_ptr<Workplace>, QString> Workplace::open(const WorkplaceOptions &options)
{
    std::unique_ptr<Workplace> w(new Workplace);
    w->configFile = options.config.isEmpty() ? defaultConfigFile() : options.config;
    w->configOption = options.config;
    // The user's file over the system-wide one (managed installs), or --config FILE alone.
    w->m_settings = std::make_unique<ManagedSettings>(options.config);
    const ManagedSettings &settings = *w->m_settings;
    if (const QString problem = settings.formatError(); !problem.isEmpty())
        return unexpected(problem);

    const QStringList names = settings.profileNames();
    for (const QString &name : options.readProfiles ? names : QStringList()) {
        auto profile = settings.readProfile(name);
        if (!profile) {
            w->problems << profile.error();
            continue;
        }
        applyEnvironmentCredentials(*profile);
        w->profiles.append(*profile);
    }
    if (!options.profile.isEmpty() && !names.contains(options.profile))
        return unexpected(
            tr("There is no profile \"%1\" in %2.").arg(options.profile, w->configFile));
    if (!options.profile.isEmpty() && options.readProfiles && !w->findProfile(options.profile))
        return unexpected(w->problems.join(u'\n'));

    w->context = settings.context();
    if (names.isEmpty() && options.trainingWhenNoProfile) {
        auto sandbox = options.trainingSandbox();
        if (!sandbox)
            return unexpected(sandbox.error());
        w->sandbox = std::move(*sandbox);
        w->profiles = trainingProfiles(w->sandbox->url());
        w->training = true;
        w->context.training = true;
    } else if (!names.isEmpty() && w->profiles.isEmpty() && options.trainingWhenNoProfile) {
        return unexpected(
            tr("No profile of %1 can be used:\n%2").arg(w->configFile, w->problems.join(u'\n')));
    }
    if (!options.profile.isEmpty())
        w->initialProfile = options.profile;
    else if (!w->profiles.isEmpty())
        w->initialProfile = w->profiles.first().name;

    w->problems += w->readCounterSettings();

    if (options.loadCatalogue) {
        const QString cataloguePath
            = settings.value(QStringLiteral("catalogue/file"), Catalogue::defaultLocation())
                  .toString();
        if (auto catalogue = Catalogue::load(cataloguePath)) {
            w->catalogue = *catalogue;
            w->problems << catalogue->warnings();
        } else {
            w->problems << catalogue.error();
        }
    }

    w->journalPlace = journalLocation(options.journal);
    w->storePlace = storeLocation(options.store, settings);
    if (options.openJournal) {
        auto journal = JournalThread::open(w->journalPlace);
        if (!journal)
            return unexpected(tr("The journal cannot be opened, so nothing can be sold: %1")
                                  .arg(journal.error()));
        w->journal = std::move(*journal);
    }
    return w;
}

} // namespace paydesk

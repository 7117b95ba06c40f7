// The catalogues are complete: after lupdate has read today's sources (into a copy, so the
// working tree stays as it is), no word is unfinished or missing, every placeholder of the
// English text survives the translation, and plural forms are filled in. Without lupdate it
// checks the committed files as they are.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms; // one for a plain message, one per plural form otherwise
};

QList<Entry> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            entry = Entry {context, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}};
        } else if (name == "source"_L1) {
            entry.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            entry.type = xml.attributes().value("type"_L1).toString();
            if (!entry.numerus) {
                entry.forms << xml.readElementText();
                entries << entry;
            } else {
                while (xml.readNextStartElement())
                    entry.forms << xml.readElementText();
                entries << entry;
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

// %1…%99 and %n, as QString::arg and tr() fill them in; %L1 counts as %1.
std::multiset<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%L?(\\d{1,2}|n)"_s);
    std::multiset<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

QString describe(const Entry &e)
{
    return u"[%1] \"%2\""_s.arg(e.context, e.source);
}

} // namespace

class TstCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString lupdate = QStringLiteral(CONVERGE_LUPDATE);
        if (lupdate.isEmpty() || !QFileInfo(lupdate).isExecutable()) {
            qWarning("lupdate not found: checking the committed catalogues as they are");
            m_catalogueDir = QStringLiteral(CONVERGE_SOURCE_DIR) + u"/translations"_s;
            return;
        }
        QProcess update;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LUPDATE"_s, lupdate);
        update.setProcessEnvironment(env);
        update.setProcessChannelMode(QProcess::MergedChannels);
        update.start(u"bash"_s,
                     {QStringLiteral(CONVERGE_SOURCE_DIR) + u"/scripts/update-translations.sh"_s,
                      u"--into"_s, m_dir.path()});
        QVERIFY2(update.waitForFinished(300000), "lupdate did not finish");
        m_lupdateOutput = QString::fromUtf8(update.readAll());
        QVERIFY2(update.exitStatus() == QProcess::NormalExit && update.exitCode() == 0,
                 qPrintable(m_lupdateOutput));
        m_catalogueDir = m_dir.path();
    }

    // A word lupdate cannot give the context the program looks it up in is never translated
    // on screen, however complete the catalogue looks: tr() in a class without Q_OBJECT or
    // Q_DECLARE_TR_FUNCTIONS, or in a free function.
    void everyWordHasItsContext()
    {
        if (m_lupdateOutput.isNull())
            QSKIP("lupdate not found");
        static const QRegularExpression warning(
            u"lacks Q_OBJECT|cannot be called without context|Cannot invoke tr\\(\\)|"
            "Discarding unconsumed"_s);
        QStringList problems;
        for (const QString &line : m_lupdateOutput.split(u'\n')) {
            if (warning.match(line).hasMatch())
                problems << line;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("pluralsOnly");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("German") << u"converge_de.ts"_s << false << 2;
        QTest::newRow("English plural forms") << u"converge_en.ts"_s << true << 2;
    }

    void complete()
    {
        QFETCH(QString, file);
        QFETCH(bool, pluralsOnly);
        QFETCH(int, pluralForms);
        QString error;
        const QList<Entry> entries = readCatalogue(m_catalogueDir + u'/' + file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!entries.isEmpty());

        QStringList problems;
        for (const Entry &e : entries) {
            if (e.type == "vanished"_L1 || e.type == "obsolete"_L1)
                continue;
            if (pluralsOnly && !e.numerus) {
                problems << u"not a plural form, so it does not belong here: "_s + describe(e);
                continue;
            }
            const bool empty = std::any_of(e.forms.cbegin(), e.forms.cend(),
                                           [](const QString &f) { return f.isEmpty(); });
            if (e.type == "unfinished"_L1 || e.forms.isEmpty() || empty) {
                problems << u"untranslated: "_s + describe(e);
                continue;
            }
            if (e.numerus && e.forms.size() != pluralForms) {
                problems
                    << u"%1 plural forms instead of %2: "_s.arg(e.forms.size()).arg(pluralForms)
                        + describe(e);
                continue;
            }
            // A plural form may leave out %n ("1 change" says the number in words), never %1.
            std::multiset<QString> wanted = placeholders(e.source);
            if (e.numerus)
                wanted.erase(u"n"_s);
            for (const QString &form : e.forms) {
                std::multiset<QString> got = placeholders(form);
                if (e.numerus)
                    got.erase(u"n"_s);
                if (got != wanted)
                    problems << u"placeholders differ in \"%1\": "_s.arg(form) + describe(e);
            }
        }
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(
                u"%1 of %2 has %3 problem(s); refresh with "
                "scripts/update-translations.sh and translate (docs/translations.md):\n"_s.arg(file)
                    .arg(entries.size())
                    .arg(problems.size())
                + problems.join(u'\n')));
    }

private:
    QTemporaryDir m_dir;
    QString m_catalogueDir;
    QString m_lupdateOutput;
};

QTEST_GUILESS_MAIN(TstCatalogue)
#include "tst_catalogue.moc"

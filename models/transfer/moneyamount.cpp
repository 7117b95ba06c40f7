#include "models/transfer/moneyamount.h"

using namespace Qt::StringLiterals;

namespace {

// Integer part digits we accept: far beyond any balance, far below qint64 overflow.
constexpr int maxIntegerDigits = 13;

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

bool isMinus(QChar c)
{
    return c == u'-' || c == QChar(0x2212) || c == QChar(0x2012) || c == QChar(0x2013);
}

// A group separator is only a group separator where it groups: "1.240" in German, not "12.5".
// The last group has exactly three digits; earlier ones one to three (covers 1,00,000 too).
bool groupsAreValid(const QStringList &groups)
{
    if (groups.size() < 2)
        return true;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype size = groups.at(i).size();
        if (i == groups.size() - 1 ? size != 3 : (size < 1 || size > 3))
            return false;
    }
    return true;
}

bool allDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c.digitValue() < 0)
            return false;
    }
    return true;
}

qint64 digitsValue(const QString &text)
{
    qint64 value = 0;
    for (const QChar c : text)
        value = value * 10 + c.digitValue();
    return value;
}

// Unsigned, so that the lowest qint64 has a magnitude too.
quint64 magnitudeOf(qint64 minor)
{
    return minor < 0 ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
}

QString plainMagnitude(quint64 magnitude, const QLocale &locale)
{
    constexpr quint64 scale = 100;
    QString cents = locale.toString(static_cast<qulonglong>(magnitude % scale));
    while (cents.size() < MoneyAmount::decimals)
        cents.prepend(locale.zeroDigit());
    return locale.toString(static_cast<qulonglong>(magnitude / scale)) + locale.decimalPoint()
        + cents;
}

} // namespace

MoneyAmount::Parsed MoneyAmount::parse(const QString &text, const QLocale &locale)
{
    return parse(text, locale, Bounds {});
}

MoneyAmount::Parsed MoneyAmount::parse(const QString &input, const QLocale &locale, Bounds bounds)
{
    Parsed result;
    const auto fail = [&result](Error error) {
        result.error = error;
        result.minor = 0;
        return result;
    };

    QString text = input.trimmed();
    if (text.isEmpty())
        return fail(Error::Empty);

    // Currency marks may stand on either side; they carry no value.
    for (const QString &mark :
         {locale.currencySymbol(QLocale::CurrencySymbol),
          locale.currencySymbol(QLocale::CurrencyIsoCode), u"€"_s, u"EUR"_s, u"$"_s, u"£"_s}) {
        if (!mark.isEmpty())
            text.replace(mark, QString(), Qt::CaseInsensitive);
    }
    text = text.trimmed();

    bool negative = false;
    const QString localeMinus = locale.negativeSign();
    if (!text.isEmpty() && (isMinus(text.front()) || text.startsWith(localeMinus))) {
        negative = true;
        text.remove(0, 1);
    } else if (!text.isEmpty() && (isMinus(text.back()) || text.endsWith(localeMinus))) {
        negative = true;
        text.chop(1);
    } else if (text.startsWith(u'(') && text.endsWith(u')')) {
        negative = true;
        text = text.mid(1, text.size() - 2);
    } else if (text.startsWith(u'+') || text.startsWith(locale.positiveSign())) {
        text.remove(0, 1);
    }
    text = text.trimmed();
    if (text.isEmpty())
        return fail(Error::NotANumber);

    const QString decimalPoint = locale.decimalPoint();
    QString group = locale.groupSeparator();
    // Where groups are separated by a space, any space the keyboard makes counts as one.
    const bool spaceGroups = group.size() == 1 && isSpaceLike(group.front());
    if (spaceGroups) {
        group = u" "_s;
        for (QChar &c : text) {
            if (isSpaceLike(c))
                c = u' ';
        }
    }

    const qsizetype point = text.indexOf(decimalPoint);
    if (point >= 0 && text.indexOf(decimalPoint, point + decimalPoint.size()) >= 0)
        return fail(Error::NotANumber);
    const QString integerText = point >= 0 ? text.left(point) : text;
    const QString fractionText = point >= 0 ? text.mid(point + decimalPoint.size()) : QString();

    QStringList groups = group.isEmpty() ? QStringList {integerText} : integerText.split(group);
    if (!groupsAreValid(groups))
        return fail(Error::NotANumber);
    const QString integerDigits = groups.join(QString());
    if (integerDigits.isEmpty() && fractionText.isEmpty())
        return fail(Error::NotANumber);
    if (!allDigits(integerDigits) || !allDigits(fractionText))
        return fail(Error::NotANumber);
    if (fractionText.size() > decimals)
        return fail(Error::TooManyDecimals);

    // Leading zeros do not make a number larger.
    qsizetype firstSignificant = 0;
    while (firstSignificant < integerDigits.size()
           && integerDigits.at(firstSignificant).digitValue() == 0)
        ++firstSignificant;
    if (integerDigits.size() - firstSignificant > maxIntegerDigits)
        return fail(Error::TooLarge);

    qint64 minor = digitsValue(integerDigits);
    QString fraction = fractionText;
    while (fraction.size() < decimals)
        fraction.append(u'0');
    for (int i = 0; i < decimals; ++i)
        minor *= 10;
    minor += digitsValue(fraction);

    if (minor == 0)
        return fail(Error::Zero);
    if (negative)
        return fail(Error::Negative);
    result.minor = minor;
    result.error = check(minor, bounds);
    return result;
}

MoneyAmount::Error MoneyAmount::check(qint64 minor, Bounds bounds)
{
    if (minor == 0)
        return Error::Zero;
    if (minor < 0)
        return Error::Negative;
    // The per-transfer limit is the firmer rule: say it first, it does not change with the balance.
    if (bounds.limit >= 0 && minor > bounds.limit)
        return Error::OverLimit;
    if (bounds.available >= 0 && minor > bounds.available)
        return Error::OverAvailable;
    return Error::None;
}

QString MoneyAmount::formatPlain(qint64 minor, const QLocale &locale)
{
    const QString digits = plainMagnitude(magnitudeOf(minor), locale);
    return minor < 0 ? locale.negativeSign() + digits : digits;
}

QString MoneyAmount::currencySymbol(const QString &currency)
{
    const QString code = currency.toUpper();
    if (code == "EUR"_L1)
        return u"€"_s;
    if (code == "USD"_L1)
        return u"$"_s;
    if (code == "GBP"_L1)
        return u"£"_s;
    if (code == "JPY"_L1)
        return u"¥"_s;
    return code;
}

QString MoneyAmount::format(qint64 minor, const QString &currency, const QLocale &locale)
{
    // The locale decides where the symbol and the sign go; ask it with a one-unit sample and
    // put our exact digits where its "1" is. The C locale (LANG=C.UTF-8, as on many Debian
    // machines and in CI) has no currency rules of its own and would put the symbol last
    // ("1,240.00€"): it writes money as English does, digits grouped.
    const QLocale rules =
        locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    const QString symbol = currencySymbol(currency);
    const QString sample = rules.toCurrencyString(qlonglong(minor < 0 ? -1 : 1), symbol);
    const QString one = rules.toString(1);
    const QString digits = plainMagnitude(magnitudeOf(minor), rules);
    const qsizetype at = sample.lastIndexOf(one);
    if (at < 0)
        return formatPlain(minor, locale) + u' ' + symbol;
    QString text = sample;
    text.replace(at, one.size(), digits);
    return text;
}

QString MoneyAmount::errorText(Error error, const QString &currency, const QLocale &locale,
                               Bounds bounds)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("Enter an amount.");
    case Error::NotANumber:
        return tr("Enter the amount as a number, like %1.").arg(formatPlain(124050, locale));
    case Error::Zero:
        return tr("Enter an amount above zero.");
    case Error::Negative:
        return tr("The amount can't be negative.");
    case Error::TooManyDecimals:
        return tr("Use at most two decimal places, like %1.").arg(formatPlain(1250, locale));
    case Error::TooLarge:
        return tr("That amount is far too large.");
    case Error::OverAvailable:
        if (bounds.available >= 0)
            return tr("That's more than the %1 available.")
                .arg(format(bounds.available, currency, locale));
        return tr("That's more than is available.");
    case Error::OverLimit:
        if (bounds.limit >= 0)
            return tr("The limit per transfer is %1.").arg(format(bounds.limit, currency, locale));
        return tr("That's over the limit per transfer.");
    }
    return {};
}

QString MoneyAmount::errorName(Error error)
{
    switch (error) {
    case Error::None:
        return u"none"_s;
    case Error::Empty:
        return u"empty"_s;
    case Error::NotANumber:
        return u"not_a_number"_s;
    case Error::Zero:
        return u"zero"_s;
    case Error::Negative:
        return u"negative"_s;
    case Error::TooManyDecimals:
        return u"too_many_decimals"_s;
    case Error::TooLarge:
        return u"too_large"_s;
    case Error::OverAvailable:
        return u"over_available"_s;
    case Error::OverLimit:
        return u"over_limit"_s;
    }
    return {};
}

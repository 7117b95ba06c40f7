#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// Bounds of an amount in minor units; a negative bound is not checked. (Outside the class so
// that it can be a default argument of its members.)
struct MoneyBounds
{
    qint64 available = -1;
    qint64 limit = -1;
};

// Money as integer minor units (cents): parsed from what a person types in their locale and
// formatted back, without ever going through floating point.
class MoneyAmount
{
    Q_DECLARE_TR_FUNCTIONS(MoneyAmount)

public:
    enum class Error {
        None,
        Empty,
        NotANumber,
        Zero,
        Negative,
        TooManyDecimals,
        TooLarge, // more digits than any account could hold
        OverAvailable,
        OverLimit,
    };

    struct Parsed
    {
        qint64 minor = 0;
        Error error = Error::None;
        bool ok() const { return error == Error::None; }
    };

    using Bounds = MoneyBounds;

    static constexpr int decimals = 2;

    // "1,240.50" (en), "1.240,50" (de), "1 240,50" (fr), "€ 12", "12 €", "-5" → minor units or
    // the precise reason it is not an amount. Zero and negative amounts are refused here too.
    static Parsed parse(const QString &text, const QLocale &locale = QLocale());
    static Parsed parse(const QString &text, const QLocale &locale, Bounds bounds);
    static Error check(qint64 minor, Bounds bounds);

    // "€1,240.00" in en, "1.240,00 €" in de; currency is an ISO code such as "EUR".
    static QString format(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
    // "1,240.00": the amount as the person would type it back into the field.
    static QString formatPlain(qint64 minor, const QLocale &locale = QLocale());
    static QString currencySymbol(const QString &currency);

    // A sentence for the field's inline message, e.g. "Enter an amount above zero."
    static QString errorText(Error error, const QString &currency = {},
                             const QLocale &locale = QLocale(), Bounds bounds = {});
    // Stable machine name, e.g. "too_many_decimals" (telemetry, scenario expectations).
    static QString errorName(Error error);
};

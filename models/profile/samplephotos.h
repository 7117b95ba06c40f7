#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The sample photos shipped with the app (resources/photos/samples, installed to
// share/converge/photos/samples; core/shippeddata.h finds them), so a demo or a scenario never
// needs files of its own.
class SamplePhotos
{
    Q_DECLARE_TR_FUNCTIONS(SamplePhotos)

public:
    struct Sample
    {
        QString key; // "sunrise": stable, for scenarios
        QString title; // "Sunrise", for people
        QString resourcePath; // the file on disk
    };

    static QList<Sample> all();
    static const Sample *find(const QString &key);
    // Empty when the key is unknown or the photo is not installed.
    static QByteArray bytes(const QString &key);
};

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The sample photos bundled with the app (resources/photos/samples, in converge_app_resources),
// so a demo or a scenario never needs files of its own.
class SamplePhotos
{
    Q_DECLARE_TR_FUNCTIONS(SamplePhotos)

public:
    struct Sample
    {
        QString key; // "sunrise": stable, for scenarios
        QString title; // "Sunrise", for people
        QString resourcePath;
    };

    static QList<Sample> all();
    static const Sample *find(const QString &key);
    // Empty when the key is unknown or the resource is not linked in.
    static QByteArray bytes(const QString &key);
};

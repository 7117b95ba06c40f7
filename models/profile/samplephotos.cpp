#include "models/profile/samplephotos.h"

#include "core/shippeddata.h"

#include <QFile>

using namespace Qt::StringLiterals;

QList<SamplePhotos::Sample> SamplePhotos::all()
{
    static const QList<Sample> samples = [] {
        const QString dir = ShippedData::samplePhotosDirectory();
        const auto path = [&dir](const char *file) -> QString {
            return dir + u'/' + QLatin1String(file);
        };
        const QList<Sample> known {
            {u"sunrise"_s, tr("Sunrise"), path("sunrise.jpg")},
            {u"ocean"_s, tr("Ocean"), path("ocean.jpg")},
            {u"forest"_s, tr("Forest"), path("forest.jpg")},
            {u"night-city"_s, tr("Night city"), path("night-city.jpg")},
            {u"flower"_s, tr("Flower"), path("flower.jpg")},
        };
        // A photo missing from the install is not offered: no button that uploads nothing.
        QList<Sample> present;
        for (const Sample &sample : known) {
            if (!dir.isEmpty() && QFile::exists(sample.resourcePath))
                present << sample;
        }
        return present;
    }();
    return samples;
}

const SamplePhotos::Sample *SamplePhotos::find(const QString &key)
{
    static const QList<Sample> samples = all();
    for (const Sample &sample : samples) {
        if (sample.key == key)
            return &sample;
    }
    return nullptr;
}

QByteArray SamplePhotos::bytes(const QString &key)
{
    const Sample *sample = find(key);
    if (!sample)
        return {};
    QFile file(sample->resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

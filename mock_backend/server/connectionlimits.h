#pragma once

#include <QtGlobal>

namespace mock {

// What one client connection may send and how long it may take, checked before QHttpServer
// buffers a request (docs/api.md, "Limits and timeouts").
struct ConnectionLimits
{
    // Request line and headers together, and how many header lines (431 beyond either).
    qint64 maxHeaderBytes = 16 * 1024;
    int maxHeaderCount = 100;
    // The largest body any route takes (413 beyond it, before it is read); 0: the larger of the
    // configuration's maxBodyBytes and maxPhotoBytes. Routes still apply their own, lower limit.
    qint64 maxBodyBytes = 0;
    // From a request's first byte until its last header line (408, then the connection closes).
    int headerTimeoutMs = 10000;
    // Silence from a client that is owed no answer (closed; 408 when it stopped mid-request).
    int idleTimeoutMs = 60000;
};

} // namespace mock

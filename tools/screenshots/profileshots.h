#pragma once

class Shots;

// docs/profile.md: each read pattern under the "Replica lag 5 s" preset, the local preview, a
// refused file, a failed upload with Retry, and the second session's window. Takes about half
// a minute: the replicas catch up in real time between the uploads.
void shootProfile(Shots &shots);
// docs/profile.md, "A cache in front of the photo": read-your-writes behind a TTL cache (the old
// photo) and behind versioned keys (the new one), at 1280×800. Also the end of shootProfile.
void shootCache(Shots &shots);

#pragma once

class Shots;

// docs/profile.md: each read pattern under the "Replica lag 5 s" preset, the local preview, a
// refused file, a failed upload with Retry, and the second session's window. Takes about half
// a minute: the replicas catch up in real time between the uploads.
void shootProfile(Shots &shots);

#pragma once

class Shots;

// The whole app as a person first sees it (embedded backend, seed 42, default layout): every
// screen at 1280×800 and at 1920×1080, saved as window-<screen>-<width>x<height>.png. For a
// look after changing the shell or a screen's layout; docs/ does not show these.
// With --palette dark, the names end in -dark.
void shootWindow(Shots &shots);
// Presenter mode on a projector-sized window (1280×720) and at 1920×1080, an action underway on
// each screen with the replicas 4 s behind: presenter-<screen>-<width>x<height>.png.
void shootPresenter(Shots &shots);
// The app on the PostgreSQL store (the cluster's connection strings from the environment, as
// scripts/pg-cluster.sh run sets them): the Profile photo screen just after an upload, with
// replica 2 held back 4 s, at 1280×800 and 1920×1080: postgres-profile-<width>x<height>.png.
void shootPostgres(Shots &shots);
// Each screen in the light and in the dark palette at 1280×800, as View → Appearance sets them:
// appearance-<screen>-light.png and appearance-<screen>-dark.png, for docs/ux-kit.md.
void shootAppearance(Shots &shots);

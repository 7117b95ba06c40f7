#pragma once

class Shots;

// The whole app as a person first sees it (embedded backend, seed 42, default layout): every
// screen at 1280×800 and at 1920×1080, saved as window-<screen>-<width>x<height>.png. For a
// look after changing the shell or a screen's layout; docs/ does not show these.
void shootWindow(Shots &shots);

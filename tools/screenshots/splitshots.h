#pragma once

class Shots;

// Each screen side by side, the same action just made in both panes: Favorites wait vs
// optimistic with slow saves, Profile naive vs read-your-writes with replicas 4 s behind,
// Money transfer transparent vs optimistic with a slow settlement, at 1280×800 and 1920×1080:
// split-<screen>-<width>x<height>.png.
void shootSplit(Shots &shots);

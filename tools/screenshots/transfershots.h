#pragma once

class Shots;

// docs/transfer.md: transparent pending on the left, the optimistic anti-pattern on the right,
// through each state of "the payment partner is slow" (transfer-0-ready … transfer-8-checking).
void shootTransfer(Shots &shots);

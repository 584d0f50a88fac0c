// Non-variadic wrappers over libedit, which Swift cannot call directly (el_set, el_get and
// history are variadic). Nothing but libedit plumbing belongs here.
#ifndef CLINEEDIT_H
#define CLINEEDIT_H

/// Returns 1 when libedit is linked and usable (used by the shell's self-check).
int cle_available(void);

#endif

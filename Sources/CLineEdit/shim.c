#include "CLineEdit.h"
#include <histedit.h>

int cle_available(void) { return 1; }

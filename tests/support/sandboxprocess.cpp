#include "sandboxprocess.h"

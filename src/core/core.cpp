// Anchor translation unit for qf_core (most of core is header-only value types).
#include "core/result.h"
#include "core/clock.h"

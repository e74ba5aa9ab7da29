// 128-bit integers hold the exact intermediate products of cents and millionths.
#pragma once

namespace eligo::detail {
__extension__ using int128 = __int128;  // a GCC and Clang extension, named once here
}  // namespace eligo::detail

// UTF-8 validation, shared by the readers of pack files and of CSV data: both must be
// UTF-8, and a byte that is not is reported at its place rather than passed on garbled.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace eligo::detail {

// The length of the longest prefix of `text` that is well-formed UTF-8 (no overlong forms,
// surrogates or stray bytes, nothing above U+10FFFF): text.size() when all of it is.
std::size_t valid_utf8_prefix(std::string_view text);

// Text from users (an id, a column name, a file name) made safe to put in a message line.
// Messages are read on terminals and in log files one line each: an id holding a line break
// would forge a second message line ("P1\nerror: ..."), and escape bytes ("\x1b[31m") would
// recolour or rewrite the terminal. So every control character (C0, DEL and the C1 range
// U+0080..U+009F) and every byte that is not UTF-8 is written as an escape: \n, \r, \t,
// \xHH or \u0085. Backslashes are left as they are, so ordinary texts read unchanged.
std::string printable(std::string_view text);

}  // namespace eligo::detail

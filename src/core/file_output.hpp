// The one way eligo writes a file: whole or not at all, never through a planted link, never
// onto something that is not a regular file.
//
// The content goes to a temporary file created exclusively (O_CREAT|O_EXCL|O_NOFOLLOW) under
// an unpredictable name in the target's folder (hence on the same file system); it is
// written through that descriptor, flushed to disk (fsync), then renamed over the target,
// and the folder is flushed too. A reader never sees half a file, a failed run leaves the
// previous file in place and no temporary file behind, and someone who can write to the
// folder cannot make eligo write elsewhere by planting a symbolic link at the temporary name.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <string_view>
#include <vector>

namespace eligo::detail {

// Throws Error naming the file when the target exists and is not a regular file (a folder,
// a device, a FIFO, a socket), or when it cannot be created, written, flushed or renamed;
// the temporary file is removed on any failure, including an exception from `write`.
void write_file_whole(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write);
void write_file_whole(const std::filesystem::path& target, std::string_view contents);

// Throws Error when `output` is one of `inputs`: the same file by device and inode, so that
// a symbolic or hard link, or `./x` against `x`, is caught too. `option` names the output in
// the message ("--output"). Inputs that do not exist are skipped.
void refuse_output_onto_inputs(const std::filesystem::path& output, const std::vector<std::filesystem::path>& inputs,
                               std::string_view option);

// A file name made from an id (a group or person id) that cannot leave the folder it is
// joined to: throws Error naming the id when it is empty, `.` or `..`, or holds a path
// separator, a control byte or a NUL, rather than map two ids to one name.
std::string safe_file_stem(std::string_view id, std::string_view what);

}  // namespace eligo::detail

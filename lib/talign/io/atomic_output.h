// Writing a result so that a failure never leaves a half-written file.
//
//   AtomicOutput out("report.json");   // "-" writes to standard output directly
//   out.stream() << json;
//   out.Commit();                      // rename temp → report.json; without it, nothing appears
#pragma once

#include <fstream>
#include <ostream>
#include <string>

namespace talign {

// Not copyable: owns a temporary file. The destructor removes it unless Commit() ran.
class AtomicOutput {
 public:
  // Creates a temporary file beside `path` (same directory, so rename is atomic) with the
  // mode of the file it replaces, else 0666 less the umask; SIGINT/TERM/HUP remove it.
  // A `path` that exists and is not a regular file (/dev/null, a FIFO) is written directly.
  // Throws Error{kCantCreate} naming `path` when it cannot be created, Error{kUsage} for "".
  explicit AtomicOutput(std::string path);
  ~AtomicOutput();
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  std::ostream& stream();
  // Flushes and renames into place. Throws Error{kIo} when writing or renaming failed.
  void Commit();

 private:
  std::string path_;
  std::string temp_path_;
  std::ofstream file_;
  bool committed_ = false;
};

// Writes `content` to `path` ("-": standard output) atomically.
void WriteOutput(const std::string& path, const std::string& content);

}  // namespace talign

// Progress of a long run on standard error: only when it is a terminal and not --quiet.
//
//   Progress progress(entries.size(), !common.quiet);
//   progress.Done(doc.segments.size());   // from any thread
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>

namespace talign::cli {

class Progress {
 public:
  // Shown only when `wanted` and standard error is a terminal.
  Progress(std::size_t total_documents, bool wanted);
  ~Progress();  // ends the progress line

  // One more document done, with its number of sentences. Thread-safe.
  void Done(std::size_t sentences);

 private:
  bool shown_;
  std::size_t total_;
  std::size_t documents_ = 0;
  std::size_t sentences_ = 0;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::mutex mutex_;
};

}  // namespace talign::cli

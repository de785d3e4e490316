#include "progress.h"

#include <unistd.h>

#include <cstdio>

namespace talign::cli {

Progress::Progress(std::size_t total_documents, bool wanted)
    : shown_(wanted && isatty(STDERR_FILENO)), total_(total_documents) {}

Progress::~Progress() {
  if (shown_ && documents_ > 0) std::fputc('\n', stderr);
}

void Progress::Done(std::size_t sentences) {
  if (!shown_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  ++documents_;
  sentences_ += sentences;
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double eta = documents_ ? seconds * static_cast<double>(total_ - documents_) /
                                static_cast<double>(documents_)
                          : 0;
  std::fprintf(stderr, "\rtalign: %zu/%zu documents, %.0f sentences/s, ETA %.0f s   ", documents_,
               total_, seconds > 0 ? static_cast<double>(sentences_) / seconds : 0.0, eta);
}

}  // namespace talign::cli

// Running independent jobs on several threads, with results kept in input order so that
// output never depends on the thread count.
//
//   std::vector<Result> results(jobs.size());
//   ParallelFor(jobs.size(), threads, [&](std::size_t i) { results[i] = Run(jobs[i]); });
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace talign {

// Calls fn(i) once for every i in [0, n), on min(threads, cores, n) threads (0 = all cores;
// more threads than cores only cost memory), or on as many as the system lets start.
// fn must be safe to call concurrently for different i. An exception escaping fn stops
// the hand-out of new jobs and the first one (by job index) is rethrown here.
template <typename Fn>
void ParallelFor(std::size_t n, unsigned threads, Fn fn) {
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  threads = threads == 0 ? cores : std::min(threads, cores);
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, n));
  std::atomic<std::size_t> next{0};
  std::vector<std::exception_ptr> errors(n);
  auto worker = [&] {
    for (std::size_t i = next++; i < n; i = next++) {
      try {
        fn(i);
      } catch (...) {
        errors[i] = std::current_exception();
        next = n;
      }
    }
  };
  std::vector<std::thread> pool;
  try {
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  } catch (const std::system_error&) {
    // Out of threads or address space: the ones started (and this one) do all the jobs.
  }
  if (threads > 0) worker();
  for (std::thread& thread : pool) thread.join();
  for (const std::exception_ptr& error : errors) {
    if (error) std::rethrow_exception(error);
  }
}

}  // namespace talign

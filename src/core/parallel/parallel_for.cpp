#include "core/parallel/parallel_for.hpp"

#include <sched.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <exception>
#include <fstream>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

namespace qobj {

namespace {

// The text of a small file of the kernel's, or nothing.
std::string kernel_file(const char* path) {
  std::ifstream in(path);
  std::string text;
  std::getline(in, text);
  return text;
}

// The cores this process may run on: those its CPU affinity allows (taskset, a container's
// cpuset), no more than its cgroup's CPU quota allows (docker --cpus, a CI runner's limit:
// cgroup v2's cpu.max, else v1's cfs files); the machine's count where none says otherwise.
unsigned available_cores() {
  unsigned cores = std::max(1U, std::thread::hardware_concurrency());
  cpu_set_t allowed;
  CPU_ZERO(&allowed);
  if (sched_getaffinity(0, sizeof allowed, &allowed) == 0 && CPU_COUNT(&allowed) > 0)
    cores = static_cast<unsigned>(CPU_COUNT(&allowed));
  std::string quota = kernel_file("/sys/fs/cgroup/cpu.max");
  if (quota.empty()) {
    const std::string v1 = kernel_file("/sys/fs/cgroup/cpu/cpu.cfs_quota_us");
    const std::string period = kernel_file("/sys/fs/cgroup/cpu/cpu.cfs_period_us");
    if (!v1.empty() && !period.empty()) quota = v1 + " " + period;
  }
  return cores_within_quota(quota, cores);
}

}  // namespace

unsigned cores_within_quota(std::string_view cpu_max, unsigned cores) {
  const auto space = cpu_max.find(' ');
  if (space == std::string_view::npos) return cores;
  long long quota = 0, period = 0;
  const std::string_view q = cpu_max.substr(0, space), p = cpu_max.substr(space + 1);
  if (std::from_chars(q.data(), q.data() + q.size(), quota).ec != std::errc{} ||
      std::from_chars(p.data(), p.data() + p.size(), period).ec != std::errc{} || quota <= 0 ||
      period <= 0)
    return cores;  // "max 100000" (no quota), -1 (v1's none), or not numbers
  const long long allowed = std::max(1LL, (quota + period - 1) / period);
  return static_cast<unsigned>(std::min<long long>(cores, allowed));
}

unsigned worker_count(unsigned requested) {
  if (requested > 0) return requested;
  static const unsigned cores = available_cores();
  return cores;
}

void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work) {
  const std::size_t threads = std::min<std::size_t>(worker_count(jobs), count);
  if (threads <= 1) {
    for (std::size_t i = 0; i < count; ++i) work(i);
    return;
  }
  // Each thread takes the next index until none is left: files differ in size, so a fixed
  // split would leave a core idle behind one large file.
  std::atomic<std::size_t> next{0};
  std::vector<std::exception_ptr> failures(count);
  const auto drain = [&] {
    for (std::size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1)) {
      try {
        work(i);
      } catch (...) {
        failures[i] = std::current_exception();
      }
    }
  };
  std::vector<std::thread> helpers;
  helpers.reserve(threads - 1);
  try {
    for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(drain);
  } catch (const std::system_error&) {
    // No more threads to be had (a limit of the system): those started, and this one, do all.
  }
  drain();
  for (std::thread& helper : helpers) helper.join();
  for (const std::exception_ptr& failure : failures) {
    if (failure) std::rethrow_exception(failure);
  }
}

void in_order(std::size_t count, unsigned jobs, const std::function<std::string(std::size_t)>& make,
              const std::function<void(const std::string&)>& emit) {
  constexpr std::size_t kBatch = 16;
  for (std::size_t start = 0; start < count; start += kBatch) {
    std::vector<std::string> made(std::min(kBatch, count - start));
    parallel_for(made.size(), jobs, [&](std::size_t i) { made[i] = make(start + i); });
    for (const std::string& text : made) emit(text);
  }
}

}  // namespace qobj

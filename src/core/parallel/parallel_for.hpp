// Work spread over the machine's cores: the files of a run are read, parsed and validated at
// once, each on its own, and put together in their own order afterwards, so that what a run
// says never depends on how many threads read it.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace qobj {

// The threads a run may use: `requested`, or for 0 every core the process may run on (its
// CPU affinity, within its cgroup's CPU quota: a container given two cores of a large machine
// uses two).
unsigned worker_count(unsigned requested);

// `cores` within a cgroup CPU quota written as cgroup v2's cpu.max ("200000 100000": two
// cores, rounded up; "max 100000": no quota); `cores` for anything else.
unsigned cores_within_quota(std::string_view cpu_max, unsigned cores);

// Calls work(i) once for every i in [0, count), on up to `jobs` threads (the caller's among
// them), in no particular order. `work` must only write what belongs to its own i. An
// exception thrown by a call is rethrown here once every call has ended (the lowest i's).
void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work);

// Makes the text of each index of [0, count) on up to `jobs` threads, a batch at a time, and
// hands the texts to `emit` in their order: a report's agencies written side by side, with
// only a batch waiting for its turn, and the output what one thread would give.
void in_order(std::size_t count, unsigned jobs, const std::function<std::string(std::size_t)>& make,
              const std::function<void(const std::string&)>& emit);

}  // namespace qobj

// Work spread over the machine's cores: the files of a run are read, parsed and validated at
// once, each on its own, and put together in their own order afterwards, so that what a run
// says never depends on how many threads read it.
#pragma once

#include <cstddef>
#include <functional>

namespace qobj {

// The threads a run may use: `requested`, or every core the machine has for 0.
unsigned worker_count(unsigned requested);

// Calls work(i) once for every i in [0, count), on up to `jobs` threads (the caller's among
// them), in no particular order. `work` must only write what belongs to its own i. An
// exception thrown by a call is rethrown here once every call has ended (the lowest i's).
void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work);

}  // namespace qobj

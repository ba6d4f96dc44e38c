# Sourced by the benchmarks: measure CMD… prints "seconds peak_kb", the best time and the
# lowest peak memory of three runs (GNU time, installed when missing); $data must be a
# scratch directory.
command -v /usr/bin/time >/dev/null || {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends time >/dev/null
}
measure() {
  local best_s="" best_kb=""
  for _ in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$data/time" "$@" >/dev/null
    read -r s kb <"$data/time"
    if [ -z "$best_s" ] || awk -v a="$s" -v b="$best_s" 'BEGIN { exit !(a < b) }'; then best_s=$s; fi
    if [ -z "$best_kb" ] || [ "$kb" -lt "$best_kb" ]; then best_kb=$kb; fi
  done
  echo "$best_s $best_kb"
}

// The rules of the kinds judged by what is stated rather than measured: a yes-no target
// (a verdict with evidence) and a deadline (a completion date).
#include <algorithm>

#include "core/eval/judge.hpp"
#include "core/eval/target_rules.hpp"

namespace qobj::eval::judge {

void evaluate_yes_no(const TargetInputs& in, TargetResult& r) {
  const Context c = make_context(in, in.observations);
  // The year-end evaluation's verdict is known once the period is over, or from the date it
  // was made; it is final.
  if (in.stated_verdict && (c.over || (in.stated_date && known_on(in, *in.stated_date)))) {
    r.verdict = *in.stated_verdict == model::StatedVerdict::met ? Verdict::met : Verdict::not_met;
    r.evidence = in.stated_evidence;
    return;
  }
  // Else the latest known record that says done or not.
  const Observation* latest = nullptr;
  for (const Observation* o : c.known) {
    if (o->done.has_value()) latest = o;
  }
  if (latest == nullptr) {
    r.verdict = c.over ? Verdict::no_data : Verdict::not_yet_due;
    return;
  }
  r.evidence = std::string(latest->evidence);
  if (*latest->done) {
    r.verdict = Verdict::met;
    r.provisional = !c.over;
  } else {
    r.verdict = c.over ? Verdict::not_met : Verdict::at_risk;
  }
}

void evaluate_deadline(const TargetInputs& in, TargetResult& r) {
  const Date due = in.target->due.value_or(in.period.end);
  r.due = due;
  std::optional<Date> completed;
  for (const Observation& o : in.observations) {
    if (o.completed && known_on(in, *o.completed))
      completed = std::min(completed.value_or(*o.completed), *o.completed);
  }
  if (completed) {
    r.completed = completed;
    r.verdict = *completed <= due ? Verdict::met : Verdict::not_met;
    r.gap = exact(day_number(*completed) - day_number(due));  // days early (<0) or late
    return;
  }
  // Due on the as-of date itself is still due: the day is not over.
  r.verdict = in.as_of <= due ? Verdict::not_yet_due : Verdict::not_met;
}

}  // namespace qobj::eval::judge

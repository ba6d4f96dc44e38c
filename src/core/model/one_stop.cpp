#include "core/model/one_stop.hpp"

namespace qobj::model {

namespace {

using C = OneStopColumn;

constexpr std::array<std::string_view, kOneStopColumns> kLabels = {
    "(3)",  "(4)",  "(5)",  "(6)",  "(7)",     "(8)",    "(9)",
    "(10)", "(11)", "(12)", "(13)", "(8)+(9)", "(4)+(5)"};

// A sum of columns, or the columns it lacks.
struct Sum {
  mpq_class value = 0;
  std::vector<C> missing;
};

Sum sum_of(const OneStopCounts& counts, std::initializer_list<C> columns) {
  Sum s;
  for (const C c : columns) {
    if (counts[c]) {
      s.value += *counts[c];
    } else {
      s.missing.push_back(c);
    }
  }
  return s;
}

// (8)+(9) as a term: the two columns, else the older layout's one.
Sum in_time_sum(const OneStopCounts& counts) {
  if (const auto v = resolved_in_time(counts)) return Sum{*v, {}};
  Sum s;
  s.missing =
      counts[C::resolved_early] || counts[C::resolved_on_time]
          ? std::vector<C>{counts[C::resolved_early] ? C::resolved_on_time : C::resolved_early}
          : std::vector<C>{C::resolved_early, C::resolved_on_time};
  return s;
}

Sum plus(Sum a, const Sum& b) {
  a.value += b.value;
  a.missing.insert(a.missing.end(), b.missing.begin(), b.missing.end());
  return a;
}

}  // namespace

std::string_view form_column_label(OneStopColumn column) {
  return kLabels[static_cast<std::size_t>(column)];
}

bool is_stock(OneStopColumn column) {
  return column == C::carried_over || column == C::pending || column == C::pending_in_time ||
         column == C::pending_late;
}

std::string_view formula_of(OneStopDefinition definition) {
  switch (definition) {
    case OneStopDefinition::resolved:
      return "(8+9) / (7)";
    case OneStopDefinition::resolved_without_returned:
      return "(8+9) / (8+9+10)";
    case OneStopDefinition::due:
      return "(8+9) / (8+9+10+13)";
    case OneStopDefinition::qd766:
      return "(8+9+12) / (7+11)";
    case OneStopDefinition::online:
      return "(4) / (4+5)";
  }
  return "";
}

bool uses_stocks(OneStopDefinition definition) {
  return definition == OneStopDefinition::due || definition == OneStopDefinition::qd766;
}

bool OneStopCounts::empty() const {
  for (const auto& cell : cells) {
    if (cell) return false;
  }
  return true;
}

std::optional<mpq_class> resolved_in_time(const OneStopCounts& counts) {
  if (counts[C::resolved_early] && counts[C::resolved_on_time])
    return mpq_class(*counts[C::resolved_early] + *counts[C::resolved_on_time]);
  return counts[C::resolved_in_time];
}

DefinitionResult apply_definition(OneStopDefinition definition, const OneStopCounts& counts) {
  Sum numerator, denominator;
  switch (definition) {
    case OneStopDefinition::resolved:
      numerator = in_time_sum(counts);
      denominator = sum_of(counts, {C::resolved});
      break;
    case OneStopDefinition::resolved_without_returned: {
      // The columns (8) and (9) are the numerator's: the denominator says only what it adds.
      numerator = in_time_sum(counts);
      const Sum late = sum_of(counts, {C::resolved_late});
      denominator = Sum{numerator.value + late.value, late.missing};
      break;
    }
    case OneStopDefinition::due: {
      numerator = in_time_sum(counts);
      const Sum late = sum_of(counts, {C::resolved_late, C::pending_late});
      denominator = Sum{numerator.value + late.value, late.missing};
      break;
    }
    case OneStopDefinition::qd766:
      numerator = plus(in_time_sum(counts), sum_of(counts, {C::pending_in_time}));
      denominator = sum_of(counts, {C::resolved, C::pending});
      break;
    case OneStopDefinition::online: {
      numerator = sum_of(counts, {C::received_online});
      const Sum in_person = sum_of(counts, {C::received_in_person});
      denominator = Sum{numerator.value + in_person.value, in_person.missing};
      break;
    }
  }
  DefinitionResult result;
  result.missing = numerator.missing;
  result.missing.insert(result.missing.end(), denominator.missing.begin(),
                        denominator.missing.end());
  if (result.missing.empty()) result.terms = RatioTerms{numerator.value, denominator.value};
  return result;
}

std::vector<IdentityGap> identity_gaps(const OneStopCounts& counts, OneStopDefinition definition) {
  std::vector<IdentityGap> gaps;
  const auto check = [&](C total, std::initializer_list<C> parts, bool at_least = false) {
    if (!counts[total]) return;
    const Sum s = sum_of(counts, parts);
    if (!s.missing.empty() || s.value == *counts[total]) return;
    if (at_least && *counts[total] > s.value) return;
    gaps.push_back(IdentityGap{total, parts, *counts[total], s.value, at_least});
  };
  // Systems whose ratio leaves out returned dossiers count them in (7).
  const bool returned_in_resolved = definition == OneStopDefinition::resolved_without_returned;
  check(C::received, {C::received_online, C::received_in_person, C::carried_over});
  check(C::received, {C::received_new, C::carried_over});
  check(C::received_new, {C::received_online, C::received_in_person});
  check(C::resolved, {C::resolved_early, C::resolved_on_time, C::resolved_late},
        returned_in_resolved);
  check(C::resolved, {C::resolved_in_time, C::resolved_late}, returned_in_resolved);
  check(C::pending, {C::pending_in_time, C::pending_late});
  check(C::resolved_in_time, {C::resolved_early, C::resolved_on_time});
  check(C::received, {C::resolved, C::pending}, true);
  return gaps;
}

OneStopCounts combine_periods(const std::vector<const OneStopCounts*>& periods) {
  OneStopCounts out;
  if (periods.empty()) return out;
  const auto all_have = [&](C c) {
    for (const OneStopCounts* p : periods) {
      if (!(*p)[c]) return false;
    }
    return true;
  };
  for (std::size_t i = 0; i < kOneStopColumns; ++i) {
    const auto c = static_cast<C>(i);
    if (c == C::received) continue;
    if (c == C::carried_over) {
      out[c] = (*periods.front())[c];
    } else if (is_stock(c)) {
      out[c] = (*periods.back())[c];
    } else if (all_have(c)) {
      mpq_class sum = 0;
      for (const OneStopCounts* p : periods) sum += *(*p)[c];
      out[c] = sum;
    }
  }
  // (8)+(9) over periods that give it either way (the two columns, or the older layout's one).
  if (!out[C::resolved_early] || !out[C::resolved_on_time]) {
    mpq_class sum = 0;
    bool all = true;
    for (const OneStopCounts* p : periods) {
      const auto in_time = resolved_in_time(*p);
      if (!in_time) {
        all = false;
        break;
      }
      sum += *in_time;
    }
    if (all) out[C::resolved_in_time] = sum;
  }
  // (4)+(5) over periods that give it either way.
  if (!out[C::received_new]) {
    mpq_class sum = 0;
    bool all = true;
    for (const OneStopCounts* p : periods) {
      const auto& both = (*p)[C::received_new];
      if (both) {
        sum += *both;
      } else if ((*p)[C::received_online] && (*p)[C::received_in_person]) {
        sum += *(*p)[C::received_online] + *(*p)[C::received_in_person];
      } else {
        all = false;
        break;
      }
    }
    if (all && !(out[C::received_online] && out[C::received_in_person])) out[C::received_new] = sum;
  }
  // (3) = what came in during the periods and what the first carried over.
  if (out[C::received_online] && out[C::received_in_person] && out[C::carried_over]) {
    out[C::received] =
        mpq_class(*out[C::received_online] + *out[C::received_in_person] + *out[C::carried_over]);
  } else if (out[C::received_new] && out[C::carried_over]) {
    out[C::received] = mpq_class(*out[C::received_new] + *out[C::carried_over]);
  } else if (all_have(C::received) && all_have(C::carried_over)) {
    mpq_class sum = 0;
    for (std::size_t k = 0; k < periods.size(); ++k) {
      sum += *(*periods[k])[C::received];
      if (k > 0) sum -= *(*periods[k])[C::carried_over];
    }
    out[C::received] = sum;
  }
  return out;
}

}  // namespace qobj::model

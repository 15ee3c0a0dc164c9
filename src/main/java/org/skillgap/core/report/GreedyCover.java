package org.skillgap.core.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cheapest set of credentials that covers a set of weighted skills, by the greedy rule for weighted
 * set cover: repeatedly take the credential with the most newly covered demand per unit of cost.
 * Greedy is within a factor ln(n) of the optimum and is what the report promises, not the exact
 * optimum.
 */
public final class GreedyCover {
  private GreedyCover() {}

  /**
   * A candidate credential. Cost of zero is treated as one unit so free courses still rank by
   * coverage.
   */
  public record Option(String id, double cost, double hours, Set<String> skills) {}

  /** One chosen credential, in order. */
  public record Step(
      int step,
      Option option,
      List<String> newlyCovered,
      double coverageReached,
      double totalCost,
      double totalHours) {}

  /**
   * @param demand skill id to weight (e.g. postings asking for it), the skills to cover
   * @param options candidate credentials
   */
  public static List<Step> cover(Map<String, Double> demand, List<Option> options) {
    double total = demand.values().stream().mapToDouble(Double::doubleValue).sum();
    Set<String> covered = new HashSet<>();
    List<Option> left = new ArrayList<>(options);
    left.sort((a, b) -> a.id().compareTo(b.id())); // ties go to the smaller id: stable across runs
    List<Step> steps = new ArrayList<>();
    double coveredWeight = 0;
    double cost = 0;
    double hours = 0;
    while (total > 0) {
      Option best = null;
      double bestRatio = 0;
      for (Option o : left) {
        double gain = 0;
        for (String s : o.skills()) {
          if (!covered.contains(s) && demand.containsKey(s)) {
            gain += demand.get(s);
          }
        }
        double ratio = gain / Math.max(1.0, o.cost());
        if (gain > 0 && ratio > bestRatio) {
          best = o;
          bestRatio = ratio;
        }
      }
      if (best == null) {
        break;
      }
      List<String> fresh = new ArrayList<>();
      for (String s : demand.keySet()) {
        if (!covered.contains(s) && best.skills().contains(s)) {
          fresh.add(s);
          coveredWeight += demand.get(s);
        }
      }
      covered.addAll(fresh);
      left.remove(best);
      cost += best.cost();
      hours += best.hours();
      steps.add(new Step(steps.size() + 1, best, fresh, coveredWeight / total, cost, hours));
    }
    return steps;
  }

  /** Keeps insertion order of a demand map built from ranked rows. */
  public static Map<String, Double> ordered() {
    return new LinkedHashMap<>();
  }
}

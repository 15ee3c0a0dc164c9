package org.skillgap.core.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Accuracy, per-class precision, recall, F1 and support, and macro F1 of a classifier, from the
 * counts of (actual, predicted) pairs on held-out examples. Macro F1 weighs every class alike, so a
 * classifier that only gets the majority class right scores low even where its accuracy looks high.
 */
public record ClassificationScore(
    long examples, double accuracy, double macroF1, Map<String, PerClass> classes) {

  /** One class: support is the number of held-out examples that truly belong to it. */
  public record PerClass(long support, double precision, double recall, double f1) {}

  /**
   * @param confusion actual class to predicted class to count
   */
  public static ClassificationScore of(Map<String, Map<String, Long>> confusion) {
    TreeSet<String> labels = new TreeSet<>(confusion.keySet());
    confusion.values().forEach(m -> labels.addAll(m.keySet()));
    long total = 0;
    long correct = 0;
    Map<String, Long> predicted = new LinkedHashMap<>();
    for (var actual : confusion.entrySet()) {
      for (var p : actual.getValue().entrySet()) {
        total += p.getValue();
        predicted.merge(p.getKey(), p.getValue(), Long::sum);
        if (p.getKey().equals(actual.getKey())) {
          correct += p.getValue();
        }
      }
    }
    Map<String, PerClass> classes = new LinkedHashMap<>();
    double f1Sum = 0;
    int withSupport = 0;
    for (String label : labels) {
      Map<String, Long> row = confusion.getOrDefault(label, Map.of());
      long support = row.values().stream().mapToLong(Long::longValue).sum();
      long tp = row.getOrDefault(label, 0L);
      long predictedAs = predicted.getOrDefault(label, 0L);
      double precision = predictedAs == 0 ? 0 : (double) tp / predictedAs;
      double recall = support == 0 ? 0 : (double) tp / support;
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      if (support > 0) { // a class never seen held out has no recall to speak of
        classes.put(label, new PerClass(support, precision, recall, f1));
        f1Sum += f1;
        withSupport++;
      }
    }
    return new ClassificationScore(
        total,
        total == 0 ? Double.NaN : (double) correct / total,
        withSupport == 0 ? Double.NaN : f1Sum / withSupport,
        classes);
  }

  /** A score means something only when the held-out examples hold at least two classes. */
  public boolean meaningful() {
    return classes.size() >= 2;
  }

  /** One line for logs and the run summary. */
  public String describe() {
    if (!meaningful()) {
      return String.format(
          "no accuracy reported: the %,d held-out labelled postings are all of one class (%s)",
          examples, String.join(", ", classes.keySet()));
    }
    StringBuilder sb =
        new StringBuilder(
            String.format(
                "accuracy %.3f, macro F1 %.3f on %,d held-out postings (",
                accuracy, macroF1, examples));
    String sep = "";
    for (var e : classes.entrySet()) {
      sb.append(sep)
          .append(
              String.format(
                  "%s F1 %.2f n=%d", e.getKey(), e.getValue().f1(), e.getValue().support()));
      sep = "; ";
    }
    return sb.append(')').toString();
  }
}

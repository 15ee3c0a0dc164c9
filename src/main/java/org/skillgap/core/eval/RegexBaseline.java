package org.skillgap.core.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.skillgap.core.taxonomy.Skill;
import org.skillgap.core.taxonomy.Taxonomy;

/**
 * The extractor a user writes first: one regular expression per taxonomy entry, {@code
 * \b(name|alias|...)\b} over the lower-cased text, tested everywhere with no context. The benchmark
 * runs the same patterns with Spark SQL's {@code rlike}; the evaluation scores them, so speed and
 * F1 compare like with like.
 */
public final class RegexBaseline {

  private RegexBaseline() {}

  /** The pattern for one entry, over lower-cased text. */
  public static String pattern(Skill skill) {
    return "\\b("
        + skill.surfaceForms().stream()
            .map(f -> Pattern.quote(f.toLowerCase(Locale.ROOT)))
            .collect(Collectors.joining("|"))
        + ")\\b";
  }

  /** Every match of every entry's pattern becomes a span of the layer of the entry's type. */
  public static SpanEvaluation.System system(Taxonomy taxonomy) {
    Map<Skill, Pattern> patterns = new LinkedHashMap<>();
    for (Skill s : taxonomy.skills()) {
      patterns.put(s, Pattern.compile(pattern(s)));
    }
    return (tokens, layers) -> {
      JoinedTokens joined = JoinedTokens.of(tokens);
      String lower = joined.text().toLowerCase(Locale.ROOT);
      Map<String, List<Span>> out = new LinkedHashMap<>();
      patterns.forEach(
          (skill, p) -> {
            Matcher m = p.matcher(lower);
            while (m.find()) {
              out.computeIfAbsent(
                      SpanEvaluation.layerOf(skill.type(), layers), k -> new ArrayList<>())
                  .add(joined.span(m.start(), m.end()));
            }
          });
      out.replaceAll((layer, spans) -> spans.stream().distinct().toList());
      return out;
    };
  }
}

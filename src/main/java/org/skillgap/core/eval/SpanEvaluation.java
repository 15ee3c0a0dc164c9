package org.skillgap.core.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillgap.core.extract.SkillExtractor;
import org.skillgap.core.extract.SkillMatcher;
import org.skillgap.core.extract.SkillMention;
import org.skillgap.core.extract.SpanModel;
import org.skillgap.core.taxonomy.SkillType;

/**
 * Scores span predictions against an annotated corpus, per layer and for all layers together
 * ("combined": the union of every layer's gold spans against the union of every prediction).
 */
public final class SpanEvaluation {

  public static final String COMBINED = "combined";

  /** Something that predicts spans for each layer of a tokenised sentence. */
  public interface System {
    Map<String, List<Span>> predict(List<String> tokens, List<String> layers);
  }

  private SpanEvaluation() {}

  /** Scores per layer, plus {@link #COMBINED}; in the corpus' layer order. */
  public static Map<String, SpanScore> score(List<TaggedSentence> corpus, System system) {
    Map<String, SpanScore> scores = new LinkedHashMap<>();
    for (TaggedSentence s : corpus) {
      List<String> layers = List.copyOf(s.layers().keySet());
      Map<String, List<Span>> predicted = system.predict(s.tokens(), layers);
      List<Span> allGold = new ArrayList<>();
      List<Span> allPredicted = new ArrayList<>();
      for (String layer : layers) {
        List<Span> gold = Bio.spans(s.layers().get(layer));
        List<Span> pred = predicted.getOrDefault(layer, List.of());
        scores.computeIfAbsent(layer, k -> new SpanScore()).add(gold, pred);
        allGold.addAll(gold);
        allPredicted.addAll(pred);
      }
      if (layers.size() > 1) {
        scores
            .computeIfAbsent(COMBINED, k -> new SpanScore())
            .add(distinct(allGold), distinct(allPredicted));
      }
    }
    return scores;
  }

  private static List<Span> distinct(List<Span> spans) {
    return spans.stream().distinct().toList();
  }

  /**
   * The layer a taxonomy type falls in when a corpus has more than one: soft skills are "skill"
   * (SkillSpan: action-oriented competences), everything else (technologies, knowledge,
   * credentials) "knowledge". With a single layer every match goes there.
   */
  public static String layerOf(SkillType type, List<String> layers) {
    if (layers.size() == 1) {
      return layers.get(0);
    }
    String wanted = type == SkillType.SOFT ? "skill" : "knowledge";
    return layers.contains(wanted) ? wanted : layers.get(0);
  }

  /** The taxonomy extractor alone, as the pipeline runs it. */
  public static System extractor(SkillExtractor extractor) {
    return (tokens, layers) -> {
      Map<String, List<Span>> out = new LinkedHashMap<>();
      JoinedTokens joined = JoinedTokens.of(tokens);
      for (SkillMention m : extractor.extract(joined.text(), null)) {
        String layer = layerOf(extractor.taxonomy().get(m.skillId()).type(), layers);
        out.computeIfAbsent(layer, k -> new ArrayList<>()).add(joined.span(m.begin(), m.end()));
      }
      return out;
    };
  }

  /**
   * One model that says which layer each span is ({@code jobs/train-span-model.sh --layer all}); a
   * span of a layer the corpus lacks goes to its first layer (Green's one layer takes them all).
   */
  public static System kindedSpanModel(SpanModel model, SkillMatcher matcher) {
    return (tokens, layers) -> {
      Map<String, List<Span>> out = new LinkedHashMap<>();
      for (SpanModel.KindedSpan k : model.kindedSpans(tokens, matcher)) {
        String layer = layers.contains(k.kind()) ? k.kind() : layers.get(0);
        out.computeIfAbsent(layer, x -> new ArrayList<>()).add(k.span());
      }
      return out;
    };
  }

  /** Learned span models, one per layer; layers without a model get no predictions. */
  public static System spanModels(Map<String, SpanModel> models, SkillMatcher matcher) {
    return (tokens, layers) -> {
      Map<String, List<Span>> out = new LinkedHashMap<>();
      for (String layer : layers) {
        SpanModel model = models.get(layer);
        if (model != null) {
          out.put(layer, model.spans(tokens, matcher));
        }
      }
      return out;
    };
  }

  /**
   * An upper bound for linking: the taxonomy's mentions, plus every span of the models that
   * overlaps none of them, as if each linked to an entry.
   */
  public static System extractorWithSpanModels(
      SkillExtractor extractor, Map<String, SpanModel> models, SkillMatcher matcher) {
    System taxonomy = extractor(extractor);
    System learned = spanModels(models, matcher);
    return (tokens, layers) -> {
      Map<String, List<Span>> out = new LinkedHashMap<>(taxonomy.predict(tokens, layers));
      Map<String, List<Span>> extra = learned.predict(tokens, layers);
      for (String layer : layers) {
        List<Span> spans = new ArrayList<>(out.getOrDefault(layer, List.of()));
        List<Span> known = List.copyOf(spans);
        for (Span s : extra.getOrDefault(layer, List.of())) {
          if (known.stream().noneMatch(s::overlaps)) {
            spans.add(s);
          }
        }
        out.put(layer, spans);
      }
      return out;
    };
  }
}

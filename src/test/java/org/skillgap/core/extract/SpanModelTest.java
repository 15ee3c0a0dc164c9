package org.skillgap.core.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.eval.Span;
import org.skillgap.core.taxonomy.Taxonomy;

class SpanModelTest {

  /** Tokenised sentences and their BIO tags. */
  private record Corpus(List<List<String>> tokens, List<List<String>> tags) {}

  /** Made-up tools in a skill slot, and sentences without one. */
  private static Corpus toolsInASkillSlot() {
    String[] tools = {
      "Zorblax", "Quintor", "Flimsy", "Gadwick", "Hexaton", "Plumtree", "Vortigen", "Yarrowdb"
    };
    String[] fillers = {
      "The office is in London .", "We offer a bonus .", "Our team is friendly ."
    };
    List<List<String>> tokens = new ArrayList<>();
    List<List<String>> tags = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      tokens.add(List.of("Experience", "with", tools[i % tools.length], "is", "required", "."));
      tags.add(List.of("O", "O", "B", "O", "O", "O"));
      tokens.add(List.of(fillers[i % fillers.length].split(" ")));
      tags.add(Collections.nCopies(tokens.get(tokens.size() - 1).size(), "O"));
    }
    return new Corpus(tokens, tags);
  }

  private static SpanModel trainOnTools(SkillMatcher matcher, double pruneBelow) {
    Corpus corpus = toolsInASkillSlot();
    return SpanModel.train(
        corpus.tokens(), corpus.tags(), matcher, new SpanModel.Options(1, 1.0, 1e-3, pruneBelow));
  }

  @Test
  void pruningKeepsWhatTheModelLearnedInASmallerFile(@TempDir Path dir) throws IOException {
    SkillMatcher matcher = new SkillMatcher(Taxonomy.builtin(), CoreNlp.shared());
    Path full = dir.resolve("full.crf.gz");
    Path pruned = dir.resolve("pruned.crf.gz");
    trainOnTools(matcher, 0).save(full);
    trainOnTools(matcher, SpanModel.PRUNE_BELOW).save(pruned);
    assertTrue(
        Files.size(pruned) < Files.size(full) * 0.8,
        Files.size(pruned) + " bytes pruned, " + Files.size(full) + " in full");
    assertEquals(
        List.of(new Span(2, 3)),
        SpanModel.load(pruned)
            .spans(List.of("Experience", "with", "Brindlecorp", "is", "required", "."), matcher));
  }

  @Test
  void learnsSpansBeyondTheTaxonomyAndSurvivesSaving(@TempDir Path dir) {
    SkillMatcher matcher = new SkillMatcher(Taxonomy.builtin(), CoreNlp.shared());
    SpanModel model = trainOnTools(matcher, 0);
    List<String> unseen = List.of("Experience", "with", "Brindlecorp", "is", "required", ".");
    assertEquals(
        List.of(new Span(2, 3)),
        model.spans(unseen, matcher),
        "a word it never saw, in a skill slot");
    assertEquals(
        List.of(), model.spans(List.of("The", "office", "is", "in", "Paris", "."), matcher));

    // In the extractor, the model's spans that link to no taxonomy entry become emerging-skill
    // candidates;
    // a taxonomy match the model also found is found by both; a span that links (one typing slip)
    // is demand.
    SkillExtractor extractor =
        new SkillExtractor(Taxonomy.builtin(), CoreNlp.shared(), CoreNlp.shared(), model);
    SkillExtractor.Extraction found =
        extractor.extract(
            "Experience with Brindlecorp is required. Experience with "
                + "Python is required. Experience with Jenkis is required.",
            "tech",
            true);
    assertEquals(
        List.of("brindlecorp"), found.emerging().stream().map(SkillMention::skillId).toList());
    assertEquals(RequirementLevel.REQUIRED, found.emerging().get(0).requirement());
    assertEquals(
        List.of("python", "jenkins"),
        found.mentions().stream().map(SkillMention::skillId).toList());
    assertEquals(
        List.of(MentionSource.BOTH, MentionSource.MODEL),
        found.mentions().stream().map(SkillMention::source).toList());
    assertEquals(
        List.of(SkillMention.BOTH_CONFIDENCE, SpanLinker.ONE_SLIP),
        found.mentions().stream().map(SkillMention::confidence).toList());

    // Without a model the same match is the taxonomy's alone, and the typing slip is not demand.
    List<SkillMention> plain =
        CoreNlp.extractor(Taxonomy.builtin())
            .extract(
                "Experience with Python is required. Experience with Jenkis is required.", "tech");
    assertEquals(List.of("python"), plain.stream().map(SkillMention::skillId).toList());
    assertEquals(MentionSource.TAXONOMY, plain.get(0).source());
    assertEquals(SkillMention.TAXONOMY_CONFIDENCE, plain.get(0).confidence());

    Path file = dir.resolve("m.crf.gz");
    model.save(file);
    assertEquals(List.of(new Span(2, 3)), SpanModel.load(file).spans(unseen, matcher));
  }

  @Test
  void oneModelLearnsSeveralLayersAndSaysWhichASpanIs() {
    SkillMatcher matcher = new SkillMatcher(Taxonomy.builtin(), CoreNlp.shared());
    String[] tools = {"Zorblax", "Quintor", "Flimsy", "Gadwick"};
    String[] habits = {"punctual", "cheerful", "tidy", "patient"};
    List<List<String>> tokens = new ArrayList<>();
    List<List<String>> tags = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      tokens.add(List.of("Experience", "with", tools[i % tools.length], "is", "required", "."));
      tags.add(List.of("O", "O", "B-knowledge", "O", "O", "O"));
      tokens.add(List.of("You", "are", habits[i % habits.length], "."));
      tags.add(List.of("O", "O", "B-skill", "O"));
    }
    SpanModel model =
        SpanModel.train(tokens, tags, matcher, new SpanModel.Options(1, 1.0, 1e-3, 0));
    assertEquals(
        List.of(new SpanModel.KindedSpan(new Span(2, 3), "knowledge")),
        model.kindedSpans(
            List.of("Experience", "with", "Brindlecorp", "is", "required", "."), matcher));
    assertEquals(
        List.of(new SpanModel.KindedSpan(new Span(2, 3), "skill")),
        model.kindedSpans(List.of("You", "are", "punctual", "."), matcher));
  }

  @Test
  void withTheDefaultsNothingNegatedOrBoilerplateIsCountedEvenWhenTheModelWouldLinkIt() {
    SkillExtractor defaults = CoreNlp.defaultExtractor();
    // The built-in model finds "Kubernets" and it links to Kubernetes where the posting asks for
    // it...
    assertEquals(
        List.of("kubernetes"),
        defaults.extract("Experience with Kubernets is required.", "tech").stream()
            .map(SkillMention::skillId)
            .toList());
    // ...and is not counted in a negated sentence, a perks line inside a paragraph, or a benefits
    // section.
    for (String text :
        List.of(
            "No prior Kubernets experience needed; we will train you.",
            "You will join a friendly team. Benefits: health insurance, a gym and Kubernets meetups.",
            "Benefits\nExperience with Kubernets is required.")) {
      assertEquals(List.of(), defaults.extract(text, "tech"), text);
    }
  }
}

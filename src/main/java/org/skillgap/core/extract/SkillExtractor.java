package org.skillgap.core.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.skillgap.core.eval.Span;
import org.skillgap.core.taxonomy.Taxonomy;

/**
 * Finds skill mentions in a posting: splits sentences, skips boilerplate and negated sentences,
 * matches the taxonomy and reads each sentence's requirement level. Thread-safe once built; build
 * it once per executor (see {@link CoreNlp#extractor}).
 */
public final class SkillExtractor {

  private final SentenceSplitter splitter;
  private final PosTagger tagger;
  private final SkillMatcher matcher;
  private final SharedHeads sharedHeads;
  private final String taxonomyVersion;
  private final Taxonomy taxonomy;
  private final SpanModel spanModel;
  private final SpanLinker linker;
  private final double linkMinConfidence;
  private final SentenceRoles roles;
  private final SkillSenses senses;

  /**
   * The least link confidence at which a span the model alone found counts as demand (one typing
   * slip counts).
   */
  public static final double DEFAULT_LINK_MIN_CONFIDENCE = SpanLinker.ONE_SLIP;

  public SkillExtractor(Taxonomy taxonomy, SentenceSplitter splitter, PosTagger tagger) {
    this(taxonomy, splitter, tagger, null);
  }

  public SkillExtractor(
      Taxonomy taxonomy, SentenceSplitter splitter, PosTagger tagger, SpanModel spanModel) {
    this(taxonomy, splitter, tagger, spanModel, DEFAULT_LINK_MIN_CONFIDENCE);
  }

  /**
   * @param spanModel when not null, it reads the sentences that ask for something: its spans that
   *     link to a taxonomy entry are demand too, the others emerging-skill candidates
   *     (requirement-cue phrases fill in where it found nothing)
   * @param linkMinConfidence the least {@link SpanLinker} confidence at which a model span counts
   *     as demand
   */
  public SkillExtractor(
      Taxonomy taxonomy,
      SentenceSplitter splitter,
      PosTagger tagger,
      SpanModel spanModel,
      double linkMinConfidence) {
    this.spanModel = spanModel;
    this.linker = spanModel == null ? null : new SpanLinker(taxonomy);
    this.linkMinConfidence = linkMinConfidence;
    this.splitter = splitter;
    this.tagger = tagger;
    this.matcher = new SkillMatcher(taxonomy, splitter);
    this.sharedHeads = new SharedHeads(matcher);
    this.taxonomyVersion = taxonomy.version();
    this.taxonomy = taxonomy;
    this.roles = null;
    this.senses = null;
  }

  private SkillExtractor(SkillExtractor base, SentenceRoles roles, SkillSenses senses) {
    this.spanModel = base.spanModel;
    this.linker = base.linker;
    this.linkMinConfidence = base.linkMinConfidence;
    this.splitter = base.splitter;
    this.tagger = base.tagger;
    this.matcher = base.matcher;
    this.sharedHeads = base.sharedHeads;
    this.taxonomyVersion = base.taxonomyVersion;
    this.taxonomy = base.taxonomy;
    this.roles = roles;
    this.senses = senses;
  }

  /**
   * The same extractor, counting skills only from the sentences that {@code roles} says speak to
   * the candidate (null: from every sentence the rules keep). Shares this one's matcher and models.
   */
  public SkillExtractor withSentenceRoles(SentenceRoles roles) {
    return new SkillExtractor(this, roles, senses);
  }

  /**
   * The same extractor, counting a match of an entry that {@code senses} weighs only where it is
   * written in the entry's sense (null: wherever the rules keep it). Shares this one's matcher and
   * models.
   */
  public SkillExtractor withSkillSenses(SkillSenses senses) {
    return new SkillExtractor(this, roles, senses);
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  public String taxonomyVersion() {
    return taxonomyVersion;
  }

  /**
   * Taxonomy mentions, plus phrases the taxonomy does not know that requirement sentences ask for.
   */
  public record Extraction(List<SkillMention> mentions, List<SkillMention> emerging) {}

  public List<SkillMention> extract(String document, String industry) {
    return extract(document, industry, false).mentions();
  }

  /**
   * @param discover also collect unknown-skill candidates ({@link PhraseDiscovery}); their {@code
   *     skillId} is the lower-cased phrase
   */
  public Extraction extract(String document, String industry, boolean discover) {
    if (document == null || document.isBlank()) {
      return new Extraction(List.of(), List.of());
    }
    List<SkillMention> emerging = discover ? new ArrayList<>() : List.of();
    List<Sections.Range> boilerplate = Sections.boilerplate(document);
    DefinedAcronyms acronyms = DefinedAcronyms.in(document, industry, splitter, matcher);
    List<SkillMention> out = new ArrayList<>();
    List<List<Token>> sentences = splitter.split(document);
    for (int si = 0; si < sentences.size(); si++) {
      List<Token> tokens = sentences.get(si);
      if (tokens.isEmpty() || inBoilerplate(boilerplate, tokens.get(0).begin())) {
        continue;
      }
      String text = SentenceCues.text(document, tokens);
      if (Sections.isBoilerplateSentence(text)
          || SentenceCues.isNegated(text)
          || HiringText.isHiringSentence(text)) {
        continue;
      }
      PostingSentence sentence = new PostingSentence(document, tokens, si, text);
      List<SkillMatcher.Match> found =
          acronyms.bind(
              tokens,
              sharedHeads.extend(tokens, matcher.match(tokens, industry, tagger), industry));
      List<SkillMatcher.Match> matches = inTheirSense(sentence, askedHere(sentence, found));
      RequirementLevel level =
          spanModel == null && matches.isEmpty() ? null : SentenceCues.requirementLevel(text);
      // The model reads the sentences that ask for something: a requirement cue, or a skill the
      // taxonomy knows. The rest (the team, the day, pay, how to apply) is a posting's padding, and
      // most of the model's cost.
      boolean asks = !found.isEmpty() || (level != null && level != RequirementLevel.NOT_STATED);
      // Weighed only where something would count; a stated requirement level needs no encoder, and
      // a list of skill names ("java python c++ linux", a stack line) is about the job's work.
      if (roles != null
          && asks
          && level != null
          && !isSkillList(tokens, found)
          && !roles.counts(text, level)) {
        continue;
      }
      List<SpanModel.KindedSpan> spans =
          spanModel == null || !asks
              ? List.of()
              : spanModel.kindedSpans(sentence.words(0, tokens.size()), matcher);
      List<SkillMention> linked =
          spans.isEmpty()
              ? List.of()
              : fromModel(sentence, level, found, spans, discover ? emerging : null);
      if (discover) {
        // Known names that context dropped are still known: not unknown skills to discover. What
        // the model read is its to propose; the requirement-cue phrases fill in what it did not see
        // as a skill.
        discover(sentence, found, spans, emerging);
      }
      if (matches.isEmpty() && linked.isEmpty()) {
        continue;
      }
      for (SkillMatcher.Match m : matches) {
        int begin = tokens.get(m.firstToken()).begin();
        int end = tokens.get(m.lastToken()).end();
        boolean confirmed = false;
        for (SpanModel.KindedSpan k : spans) {
          confirmed |= k.span().begin() <= m.lastToken() && m.firstToken() < k.span().end();
        }
        out.add(
            new SkillMention(
                m.skill().id(),
                document.substring(begin, end),
                si,
                begin,
                end,
                level,
                sentence.forReview(begin, end),
                confirmed ? MentionSource.BOTH : MentionSource.TAXONOMY,
                confirmed ? SkillMention.BOTH_CONFIDENCE : SkillMention.TAXONOMY_CONFIDENCE));
      }
      out.addAll(linked);
    }
    return new Extraction(out, emerging);
  }

  /**
   * The context rules that decide whether a taxonomy match counts where it stands, in the order
   * they are applied: a rule that weighs the other matches must come after those that drop matches
   * one by one. A new rule is one {@link MatchFilter} and one line here.
   */
  private static final List<MatchFilter> CONTEXT_RULES =
      List.of(
          new NotAskedClauseFilter(),
          new OrganisationNameFilter(),
          new StateCodeFilter(),
          new LeadershipAsPeopleFilter(),
          new SupervisionSenseFilter(),
          new NamesOtherThingFilter(),
          new PayElementFilter(),
          new SoftSkillPluralFilter(),
          new UnnamedCertificationFilter());

  /** The matches that {@link #CONTEXT_RULES} keep: the skills the sentence asks for. */
  private static List<SkillMatcher.Match> askedHere(
      PostingSentence sentence, List<SkillMatcher.Match> matches) {
    List<SkillMatcher.Match> kept = matches;
    for (MatchFilter rule : CONTEXT_RULES) {
      if (kept.isEmpty()) {
        break;
      }
      kept = rule.keep(sentence, kept);
    }
    return kept;
  }

  /**
   * The matches written in their entry's sense ({@link SkillSenses}); all of them without senses.
   */
  private List<SkillMatcher.Match> inTheirSense(
      PostingSentence sentence, List<SkillMatcher.Match> matches) {
    if (senses == null || matches.stream().noneMatch(m -> senses.weighs(m.skill().id()))) {
      return matches;
    }
    List<Token> tokens = sentence.tokens();
    return matches.stream()
        .filter(
            m -> {
              int from = Math.max(0, m.firstToken() - SkillSenses.WINDOW_WORDS);
              int to = Math.min(tokens.size() - 1, m.lastToken() + SkillSenses.WINDOW_WORDS);
              String window =
                  sentence.document().substring(tokens.get(from).begin(), tokens.get(to).end());
              return senses.fits(m.skill().id(), window);
            })
        .toList();
  }

  /**
   * Adds the sentence's requirement-cue phrases ({@link PhraseDiscovery}) that no taxonomy match,
   * model span or clause that asks for nothing already covers, and that may join the queue.
   */
  private static void discover(
      PostingSentence sentence,
      List<SkillMatcher.Match> matches,
      List<SpanModel.KindedSpan> spans,
      List<SkillMention> out) {
    String text = sentence.text();
    List<Token> tokens = sentence.tokens();
    int base = sentence.base();
    boolean[] covered = new boolean[text.length()];
    for (SkillMatcher.Match m : matches) {
      for (int c = tokens.get(m.firstToken()).begin(); c < tokens.get(m.lastToken()).end(); c++) {
        covered[c - base] = true;
      }
    }
    for (SpanModel.KindedSpan k : spans) {
      int from = tokens.get(k.span().begin()).begin() - base;
      int to = Math.min(tokens.get(k.span().end() - 1).end() - base, covered.length);
      Arrays.fill(covered, from, Math.max(from, to), true);
    }
    for (Clauses.Range r : sentence.notAsked()) { // no more an unknown skill there than a known one
      Arrays.fill(
          covered, Math.min(r.begin(), covered.length), Math.min(r.end(), covered.length), true);
    }
    List<PhraseDiscovery.Phrase> phrases = PhraseDiscovery.candidates(text, base, covered);
    if (phrases.isEmpty()) {
      return;
    }
    RequirementLevel level = SentenceCues.requirementLevel(text);
    for (PhraseDiscovery.Phrase p : phrases) {
      String surface = sentence.document().substring(p.begin(), p.end());
      if (EmergingPhrases.keep(p.text(), surface)) {
        out.add(
            new SkillMention(
                p.text(),
                surface,
                sentence.index(),
                p.begin(),
                p.end(),
                level,
                sentence.forReview(p.begin(), p.end()),
                MentionSource.CUE,
                0));
      }
    }
  }

  /**
   * The span model's spans that overlap no taxonomy match (not even one context dropped) and no
   * clause that does not ask for anything: those that link to a taxonomy entry with at least {@link
   * #linkMinConfidence} are demand; the others, when {@code emerging} is given, are candidates for
   * the emerging-skills queue.
   */
  private List<SkillMention> fromModel(
      PostingSentence sentence,
      RequirementLevel level,
      List<SkillMatcher.Match> matches,
      List<SpanModel.KindedSpan> spans,
      List<SkillMention> emerging) {
    String document = sentence.document();
    List<Token> tokens = sentence.tokens();
    List<SkillMention> linked = new ArrayList<>(2);
    List<Clauses.Range> notAsked = null;
    int base = sentence.base();
    for (SpanModel.KindedSpan k : spans) {
      Span span = k.span();
      boolean known = false;
      for (SkillMatcher.Match m : matches) {
        known |= m.firstToken() < span.end() && span.begin() <= m.lastToken();
      }
      if (known) {
        continue;
      }
      int begin = tokens.get(span.begin()).begin();
      int end = tokens.get(span.end() - 1).end();
      notAsked = notAsked == null ? sentence.notAsked() : notAsked;
      for (Clauses.Range r : notAsked) {
        known |= r.begin() < end - base && begin - base < r.end();
      }
      if (known) {
        continue;
      }
      String surface = document.substring(begin, end);
      SpanLinker.Link link = linker.link(sentence.words(span.begin(), span.end()));
      if (link != null && link.confidence() >= linkMinConfidence) {
        linked.add(
            new SkillMention(
                link.skill().id(),
                surface,
                sentence.index(),
                begin,
                end,
                level,
                sentence.forReview(begin, end),
                MentionSource.MODEL,
                link.confidence()));
        continue;
      }
      if (emerging == null) {
        continue;
      }
      // The queue shows what names the skill: "strong knowledge of federal regulations" is
      // "federal regulations".
      SpanLinker.Range core = SpanLinker.coreRange(sentence.words(span.begin(), span.end()));
      if (core.isEmpty()) {
        continue;
      }
      begin = tokens.get(span.begin() + core.begin()).begin();
      end = tokens.get(span.begin() + core.end() - 1).end();
      surface = document.substring(begin, end);
      String phrase = surface.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (phrase.length() < 2 || phrase.length() > 60 || !EmergingPhrases.keep(phrase, surface)) {
        continue;
      }
      // Tagged on its own words: a few tokens, where tagging the whole sentence would cost as
      // much as the model.
      if (tagger != null
          && EmergingPhrases.dutyOrTrait(
              tagger.tag(tokens.subList(span.begin() + core.begin(), span.begin() + core.end())))) {
        continue;
      }
      emerging.add(
          new SkillMention(
              phrase,
              surface,
              sentence.index(),
              begin,
              end,
              level,
              sentence.forReview(begin, end),
              MentionSource.MODEL,
              link == null ? 0 : link.confidence()));
    }
    return linked;
  }

  /**
   * Whether taxonomy names cover at least half the sentence's words: a list of skills ("JavaScript
   * React HTML and CSS"), which no employer's self-description is.
   */
  static boolean isSkillList(List<Token> tokens, List<SkillMatcher.Match> found) {
    if (found.isEmpty()) {
      return false;
    }
    boolean[] covered = new boolean[tokens.size()];
    for (SkillMatcher.Match m : found) {
      Arrays.fill(covered, m.firstToken(), m.lastToken() + 1, true);
    }
    int words = 0;
    int inNames = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).text().chars().anyMatch(Character::isLetterOrDigit)) {
        words++;
        inNames += covered[i] ? 1 : 0;
      }
    }
    return 2 * inNames >= words;
  }

  private static boolean inBoilerplate(List<Sections.Range> ranges, int offset) {
    for (Sections.Range r : ranges) {
      if (r.contains(offset)) {
        return true;
      }
    }
    return false;
  }
}

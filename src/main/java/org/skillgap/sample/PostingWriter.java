package org.skillgap.sample;

import static org.skillgap.sample.Draws.pick;
import static org.skillgap.sample.Draws.weighted;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.skillgap.core.Json;
import org.skillgap.sample.IndustryProfiles.Profile;
import org.skillgap.sample.IndustryProfiles.SkillOdds;

/**
 * Writes the sample postings, one JSON line each: bodies as long and as varied as real ones, some
 * records broken or re-posted the way real feeds deliver them, and the facts planted for the
 * reports to find (docs/sample-data.md).
 */
final class PostingWriter {
  /** Postings per year from 2019, relative to 2019: the market grows. */
  private static final double[] POSTING_GROWTH = {1.0, 1.1, 1.25, 1.45, 1.6, 1.8, 2.0};

  private final long seed;

  PostingWriter(long seed) {
    this.seed = seed;
  }

  /** Writes {@code count} postings; returns how many of them were deliberately malformed. */
  long write(Path file, int count, Random rnd) throws IOException {
    long malformed = 0;
    String previousLine = null;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        String line = posting(i, rnd);
        // About one record in 120 is broken the way real feeds break.
        if (i > 10 && rnd.nextInt(120) == 0) {
          line = breakRecord(line, previousLine, i, rnd);
          malformed++;
        }
        w.write(line);
        w.write('\n');
        previousLine = line;
        // About one posting in 100 is re-posted by its employer with a small edit: a
        // near-duplicate.
        if (i > 10 && i + 1 < count && rnd.nextInt(100) == 0 && line.startsWith("{\"id\"")) {
          w.write(
              line.replaceFirst("\"id\":\"([^\"]+)\"", "\"id\":\"$1-repost\"")
                  .replaceFirst(
                      "\"description\":\"", "\"description\":\"Reposted - apply today! "));
          w.write('\n');
          i++;
        }
      }
    }
    return malformed;
  }

  private static String breakRecord(String line, String previous, int i, Random rnd) {
    return switch (rnd.nextInt(6)) {
      case 0 -> line.substring(0, line.length() / 2); // truncated JSON
      case 1 ->
          line.replaceFirst(
              "\"description\":\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"", "\"description\":\"\"");
      case 2 -> line.replaceFirst("\"posted_date\":\"[^\"]*\"", "\"posted_date\":\"2021-02-30\"");
      case 3 -> line.replaceFirst("\"posted_date\":\"[^\"]*\"", "\"posted_date\":\"2031-05-01\"");
      case 4 -> line.replaceFirst("\"salary\":(null|\"[^\"]*\")", "\"salary\":\"-45000\"");
      default -> previous == null ? line : previous; // the same posting delivered twice
    };
  }

  private String posting(int i, Random rnd) {
    int year = IndustryProfiles.FIRST_YEAR + weighted(POSTING_GROWTH, rnd);
    LocalDate date = LocalDate.of(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    Profile profile = pickProfile(rnd);
    String title = pick(profile.titles(), rnd);
    String company = pick(profile.companies(), rnd);

    List<String> skills = chooseSkills(profile, year, rnd);
    int requiredCount = Math.max(1, (int) Math.round(skills.size() * 0.65));
    List<String> required = skills.subList(0, Math.min(requiredCount, skills.size()));
    List<String> preferred = skills.subList(required.size(), skills.size());

    boolean html = rnd.nextInt(10) < 4;
    // Length and layout come from a stream of their own: padding a posting to a real posting's
    // length leaves what it asks for, and every other line of the sample, as it was.
    Random padding = new Random(seed * 7_919L + i);
    PostingBody doc = new PostingBody(html, PostingPadding.layout(padding));
    List<PostingPadding.Block> blocks =
        PostingPadding.blocks(PostingPadding.words(padding), padding);
    doc.block(blocks.get(0));
    if (rnd.nextBoolean()) {
      doc.heading("About us");
      doc.para(
          company
              + " is a "
              + pick(List.of("leading", "growing", "mission-driven", "award-winning"), rnd)
              + " "
              + profile.industry().replace("other", "services")
              + " employer"
              + (profile.industry().equals("tech") && rnd.nextInt(4) == 0
                  ? " and an early adopter of Python and machine learning across our products."
                  : ".")
              + " We value people who "
              + pick(List.of("grow with us", "care about quality", "put customers first"), rnd)
              + ".");
    }
    doc.heading(pick(List.of("Responsibilities", "What you'll do", "Key Responsibilities"), rnd));
    List<String> duties = new ArrayList<>(profile.duties());
    Collections.shuffle(duties, rnd);
    doc.list(duties.subList(0, 2 + rnd.nextInt(Math.min(3, duties.size() - 1))));
    doc.block(blocks.get(1));
    doc.block(blocks.get(2));

    doc.heading(pick(List.of("Requirements", "Qualifications", "What you bring"), rnd));
    List<String> reqLines = new ArrayList<>();
    for (int k = 0; k < required.size(); k++) {
      String s = required.get(k);
      if (k + 1 < required.size() && rnd.nextInt(3) == 0) {
        reqLines.add(String.format(pick(REQUIRED_PAIR, rnd), s, required.get(++k)));
      } else if (SOFT.contains(s)) {
        reqLines.add(String.format(pick(SOFT_REQUIRED, rnd), s));
      } else {
        reqLines.add(String.format(pick(REQUIRED, rnd), s, 1 + rnd.nextInt(6)));
      }
    }
    if (rnd.nextInt(20) == 0) {
      String untaught = pick(profile.skills(), rnd).text();
      if (!skills.contains(untaught)) {
        reqLines.add("No prior " + untaught + " experience needed; we will train you.");
      }
    }
    // Drawn from a stream of its own, so planting these left every other line of the sample as
    // it was.
    Random planted = new Random(seed * 1_000_003L + i);
    if (planted.nextInt(3) == 0) {
      List<String> rising = IndustryProfiles.EMERGING.get(profile.industry());
      reqLines.add("Hands-on experience with " + rising.get(planted.nextInt(10) < 7 ? 0 : 1) + ".");
    }
    // Planted, from the same stream: tech asks for a bachelor's degree less each year, from 80 %
    // of postings in 2019 to 38 % in 2025 (skills-based hiring); other industries stay at half
    // (docs/sample-data.md).
    double bachelorOdds =
        profile.industry().equals("tech")
            ? 0.80 - 0.07 * (year - IndustryProfiles.FIRST_YEAR)
            : 0.5;
    if (planted.nextDouble() < bachelorOdds) {
      reqLines.add(
          planted.nextBoolean()
              ? "A bachelor's degree in a related field is required."
              : "Bachelor's degree or equivalent experience.");
    } else {
      reqLines.add(
          planted.nextBoolean()
              ? "No degree required: we hire for what you can do."
              : "A degree is not required.");
    }
    doc.list(reqLines);
    if (!preferred.isEmpty()) {
      doc.heading(pick(List.of("Nice to have", "Preferred qualifications", "Bonus points"), rnd));
      List<String> pref = new ArrayList<>();
      for (String s : preferred) {
        pref.add(String.format(pick(PREFERRED, rnd), s));
      }
      doc.list(pref);
    }
    if (rnd.nextInt(3) > 0) {
      doc.heading(pick(List.of("Benefits", "What we offer"), rnd));
      doc.list(
          List.of(
              "Medical, dental and vision insurance",
              "401(k) with company match",
              pick(
                  List.of(
                      "Tuition reimbursement",
                      "Paid time off and holidays",
                      "Free CPR and BLS classes for staff"),
                  rnd)));
    }
    if (rnd.nextInt(10) == 0) {
      String domain = company.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
      doc.para(
          "Questions? Email careers@"
              + domain
              + ".com or call (555) "
              + (100 + rnd.nextInt(900))
              + "-"
              + (1000 + rnd.nextInt(9000))
              + ".");
    }
    if (rnd.nextInt(5) < 3) {
      doc.para(
          company
              + " is an equal opportunity employer. All qualified applicants will receive consideration"
              + " without regard to race, color, religion, sex, national origin, disability or veteran status.");
    }
    if (html && rnd.nextInt(100) == 0) {
      doc.raw("<script>trackApply('" + i + "')</script>");
    }
    blocks.subList(3, blocks.size()).forEach(doc::block);

    Json j =
        new Json()
            .put("id", String.format("post-%07d", i))
            .put("title", title)
            .put("company", company)
            .put("location", pick(LOCATIONS, rnd))
            .put("posted_date", formatDate(date, rnd))
            .put("description", doc.toString())
            .put("industry", industryText(profile, rnd))
            .put("salary", salary(profile, rnd, premium(profile, skills)))
            .put(
                "source",
                pick(List.of("jobboard-a", "jobboard-b", "company-site", "aggregator"), rnd))
            .put("url", "https://jobs.example.com/" + String.format("post-%07d", i));
    return j.toString();
  }

  private static List<String> chooseSkills(Profile profile, int year, Random rnd) {
    LinkedHashSet<String> chosen = new LinkedHashSet<>();
    List<SkillOdds> order = new ArrayList<>(profile.skills());
    Collections.shuffle(order, rnd);
    for (SkillOdds s : order) {
      if (chosen.size() < 10 && rnd.nextDouble() < s.odds(year)) {
        chosen.add(s.text());
      }
    }
    while (chosen.size() < 3) {
      chosen.add(profile.skills().get(rnd.nextInt(Math.min(6, profile.skills().size()))).text());
    }
    // Planted bundle: phlebotomy is always asked for together with specimen handling.
    if (chosen.contains("phlebotomy")) {
      chosen.add("specimen handling");
    }
    return new ArrayList<>(chosen);
  }

  private static String industryText(Profile p, Random rnd) {
    int r = rnd.nextInt(100);
    if (r < 4) {
      return null; // feeds often leave the sector out
    }
    if (r < 6) {
      return pick(List.of("Miscellaneous Services", "Unknown", "N/A", "Conglomerate"), rnd);
    }
    return pick(p.sectorTexts(), rnd);
  }

  /**
   * The skills a planted premium rewards: three the $79 Healthcare Essentials Certificate teaches.
   */
  private static final Set<String> PREMIUM_SKILLS =
      Set.of("Electronic Health Records", "Medication Administration", "Care Planning");

  /**
   * Planted: healthcare postings asking for one of three skills the cheap Healthcare Essentials
   * Certificate teaches pay 30 % more, so that certificate ranks first in credential_value
   * (docs/sample-data.md). A multiplier, not a draw: every other value of the sample stays as it
   * was.
   */
  private static double premium(Profile profile, List<String> skills) {
    return profile.industry().equals("healthcare")
            && skills.stream().anyMatch(PREMIUM_SKILLS::contains)
        ? 1.3
        : 1.0;
  }

  private static String salary(Profile p, Random rnd, double premium) {
    if (rnd.nextInt(100) < 45) {
      return null;
    }
    int low = p.salaryLow() + rnd.nextInt(Math.max(1, (p.salaryHigh() - p.salaryLow()) / 2));
    int high = low + 5_000 + rnd.nextInt(40_000);
    low = (int) (low * premium);
    high = (int) (high * premium);
    return switch (rnd.nextInt(5)) {
      case 0 -> String.format("$%,d - $%,d", low, high);
      case 1 -> String.format("$%dK-$%dK (Glassdoor est.)", low / 1000, high / 1000);
      case 2 -> String.format("£%,d per annum", (int) (low * 0.8));
      case 3 -> String.format("%d/hr", Math.max(15, low / 2080));
      default -> Integer.toString(low);
    };
  }

  private static String formatDate(LocalDate d, Random rnd) {
    return switch (rnd.nextInt(10)) {
      case 0 -> d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear();
      case 1 -> d + "T09:30:00Z";
      default -> d.toString();
    };
  }

  private static final List<String> REQUIRED =
      List.of(
          "%1$s experience is required.",
          "%2$d+ years of experience with %1$s.",
          "Proficiency in %1$s.",
          "Must have hands-on experience with %1$s.",
          "Strong knowledge of %1$s.",
          "Solid understanding of %1$s.",
          "Experience using %1$s in a production environment.",
          "Demonstrated %1$s skills.");
  private static final Set<String> SOFT =
      Set.of(
          "communication skills",
          "problem-solving",
          "teamwork",
          "compassion",
          "attention to detail",
          "analytical skills",
          "leadership",
          "time management",
          "negotiation",
          "customer service",
          "bilingual Spanish");
  private static final List<String> SOFT_REQUIRED =
      List.of(
          "Excellent %s.",
          "Strong %s are essential.",
          "You bring %s to everything you do.",
          "Demonstrated %s in a busy environment.");
  private static final List<String> REQUIRED_PAIR =
      List.of(
          "Strong %s and %s skills are required.",
          "Experience with %s and %s.", "You have worked with %s, %s and similar tools.");
  private static final List<String> PREFERRED =
      List.of(
          "Experience with %s is a plus.",
          "%s preferred.",
          "Familiarity with %s is nice to have.",
          "Bonus if you know %s.",
          "Knowledge of %s is desirable.");
  private static final List<String> LOCATIONS =
      List.of(
          "New York, NY",
          "San Francisco, CA",
          "Austin, TX",
          "Chicago, IL",
          "Seattle, WA",
          "Boston, MA",
          "Atlanta, GA",
          "Denver, CO",
          "Remote",
          "London, UK",
          "Toronto, ON",
          "Phoenix, AZ",
          "Columbus, OH");

  private static Profile pickProfile(Random rnd) {
    double r = rnd.nextDouble();
    double acc = 0;
    for (Profile p : IndustryProfiles.PROFILES) {
      acc += p.share();
      if (r < acc) {
        return p;
      }
    }
    return IndustryProfiles.PROFILES.get(IndustryProfiles.PROFILES.size() - 1);
  }
}

package org.skillgap.core.taxonomy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.skillgap.core.error.Errors;

/**
 * Reads published skill taxonomies into skillgap's model, so they can be merged into the built-in
 * one ({@link Taxonomy#merge}). Formats (docs/taxonomy.md):
 *
 * <ul>
 *   <li>ESCO skills CSV ({@code preferredLabel}, optional {@code altLabels} one per line, {@code
 *       conceptUri}, {@code skillType}, {@code reuseLevel}), or a plain list of ESCO labels, one
 *       per line;
 *   <li>O*NET {@code Technology Skills.txt} (tab-separated; {@code Example} is the technology, the
 *       SOC codes of the occupations naming it give its industries).
 * </ul>
 */
public final class TaxonomyImport {

  private TaxonomyImport() {}

  /** ESCO skills, from the CSV download or from a file with one preferred label per line. */
  public static List<Skill> esco(String text, String file) {
    String firstLine = text.lines().findFirst().orElse("");
    if (!firstLine.contains("preferredLabel")) {
      if (firstLine.contains(",") && firstLine.contains("conceptUri")) {
        throw Errors.badImport("ESCO skills", file, "the header has no preferredLabel column");
      }
      return escoLabels(text);
    }
    List<List<String>> rows = Csv.parse(text);
    List<String> header = rows.get(0);
    int label = header.indexOf("preferredLabel");
    int alt = header.indexOf("altLabels");
    int uri = header.indexOf("conceptUri");
    int reuse = header.indexOf("reuseLevel");
    Map<String, Skill> out = new LinkedHashMap<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.size() != header.size()) {
        throw Errors.badImport(
            "ESCO skills",
            file,
            "row " + (r + 1) + " has " + row.size() + " fields, the header " + header.size());
      }
      String name = row.get(label).trim();
      if (name.isEmpty()) {
        continue;
      }
      List<String> aliases = new ArrayList<>();
      if (alt >= 0) {
        // ESCO writes one synonym per line; some re-exports join them with " | ".
        for (String a : row.get(alt).split("\\R|\\s\\|\\s")) {
          if (!a.isBlank() && !a.trim().equalsIgnoreCase(name)) {
            aliases.add(a.trim());
          }
        }
        if (!aliases.isEmpty() && aliases.stream().noneMatch(a -> sharesAWord(a, name))) {
          aliases.clear(); // synonyms of another row (a shifted re-export): matching them would
          // mislabel
        }
      }
      String id = "esco-" + (uri >= 0 ? lastSegment(row.get(uri)) : slug(name));
      boolean transversal = reuse >= 0 && row.get(reuse).equals("transversal");
      // skillgap has no "hard skill" type: ESCO's knowledge and skill/competence concepts are both
      // domain
      // knowledge here; only transversal ones (teamwork, show initiative) are soft skills.
      SkillType skillType = transversal ? SkillType.SOFT : SkillType.KNOWLEDGE;
      out.putIfAbsent(
          id,
          new Skill(
              id, name, skillType, Set.of(), false, List.copyOf(new LinkedHashSet<>(aliases))));
    }
    return List.copyOf(out.values());
  }

  private static List<Skill> escoLabels(String text) {
    Map<String, Skill> out = new LinkedHashMap<>();
    text.lines()
        .map(String::trim)
        .filter(l -> !l.isEmpty())
        .forEach(
            name -> {
              String id = "esco-" + slug(name);
              out.putIfAbsent(
                  id, new Skill(id, name, SkillType.KNOWLEDGE, Set.of(), false, List.of()));
            });
    return List.copyOf(out.values());
  }

  /**
   * O*NET technology skills: one entry per distinct {@code Example}. Industries are the SOC major
   * groups that name it (15 tech, 29/31 healthcare, 13 finance, 25 education) when it is named in
   * at most two of them; a tool used everywhere (Microsoft Excel) stays transversal.
   */
  public static List<Skill> onetTechnology(String text, String file) {
    List<String> lines = text.lines().toList();
    if (lines.isEmpty()) {
      throw Errors.badImport("O*NET Technology Skills", file, "the file is empty");
    }
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int soc = header.indexOf("O*NET-SOC Code");
    int example = header.indexOf("Example");
    if (soc < 0 || example < 0) {
      throw Errors.badImport(
          "O*NET Technology Skills",
          file,
          "the header must have the columns 'O*NET-SOC Code' and 'Example' (tab-separated), found "
              + header);
    }
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Set<String>> industries = new HashMap<>();
    Map<String, Set<String>> allGroups = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] cols = lines.get(i).split("\t", -1);
      if (cols.length <= Math.max(soc, example) || cols[example].isBlank()) {
        continue;
      }
      String name = cols[example].trim();
      String id = "onet-" + slug(name);
      names.putIfAbsent(id, name);
      String group = cols[soc].length() >= 2 ? cols[soc].substring(0, 2) : "";
      allGroups.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(group);
      String industry = industryOfSocGroup(group);
      if (industry != null) {
        industries.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(industry);
      }
    }
    List<Skill> out = new ArrayList<>(names.size());
    names.forEach(
        (id, name) -> {
          Set<String> inds = industries.getOrDefault(id, Set.of());
          boolean specific = !inds.isEmpty() && inds.size() <= 2 && allGroups.get(id).size() <= 3;
          out.add(
              new Skill(
                  id,
                  name,
                  SkillType.TECHNOLOGY,
                  specific ? Set.copyOf(inds) : Set.of(),
                  looksLikeAWord(name),
                  List.of()));
        });
    return out;
  }

  /**
   * A one-word product name spelt like an everyday word (Slack, Chef, Box, Puppet) needs context
   * before it counts; names with inner capitals, digits or symbols (GitHub, MATLAB, C++) do not.
   */
  static boolean looksLikeAWord(String name) {
    return name.matches("[A-Z][a-z]+");
  }

  /** skillgap industry of a SOC 2018 major group, or null. */
  static String industryOfSocGroup(String group) {
    return switch (group) {
      case "15" -> "tech";
      case "29", "31" -> "healthcare";
      case "13" -> "finance";
      case "25" -> "education";
      default -> null;
    };
  }

  static String slug(String name) {
    String s =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .toLowerCase(Locale.ROOT)
            .replace("++", "pp")
            .replace("#", "sharp")
            .replace("+", "plus")
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    return s.isEmpty() ? Integer.toHexString(name.hashCode()) : s;
  }

  /** True when the two phrases share a word of four or more letters, compared on its first five. */
  static boolean sharesAWord(String a, String b) {
    Set<String> words = new HashSet<>();
    for (String w : a.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 4) {
        words.add(w.substring(0, Math.min(5, w.length())));
      }
    }
    for (String w : b.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 4 && words.contains(w.substring(0, Math.min(5, w.length())))) {
        return true;
      }
    }
    return false;
  }

  private static String lastSegment(String uri) {
    String u = uri.trim();
    return slug(u.substring(u.lastIndexOf('/') + 1));
  }
}

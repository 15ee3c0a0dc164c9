package org.skillgap.core.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.skillgap.core.error.Errors;

/**
 * A versioned skills taxonomy. The version written into every output is the declared version plus a
 * short content hash, so two files that claim the same version but differ can still be told apart.
 */
public final class Taxonomy implements Serializable {

  /**
   * Marks an alias that is also an everyday word ("~Word", "~Access" of Microsoft Word and Access):
   * like an ambiguous name, it counts only written as a name, as a noun, with another skill or a
   * cue in its sentence.
   */
  public static final String EVERYDAY_ALIAS = "~";

  public static final String BUILTIN_RESOURCE = "/org/skillgap/taxonomy/skills.tsv";

  /**
   * The built-in entry for a credential asked for without its name ("certification in project
   * management"): it counts toward how often employers ask for credentials at all, but no catalogue
   * credential is that credential.
   */
  public static final String UNNAMED_CREDENTIAL = "any-certification";

  private static final List<String> HEADER =
      List.of("id", "name", "type", "industries", "ambiguous", "aliases");

  private final String version;
  private final String text;
  private final String source;
  private final List<Skill> skills;
  private final Map<String, Skill> byId;
  private final Map<String, Skill> bySurface;

  private Taxonomy(String version, String text, String source, List<Skill> skills) {
    this.version = version;
    this.text = text;
    this.source = source;
    this.skills = List.copyOf(skills);
    this.byId = new HashMap<>();
    this.bySurface = new HashMap<>();
    for (Skill s : skills) {
      byId.put(s.id(), s);
      for (String form : s.surfaceForms()) {
        bySurface.putIfAbsent(form.toLowerCase(Locale.ROOT).trim(), s);
      }
    }
  }

  public static Taxonomy builtin() {
    try (InputStream in = Taxonomy.class.getResourceAsStream(BUILTIN_RESOURCE)) {
      if (in == null) {
        throw Errors.unreadableFile("built-in taxonomy", BUILTIN_RESOURCE, null);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "builtin");
    } catch (IOException e) {
      throw Errors.unreadableFile("built-in taxonomy", BUILTIN_RESOURCE, e);
    }
  }

  /**
   * The taxonomy in a local file, or the built-in one when {@code file} is null (command-line
   * tools).
   */
  public static Taxonomy fromFileOrBuiltin(Path file) {
    if (file == null) {
      return builtin();
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw Errors.unreadableFile("taxonomy", file.toString(), e);
    }
  }

  /**
   * Parses the TSV format of docs/taxonomy.md: comment lines start with '#', a '# version: X'
   * comment names the version, then a header row and one skill per row.
   */
  public static Taxonomy parse(String text, String source) {
    String declared = "unversioned";
    List<Skill> skills = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    boolean headerSeen = false;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int lineNo = i + 1;
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        String c = line.substring(1).trim();
        if (c.startsWith("version:")) {
          declared = c.substring("version:".length()).trim();
        }
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (!headerSeen) {
        if (!Arrays.asList(cols).equals(HEADER)) {
          throw Errors.badTaxonomy(
              source, lineNo, "expected the header " + String.join("<TAB>", HEADER));
        }
        headerSeen = true;
        continue;
      }
      if (cols.length != HEADER.size()) {
        throw Errors.badTaxonomy(
            source,
            lineNo,
            "expected " + HEADER.size() + " tab-separated columns, found " + cols.length);
      }
      String id = cols[0].trim();
      if (!id.matches("[a-z0-9][a-z0-9-]*")) {
        throw Errors.badTaxonomy(
            source, lineNo, "id '" + id + "' must be a lowercase slug (a-z, 0-9, -)");
      }
      if (!ids.add(id)) {
        throw Errors.badTaxonomy(source, lineNo, "id '" + id + "' appears twice");
      }
      String name = cols[1].trim();
      if (name.isEmpty()) {
        throw Errors.badTaxonomy(source, lineNo, "the name is empty");
      }
      SkillType type;
      try {
        type = SkillType.fromCode(cols[2]);
      } catch (IllegalArgumentException e) {
        throw Errors.badTaxonomy(source, lineNo, e.getMessage());
      }
      Set<String> industries = new LinkedHashSet<>();
      for (String ind : cols[3].split(",")) {
        String t = ind.trim().toLowerCase();
        if (!t.isEmpty() && !t.equals("*")) {
          industries.add(t);
        }
      }
      String amb = cols[4].trim();
      if (!amb.equals("true") && !amb.equals("false")) {
        throw Errors.badTaxonomy(
            source, lineNo, "ambiguous must be true or false, not '" + amb + "'");
      }
      List<String> aliases = new ArrayList<>();
      for (String a : cols[5].split("\\|")) {
        if (!a.isBlank()) {
          aliases.add(a.trim());
        }
      }
      skills.add(
          new Skill(
              id, name, type, Set.copyOf(industries), amb.equals("true"), List.copyOf(aliases)));
    }
    if (!headerSeen) {
      throw Errors.badTaxonomy(source, 1, "no header row found");
    }
    return new Taxonomy(declared + "+" + sha256(text).substring(0, 10), text, source, skills);
  }

  /**
   * This taxonomy with imported entries merged in. An imported entry with an id already here, or
   * whose name is already a name or alias here, adds its other forms as aliases of the existing
   * entry (this taxonomy's id, type and ambiguity win); any other becomes a new entry. Forms
   * already taken by another entry are dropped, so every surface form keeps one meaning.
   */
  public Taxonomy merge(List<Skill> imported, String importedFrom) {
    Map<String, Skill> merged = new LinkedHashMap<>();
    Map<String, String> formOwner = new HashMap<>();
    for (Skill s : skills) {
      merged.put(s.id(), s);
      for (String f : s.surfaceForms()) {
        formOwner.putIfAbsent(key(f), s.id());
      }
    }
    int added = 0;
    int enriched = 0;
    for (Skill s : imported) {
      // The same concept (same id) or the same preferred name. Matching on aliases too would chain
      // unrelated concepts together through one shared synonym.
      String owner = merged.containsKey(s.id()) ? s.id() : formOwner.get(key(s.name()));
      if (owner != null) {
        Skill base = merged.get(owner);
        List<String> aliases = new ArrayList<>(base.aliases());
        for (String f : s.surfaceForms()) {
          if (formOwner.putIfAbsent(key(f), owner) == null) {
            aliases.add(f);
          }
        }
        if (aliases.size() > base.aliases().size()) {
          merged.put(
              owner,
              new Skill(
                  base.id(),
                  base.name(),
                  base.type(),
                  base.industries(),
                  base.ambiguous(),
                  List.copyOf(aliases)));
          enriched++;
        }
        continue;
      }
      String id = s.id();
      for (int n = 2; merged.containsKey(id); n++) {
        id = s.id() + "-" + n;
      }
      List<String> aliases = new ArrayList<>();
      formOwner.put(key(s.name()), id);
      for (String a : s.aliases()) {
        if (formOwner.putIfAbsent(key(a), id) == null) {
          aliases.add(a);
        }
      }
      merged.put(
          id,
          new Skill(id, s.name(), s.type(), s.industries(), s.ambiguous(), List.copyOf(aliases)));
      added++;
    }
    String declared = version.substring(0, version.lastIndexOf('+'));
    declared = declared.endsWith("-merged") ? declared : declared + "-merged";
    String header =
        "# skillgap skills taxonomy. Format: docs/taxonomy.md\n"
            + "# merged from "
            + source
            + " and "
            + importedFrom
            + ": "
            + added
            + " entries added, "
            + enriched
            + " enriched with aliases\n# version: "
            + declared
            + "\n";
    return parse(header + tsv(merged.values()), source + "+" + importedFrom);
  }

  private static String key(String form) {
    return form.toLowerCase(Locale.ROOT).trim();
  }

  /** The header row and one row per skill, in the file format of docs/taxonomy.md. */
  static String tsv(Collection<Skill> skills) {
    StringBuilder sb = new StringBuilder(String.join("\t", HEADER)).append('\n');
    for (Skill s : skills) {
      sb.append(s.id())
          .append('\t')
          .append(clean(s.name()))
          .append('\t')
          .append(s.type().code)
          .append('\t')
          .append(s.industries().isEmpty() ? "*" : String.join(",", new TreeSet<>(s.industries())))
          .append('\t')
          .append(s.ambiguous())
          .append('\t')
          .append(String.join("|", s.aliases().stream().map(Taxonomy::clean).toList()))
          .append('\n');
    }
    return sb.toString();
  }

  /** Tabs, line breaks and the alias separator cannot appear inside a field. */
  private static String clean(String form) {
    return form.replaceAll("[\\t\\r\\n|]+", " ").trim();
  }

  /** Declared version plus content hash, e.g. {@code 2026.11-1+3fa9c0d21e}. */
  public String version() {
    return version;
  }

  /**
   * The file this taxonomy was parsed from: what to ship to executors (records do not travel
   * through Kryo).
   */
  public String text() {
    return text;
  }

  public String source() {
    return source;
  }

  public List<Skill> skills() {
    return skills;
  }

  public Skill get(String id) {
    return byId.get(id);
  }

  /**
   * The skill whose name or alias is exactly this text, ignoring case; null when none. For text
   * already known to name a skill (a catalogue's skills list), where context checks do not apply.
   */
  public Skill bySurfaceForm(String text) {
    return text == null ? null : bySurface.get(text.toLowerCase(Locale.ROOT).trim());
  }

  public int size() {
    return skills.size();
  }

  private static String sha256(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (byte b : d) {
        sb.append(String.format("%02x", b));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.skillgap.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillgap.core.error.Errors;

/**
 * Reads span-annotated JSON Lines: {@code tokens} plus one {@code tags_<layer>} BIO list per layer.
 * Every {@code tags_*} field becomes a layer, so SkillSpan gives "skill" and "knowledge" and Green
 * gives "skill".
 */
public final class TaggedCorpus {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TaggedCorpus() {}

  public static List<TaggedSentence> read(Path file) {
    List<TaggedSentence> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        out.add(parse(line, file, lineNo));
      }
    } catch (IOException e) {
      throw Errors.unreadableFile("annotated corpus", file.toString(), e);
    }
    return out;
  }

  static TaggedSentence parse(String line, Path file, int lineNo) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (IOException e) {
      throw Errors.badAnnotatedCorpus(file.toString(), lineNo, "not valid JSON: " + e.getMessage());
    }
    List<String> tokens = strings(node.get("tokens"));
    if (tokens == null) {
      throw Errors.badAnnotatedCorpus(file.toString(), lineNo, "no \"tokens\" list");
    }
    Map<String, List<String>> layers = new LinkedHashMap<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (field.startsWith("tags_")) {
        List<String> tags = strings(node.get(field));
        if (tags == null || tags.size() != tokens.size()) {
          throw Errors.badAnnotatedCorpus(
              file.toString(),
              lineNo,
              "\"" + field + "\" must be a list with one tag per token (" + tokens.size() + ")");
        }
        layers.put(field.substring("tags_".length()), tags);
      }
    }
    if (layers.isEmpty()) {
      throw Errors.badAnnotatedCorpus(file.toString(), lineNo, "no \"tags_<layer>\" field");
    }
    JsonNode source = node.get("source");
    return new TaggedSentence(source == null ? "" : source.asText(), tokens, layers);
  }

  private static List<String> strings(JsonNode array) {
    if (array == null || !array.isArray()) {
      return null;
    }
    List<String> out = new ArrayList<>(array.size());
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}

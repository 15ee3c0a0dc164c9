package org.skillgap.jobs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.skillgap.core.taxonomy.Skill;
import org.skillgap.core.taxonomy.Taxonomy;
import org.skillgap.core.taxonomy.TaxonomyImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Merges ESCO and O*NET downloads into a taxonomy file that {@code extract.taxonomy} can point at.
 */
@Command(
    name = "import-taxonomy",
    mixinStandardHelpOptions = true,
    description = "Merges ESCO skills and O*NET Technology Skills into a skillgap taxonomy file.")
public final class ImportTaxonomy implements Callable<Integer> {

  @Option(
      names = "--esco",
      description = "ESCO skills CSV (or a list of ESCO labels, one per line). Repeatable.")
  List<Path> esco = new ArrayList<>();

  @Option(names = "--onet", description = "O*NET 'Technology Skills.txt'. Repeatable.")
  List<Path> onet = new ArrayList<>();

  @Option(names = "--base", description = "Taxonomy to merge into (default: the built-in one).")
  Path base;

  @Option(
      names = "--output",
      required = true,
      description = "Where to write the merged taxonomy TSV.")
  Path output;

  @Override
  public Integer call() throws Exception {
    Taxonomy merged = Taxonomy.fromFileOrBuiltin(base);
    int before = merged.size();
    for (Path f : esco) {
      List<Skill> skills =
          TaxonomyImport.esco(Files.readString(f, StandardCharsets.UTF_8), f.toString());
      merged = merged.merge(skills, f.getFileName().toString());
      System.out.printf(
          "ESCO   %-50s %,6d read, taxonomy now %,d entries%n",
          f.getFileName(), skills.size(), merged.size());
    }
    for (Path f : onet) {
      List<Skill> skills =
          TaxonomyImport.onetTechnology(Files.readString(f, StandardCharsets.UTF_8), f.toString());
      merged = merged.merge(skills, f.getFileName().toString());
      System.out.printf(
          "O*NET  %-50s %,6d read, taxonomy now %,d entries%n",
          f.getFileName(), skills.size(), merged.size());
    }
    if (output.getParent() != null) {
      Files.createDirectories(output.getParent());
    }
    Files.writeString(output, merged.text(), StandardCharsets.UTF_8);
    System.out.printf(
        "wrote %s: %,d entries (%,d built in), version %s%n",
        output, merged.size(), before, merged.version());
    System.out.println("use it with: --set extract.taxonomy=" + output);
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new ImportTaxonomy()).execute(args));
  }
}

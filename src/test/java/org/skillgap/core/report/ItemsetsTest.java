package org.skillgap.core.report;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ItemsetsTest {

  @Test
  void enumeratesEverySubsetUpToTheSizeInItemOrder() {
    List<List<String>> sets = Itemsets.subsets(List.of("a", "b", "c", "d"), 3);
    assertEquals(4 + 6 + 4, sets.size());
    assertTrue(sets.contains(List.of("a", "c", "d")));
    assertFalse(sets.contains(List.of("a", "b", "c", "d")));
    assertEquals(sets.size(), Itemsets.count(4, 3));
  }

  @Test
  void boundDependsOnCandidatesNotOnBasketDensity() {
    List<String> forty = IntStream.range(0, 40).mapToObj(i -> "s" + (100 + i)).toList();
    assertEquals(Itemsets.count(40, 3), Itemsets.subsets(forty, 3).size());
    assertEquals(4_525, Itemsets.count(30, 3));
    assertThrows(
        IllegalArgumentException.class, () -> Itemsets.subsets(forty, Itemsets.MAX_SIZE + 1));
  }
}

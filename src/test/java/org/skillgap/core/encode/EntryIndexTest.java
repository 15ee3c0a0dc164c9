package org.skillgap.core.encode;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** No model, no Spark: unit vectors by hand. */
class EntryIndexTest {

  private static float[] unit(float x, float y) {
    float n = (float) Math.sqrt(x * x + y * y);
    return new float[] {x / n, y / n};
  }

  @Test
  void anEntryIsAsNearAsItsNearestNameAndTiesGoToTheFirstEntry() {
    EntryIndex index = new EntryIndex();
    int east = index.add(List.of(unit(1, 0)));
    int north = index.add(List.of(unit(0, 1), unit(1, 1))); // a second name, halfway east
    int alsoEast = index.add(List.of(unit(1, 0)));

    List<EntryIndex.Hit> hits = index.nearest(unit(1, 0.1f), 2);

    assertEquals(List.of(east, alsoEast), hits.stream().map(EntryIndex.Hit::entry).toList());
    List<EntryIndex.Hit> towardsNorth = index.nearest(unit(0.6f, 1), 3);
    assertEquals(north, towardsNorth.get(0).entry());
    assertEquals(3, index.size());
    assertThrows(IllegalArgumentException.class, () -> index.add(List.of()));
  }
}

package org.skillgap.core.extract;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The emerging-skills queue keeps names of skills and tools, not words that only look like one. */
class EmergingPhrasesTest {

  private static boolean keep(String surface) {
    return EmergingPhrases.keep(surface.toLowerCase(java.util.Locale.ROOT), surface);
  }

  @Test
  void theNoiseSeenOnTheNycFeedStaysOut() {
    for (String noise : new String[] {"design", "community", "implementing", "appropriate", "ii", "assignment levels i",
        "areas described", "maintenance", "configuration", "designing", "information", "support",
        "enhancing computer software applications", "a", "Level III"}) {
      assertFalse(keep(noise), noise);
    }
  }

  @Test
  void namesOfSkillsAndToolsStay() {
    for (String skill : new String[] {"router", "Kubernetes", "SharePoint", "S3", "C#", "systems programming",
        "database design", "local area network", "wide area network planning", "Crystal Reports", "Maximo",
        "machine learning", "mainframe development"}) {
      assertTrue(keep(skill), skill);
    }
  }
}

package example.ladder;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class PercentTest {
  @Test
  public void percentOfCounts() {
    assertEquals(77.38, Percent.of(130, 168), 0.01);
    assertEquals(100.0, Percent.of(0, 0), 0.0);
  }

  @Test
  public void floorToOneDecimal() {
    assertEquals(77.3, Percent.floor1(130, 168), 1e-9);
    assertEquals(57.0, Percent.floor1(57, 100), 1e-9);
  }
}

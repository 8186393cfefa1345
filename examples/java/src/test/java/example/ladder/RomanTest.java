package example.ladder;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class RomanTest {
  @Test
  public void writesNumerals() {
    assertEquals("MCMXCIV", Roman.toRoman(1994));
    assertEquals("IV", Roman.toRoman(4));
  }

  @Test(expected = IllegalArgumentException.class)
  public void refusesZero() {
    Roman.toRoman(0);
  }
}

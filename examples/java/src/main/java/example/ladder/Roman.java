package example.ladder;

/** Roman numerals from 1 to 3999, both ways. */
public final class Roman {
  private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] SYMBOLS = {
    "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"
  };

  private Roman() {}

  public static String toRoman(int n) {
    if (n < 1 || n > 3999) {
      throw new IllegalArgumentException("out of range: " + n);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < VALUES.length; i++) {
      while (n >= VALUES[i]) {
        out.append(SYMBOLS[i]);
        n -= VALUES[i];
      }
    }
    return out.toString();
  }

  /** Not tested yet: the ladder shows it. */
  public static int fromRoman(String s) {
    int total = 0;
    int i = 0;
    for (int k = 0; k < SYMBOLS.length; k++) {
      while (s.startsWith(SYMBOLS[k], i)) {
        total += VALUES[k];
        i += SYMBOLS[k].length();
      }
    }
    if (i != s.length() || total == 0) {
      throw new IllegalArgumentException("not a Roman numeral: " + s);
    }
    return total;
  }
}

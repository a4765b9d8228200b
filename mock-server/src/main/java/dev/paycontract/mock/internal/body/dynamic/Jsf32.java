package dev.paycontract.mock.internal.body.dynamic;

/**
 * Bob Jenkins' small fast 32-bit PRNG ("JSF32", rotations 27 and 17), used the way Prism's sampler
 * derives a deterministic {@code uuid} from a property name (docs/prism-behaviour.md 6.2).
 */
public final class Jsf32 {

  private int a;
  private int b;
  private int c;
  private int d;

  Jsf32(int seed) {
    a = seed;
    b = seed;
    c = seed;
    d = seed;
  }

  /** Next value in [0, 1). */
  double next() {
    int t = a - Integer.rotateLeft(b, 27);
    a = b ^ Integer.rotateLeft(c, 17);
    b = c + d;
    c = d + t;
    d = a + t;
    return Integer.toUnsignedLong(d) / 4294967296.0;
  }

  /** The uuid Prism samples for a property name: template {@code xxxxxxxx-xxxx-4xxx-yxxx-...}. */
  public static String uuid(String propertyName) {
    Jsf32 random = new Jsf32(propertyName.hashCode());
    String template = "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx";
    StringBuilder out = new StringBuilder(template.length());
    for (char ch : template.toCharArray()) {
      if (ch == 'x' || ch == 'y') {
        int r = (int) Math.floor(random.next() * 16);
        out.append(Integer.toHexString(ch == 'x' ? r : (r & 0x3) | 0x8));
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }
}

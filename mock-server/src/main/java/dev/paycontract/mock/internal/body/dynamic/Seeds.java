package dev.paycontract.mock.internal.body.dynamic;

/**
 * Per-value seeds: a call's base seed mixed with the value's JSON path (SplitMix64 finaliser over
 * an FNV-1a hash of the path), so values do not depend on how many values came before them.
 */
final class Seeds {

  private Seeds() {}

  static long mix(long base, String path) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < path.length(); i++) {
      h ^= path.charAt(i);
      h *= 0x100000001b3L;
    }
    long z = base ^ h;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A property name as a JSON-pointer segment. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}

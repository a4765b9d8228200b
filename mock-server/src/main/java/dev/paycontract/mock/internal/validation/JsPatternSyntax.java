package dev.paycontract.mock.internal.validation;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a {@code pattern} is a regular expression JavaScript accepts in unicode mode ({@code new
 * RegExp(pattern, "u")}), which is how Prism's validator (Ajv) compiles it. Java's dialect accepts
 * more: inline flags ({@code (?i)}), escapes of ordinary characters ({@code \!}), {@code \x0}, a
 * lone {@code ]} or <code>{</code>, possessive quantifiers, {@code \p{javaLowerCase}}. A pattern
 * refused here makes Ajv refuse its whole schema, and Prism then validates nothing against it (ADR
 * 0027).
 *
 * <p>It follows the grammar of ECMAScript's Pattern with the {@code u} flag (ECMA-262, section
 * "Regular Expressions", the [+UnicodeMode] productions), checking syntax only. Unicode property
 * names are checked against the general categories and binary properties ECMAScript lists, and
 * {@code Script=} names against the JDK's scripts.
 */
final class JsPatternSyntax {

  private static final String SYNTAX_CHARACTERS = "^$\\.*+?()[]{}|/";

  private final String p;
  private int i;
  private int groups;
  private final Set<String> names = new HashSet<>();
  private final Set<String> referenced = new HashSet<>();
  private int maxBackReference;

  private JsPatternSyntax(String pattern) {
    this.p = pattern;
  }

  /** Empty when JavaScript accepts {@code pattern} with the {@code u} flag; else why not. */
  static Optional<String> refusal(String pattern) {
    JsPatternSyntax parser = new JsPatternSyntax(pattern);
    parser.countGroups();
    try {
      parser.disjunction();
      if (parser.i < pattern.length()) {
        throw new Refused(pattern.charAt(parser.i) == ')' ? "unmatched ')'" : "lone quantifier");
      }
      if (!parser.names.containsAll(parser.referenced)) {
        throw new Refused("invalid named capture referenced");
      }
      if (parser.maxBackReference > parser.groups) {
        throw new Refused("invalid escape (no group " + parser.maxBackReference + ")");
      }
      return Optional.empty();
    } catch (Refused e) {
      return Optional.of(e.getMessage());
    }
  }

  private static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message, null, false, false);
    }
  }

  /** Capturing groups and names, counted first: a back-reference may precede its group. */
  private void countGroups() {
    boolean inClass = false;
    for (int k = 0; k < p.length(); k++) {
      char c = p.charAt(k);
      if (c == '\\') {
        k++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        if (k + 1 >= p.length() || p.charAt(k + 1) != '?') {
          groups++;
        } else if (k + 2 < p.length()
            && p.charAt(k + 2) == '<'
            && k + 3 < p.length()
            && p.charAt(k + 3) != '='
            && p.charAt(k + 3) != '!') {
          groups++;
        }
      }
    }
  }

  private boolean more() {
    return i < p.length();
  }

  private char peek() {
    return p.charAt(i);
  }

  private boolean eat(char c) {
    if (more() && peek() == c) {
      i++;
      return true;
    }
    return false;
  }

  private void disjunction() {
    alternative();
    while (eat('|')) {
      alternative();
    }
  }

  private void alternative() {
    while (more() && peek() != '|' && peek() != ')') {
      term();
    }
  }

  private void term() {
    char c = peek();
    boolean quantifiable;
    switch (c) {
      case '^', '$' -> {
        i++;
        quantifiable = false;
      }
      case '\\' -> {
        if (p.startsWith("\\b", i) || p.startsWith("\\B", i)) {
          i += 2;
          quantifiable = false;
        } else {
          i++;
          atomEscape();
          quantifiable = true;
        }
      }
      case '(' -> quantifiable = group();
      case '.' -> {
        i++;
        quantifiable = true;
      }
      case '[' -> {
        characterClass();
        quantifiable = true;
      }
      case '*', '+', '?' -> throw new Refused("nothing to repeat");
      case '{' -> {
        if (quantifierAhead()) {
          throw new Refused("nothing to repeat");
        }
        throw new Refused("lone quantifier brackets");
      }
      case '}', ']' -> throw new Refused("lone quantifier brackets");
      default -> {
        i += Character.charCount(p.codePointAt(i));
        quantifiable = true;
      }
    }
    if (more() && isQuantifierStart()) {
      if (!quantifiable) {
        throw new Refused("nothing to repeat");
      }
      quantifier();
    }
  }

  private boolean isQuantifierStart() {
    char c = peek();
    return c == '*' || c == '+' || c == '?' || (c == '{' && quantifierAhead());
  }

  /**
   * Whether a well-formed <code>{n}</code>, <code>{n,}</code> or <code>{n,m}</code> starts here.
   */
  private boolean quantifierAhead() {
    int k = i + 1;
    int digits = 0;
    while (k < p.length() && Character.isDigit(p.charAt(k))) {
      k++;
      digits++;
    }
    if (digits == 0 || k >= p.length()) {
      return false;
    }
    if (p.charAt(k) == '}') {
      return true;
    }
    if (p.charAt(k) != ',') {
      return false;
    }
    k++;
    while (k < p.length() && Character.isDigit(p.charAt(k))) {
      k++;
    }
    return k < p.length() && p.charAt(k) == '}';
  }

  private void quantifier() {
    char c = p.charAt(i++);
    if (c == '{') {
      int close = p.indexOf('}', i);
      String body = p.substring(i, close);
      i = close + 1;
      int comma = body.indexOf(',');
      if (comma > 0 && comma < body.length() - 1) {
        var min = new java.math.BigInteger(body.substring(0, comma));
        var max = new java.math.BigInteger(body.substring(comma + 1));
        if (min.compareTo(max) > 0) {
          throw new Refused("numbers out of order in {} quantifier");
        }
      }
    }
    eat('?');
    if (more() && isQuantifierStart()) {
      throw new Refused("nothing to repeat");
    }
  }

  /** A group; returns whether a quantifier may follow (not after a lookaround in unicode mode). */
  private boolean group() {
    i++; // (
    boolean quantifiable = true;
    if (eat('?')) {
      if (eat(':')) {
        // non-capturing
      } else if (eat('=') || eat('!')) {
        quantifiable = false;
      } else if (p.startsWith("<=", i) || p.startsWith("<!", i)) {
        i += 2;
        quantifiable = false;
      } else if (eat('<')) {
        String name = groupName();
        if (!names.add(name)) {
          throw new Refused("duplicate capture group name");
        }
      } else {
        throw new Refused("invalid group");
      }
    }
    disjunction();
    if (!eat(')')) {
      throw new Refused("unterminated group");
    }
    return quantifiable;
  }

  /** The name after {@code (?<} or {@code \k<}, up to and including {@code >}. */
  private String groupName() {
    int close = p.indexOf('>', i);
    if (close < 0) {
      throw new Refused("invalid capture group name");
    }
    String name = p.substring(i, close);
    if (name.isEmpty()
        || !(Character.isUnicodeIdentifierStart(name.codePointAt(0))
            || name.charAt(0) == '$'
            || name.charAt(0) == '_')) {
      throw new Refused("invalid capture group name");
    }
    for (int k = 0; k < name.length(); k += Character.charCount(name.codePointAt(k))) {
      int cp = name.codePointAt(k);
      if (!(Character.isUnicodeIdentifierPart(cp) || cp == '$')
          || Character.isIdentifierIgnorable(cp)) {
        throw new Refused("invalid capture group name");
      }
    }
    i = close + 1;
    return name;
  }

  private void atomEscape() {
    if (!more()) {
      throw new Refused("\\ at end of pattern");
    }
    char c = peek();
    if (c >= '1' && c <= '9') {
      int start = i;
      while (more() && Character.isDigit(peek())) {
        i++;
      }
      maxBackReference =
          Math.max(
              maxBackReference, (int) Math.min(Integer.MAX_VALUE, Long.parseLong(digitsOf(start))));
      return;
    }
    if (c == 'k') {
      i++;
      if (!eat('<')) {
        throw new Refused("invalid named reference");
      }
      referenced.add(groupName());
      return;
    }
    if (!classEscapeOrCharacterEscape(false)) {
      throw new Refused("invalid escape");
    }
  }

  private String digitsOf(int start) {
    String digits = p.substring(start, i);
    return digits.length() > 10 ? "9999999999" : digits;
  }

  /**
   * A CharacterClassEscape or CharacterEscape after the backslash.
   *
   * @return false for an escape unicode mode refuses
   */
  private boolean classEscapeOrCharacterEscape(boolean inClass) {
    char c = p.charAt(i++);
    switch (c) {
      case 'd', 'D', 's', 'S', 'w', 'W', 'f', 'n', 'r', 't', 'v' -> {
        return true;
      }
      case 'p', 'P' -> {
        return propertyEscape();
      }
      case 'c' -> {
        if (more() && isAsciiLetter(peek())) {
          i++;
          return true;
        }
        return false;
      }
      case '0' -> {
        return !(more() && Character.isDigit(peek()));
      }
      case 'x' -> {
        return hexDigits(2);
      }
      case 'u' -> {
        return unicodeEscape();
      }
      case '-' -> {
        return inClass;
      }
      default -> {
        return SYNTAX_CHARACTERS.indexOf(c) >= 0;
      }
    }
  }

  private boolean hexDigits(int count) {
    for (int k = 0; k < count; k++) {
      if (!more() || Character.digit(peek(), 16) < 0) {
        return false;
      }
      i++;
    }
    return true;
  }

  private boolean unicodeEscape() {
    if (eat('{')) {
      int start = i;
      while (more() && Character.digit(peek(), 16) >= 0) {
        i++;
      }
      if (i == start || !eat('}')) {
        return false;
      }
      String hex = p.substring(start, i - 1).replaceFirst("^0+(?=.)", "");
      return hex.length() <= 6 && Integer.parseInt(hex, 16) <= 0x10FFFF;
    }
    return hexDigits(4);
  }

  private boolean propertyEscape() {
    if (!eat('{')) {
      return false;
    }
    int close = p.indexOf('}', i);
    if (close < 0) {
      return false;
    }
    String body = p.substring(i, close);
    i = close + 1;
    return UnicodeProperties.known(body);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private void characterClass() {
    i++; // [
    eat('^');
    while (true) {
      if (!more()) {
        throw new Refused("unterminated character class");
      }
      if (eat(']')) {
        return;
      }
      int from = classAtom();
      if (more() && peek() == '-' && i + 1 < p.length() && p.charAt(i + 1) != ']') {
        i++;
        int to = classAtom();
        if (from < 0 || to < 0) {
          throw new Refused("invalid character class");
        }
        if (from > to) {
          throw new Refused("range out of order in character class");
        }
      }
    }
  }

  /** One class atom; returns its code point, or -1 for a class of characters ({@code \d}). */
  private int classAtom() {
    char c = peek();
    if (c != '\\') {
      int cp = p.codePointAt(i);
      i += Character.charCount(cp);
      return cp;
    }
    i++;
    if (!more()) {
      throw new Refused("\\ at end of pattern");
    }
    char e = peek();
    if (e == 'b') {
      i++;
      return '\b';
    }
    if ("dDsSwWpP".indexOf(e) >= 0) {
      if (!classEscapeOrCharacterEscape(true)) {
        throw new Refused("invalid property name in character class");
      }
      return -1;
    }
    int start = i;
    if (!classEscapeOrCharacterEscape(true)) {
      throw new Refused("invalid class escape");
    }
    return escapedValue(p.substring(start, i));
  }

  /** The code point of a character escape (without its backslash), for range checks. */
  private static int escapedValue(String escape) {
    char c = escape.charAt(0);
    return switch (c) {
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'v' -> 0x0B;
      case 'c' -> escape.charAt(1) % 32;
      case '0' -> 0;
      case 'x' -> Integer.parseInt(escape.substring(1), 16);
      case 'u' ->
          escape.charAt(1) == '{'
              ? Integer.parseInt(escape.substring(2, escape.length() - 1), 16)
              : Integer.parseInt(escape.substring(1), 16);
      default -> c;
    };
  }

  /**
   * The property names and values ECMAScript accepts in {@code \p{...}} (ECMA-262 tables 67-69).
   */
  private static final class UnicodeProperties {

    private static final Set<String> GENERAL_CATEGORIES =
        Set.of(
            "C",
            "Other",
            "Cc",
            "Control",
            "cntrl",
            "Cf",
            "Format",
            "Cn",
            "Unassigned",
            "Co",
            "Private_Use",
            "Cs",
            "Surrogate",
            "L",
            "Letter",
            "LC",
            "Cased_Letter",
            "Ll",
            "Lowercase_Letter",
            "Lm",
            "Modifier_Letter",
            "Lo",
            "Other_Letter",
            "Lt",
            "Titlecase_Letter",
            "Lu",
            "Uppercase_Letter",
            "M",
            "Mark",
            "Combining_Mark",
            "Mc",
            "Spacing_Mark",
            "Me",
            "Enclosing_Mark",
            "Mn",
            "Nonspacing_Mark",
            "N",
            "Number",
            "Nd",
            "Decimal_Number",
            "digit",
            "Nl",
            "Letter_Number",
            "No",
            "Other_Number",
            "P",
            "Punctuation",
            "punct",
            "Pc",
            "Connector_Punctuation",
            "Pd",
            "Dash_Punctuation",
            "Pe",
            "Close_Punctuation",
            "Pf",
            "Final_Punctuation",
            "Pi",
            "Initial_Punctuation",
            "Po",
            "Other_Punctuation",
            "Ps",
            "Open_Punctuation",
            "S",
            "Symbol",
            "Sc",
            "Currency_Symbol",
            "Sk",
            "Modifier_Symbol",
            "Sm",
            "Math_Symbol",
            "So",
            "Other_Symbol",
            "Z",
            "Separator",
            "Zl",
            "Line_Separator",
            "Zp",
            "Paragraph_Separator",
            "Zs",
            "Space_Separator");

    private static final Set<String> BINARY =
        Set.of(
            "ASCII",
            "ASCII_Hex_Digit",
            "AHex",
            "Alphabetic",
            "Alpha",
            "Any",
            "Assigned",
            "Bidi_Control",
            "Bidi_C",
            "Bidi_Mirrored",
            "Bidi_M",
            "Case_Ignorable",
            "CI",
            "Cased",
            "Changes_When_Casefolded",
            "CWCF",
            "Changes_When_Casemapped",
            "CWCM",
            "Changes_When_Lowercased",
            "CWL",
            "Changes_When_NFKC_Casefolded",
            "CWKCF",
            "Changes_When_Titlecased",
            "CWT",
            "Changes_When_Uppercased",
            "CWU",
            "Dash",
            "Default_Ignorable_Code_Point",
            "DI",
            "Deprecated",
            "Dep",
            "Diacritic",
            "Dia",
            "Emoji",
            "Emoji_Component",
            "EComp",
            "Emoji_Modifier",
            "EMod",
            "Emoji_Modifier_Base",
            "EBase",
            "Emoji_Presentation",
            "EPres",
            "Extended_Pictographic",
            "ExtPict",
            "Extender",
            "Ext",
            "Grapheme_Base",
            "Gr_Base",
            "Grapheme_Extend",
            "Gr_Ext",
            "Hex_Digit",
            "Hex",
            "IDS_Binary_Operator",
            "IDSB",
            "IDS_Trinary_Operator",
            "IDST",
            "ID_Continue",
            "IDC",
            "ID_Start",
            "IDS",
            "Ideographic",
            "Ideo",
            "Join_Control",
            "Join_C",
            "Logical_Order_Exception",
            "LOE",
            "Lowercase",
            "Lower",
            "Math",
            "Noncharacter_Code_Point",
            "NChar",
            "Pattern_Syntax",
            "Pat_Syn",
            "Pattern_White_Space",
            "Pat_WS",
            "Quotation_Mark",
            "QMark",
            "Radical",
            "Regional_Indicator",
            "RI",
            "Sentence_Terminal",
            "STerm",
            "Soft_Dotted",
            "SD",
            "Terminal_Punctuation",
            "Term",
            "Unified_Ideograph",
            "UIdeo",
            "Uppercase",
            "Upper",
            "Variation_Selector",
            "VS",
            "White_Space",
            "space",
            "XID_Continue",
            "XIDC",
            "XID_Start",
            "XIDS");

    static boolean known(String body) {
      int eq = body.indexOf('=');
      if (eq < 0) {
        return GENERAL_CATEGORIES.contains(body) || BINARY.contains(body);
      }
      String name = body.substring(0, eq);
      String value = body.substring(eq + 1);
      return switch (name) {
        case "General_Category", "gc" -> GENERAL_CATEGORIES.contains(value);
        case "Script", "sc", "Script_Extensions", "scx" -> isScript(value);
        default -> false;
      };
    }

    private static boolean isScript(String value) {
      if (value.isEmpty() || !value.chars().allMatch(ch -> ch == '_' || Character.isLetter(ch))) {
        return false;
      }
      try {
        Character.UnicodeScript.forName(value);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
  }
}

package dev.paycontract.mock.internal.routing;

import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A server URL as an anchored pattern for the {@code __server} query parameter (Prism section 4): a
 * variable with an enum becomes the alternatives of its enum, any other variable matches anything.
 */
record ServerPattern(String url, Pattern pattern) {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  static ServerPattern of(Server server) {
    String url = server.getUrl();
    StringBuilder regex = new StringBuilder("^");
    Matcher m = VARIABLE.matcher(url);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(url.substring(last, m.start())));
      ServerVariable variable =
          server.getVariables() == null ? null : server.getVariables().get(m.group(1));
      List<String> values = variable == null ? null : variable.getEnum();
      if (values == null || values.isEmpty()) {
        regex.append(".*?");
      } else {
        regex.append(
            values.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")")));
      }
      last = m.end();
    }
    regex.append(Pattern.quote(url.substring(last))).append('$');
    return new ServerPattern(url, Pattern.compile(regex.toString()));
  }

  boolean matches(String serverUrl) {
    return pattern.matcher(serverUrl).matches();
  }
}

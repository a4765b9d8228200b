package dev.paycontract.contract.examples;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.paycontract.client.ApiError;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.http.Body;
import retrofit2.http.Header;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Drives a provider's generated client for one operation: builds its API with the credential and an
 * OkHttp interceptor that adds a {@code Prefer} header, turns an {@link ExampleRequest} into the
 * arguments of the generated method, and reads the answer into the model the client declares (the
 * success body, or the error model through {@code <Provider>Clients.errorOf}).
 *
 * <p>The API is built from the generated {@code ApiClient} the way the hand-written entry points
 * build it, because those return the service only and give no access to the OkHttp builder.
 */
final class ContractClient {

  private final SpecOperation operation;
  private final Object api;
  private final Method method;
  private final ObjectMapper mapper;

  private ContractClient(SpecOperation operation, Object api, Method method, ObjectMapper mapper) {
    this.operation = operation;
    this.api = api;
    this.method = method;
    this.mapper = mapper;
  }

  /** The client for {@code operation} at {@code baseUrl}; {@code prefer} may be null. */
  static ContractClient of(SpecOperation operation, String baseUrl, String prefer)
      throws ReflectiveOperationException {
    String provider = operation.spec().provider();
    String base = "dev.paycontract.client." + provider;
    Class<?> apiClientType = Class.forName(base + ".invoker.ApiClient");
    Object apiClient = apiClient(operation, apiClientType);
    if (prefer != null) {
      OkHttpClient.Builder ok =
          (OkHttpClient.Builder) apiClientType.getMethod("getOkBuilder").invoke(apiClient);
      ok.addInterceptor(preferHeader(prefer));
    }
    retrofit2.Retrofit.Builder adapter =
        (retrofit2.Retrofit.Builder) apiClientType.getMethod("getAdapterBuilder").invoke(apiClient);
    adapter.baseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    Method apiMethod = apiMethod(operation, base + ".api");
    Object api =
        apiClientType
            .getMethod("createService", Class.class)
            .invoke(apiClient, apiMethod.getDeclaringClass());
    Object json = Class.forName(base + ".invoker.JSON").getConstructor().newInstance();
    ObjectMapper mapper = (ObjectMapper) json.getClass().getMethod("getMapper").invoke(json);
    return new ContractClient(operation, api, apiMethod, mapper);
  }

  ObjectMapper mapper() {
    return mapper;
  }

  /** Calls the generated method with the request's parameters and body. */
  Response<?> call(ExampleRequest request) throws Exception {
    Parameter[] parameters = method.getParameters();
    Object[] args = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      args[i] = argument(parameters[i], request);
    }
    Call<?> call;
    try {
      call = (Call<?>) method.invoke(api, args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
    return call.execute();
  }

  /** The error body read by the provider's entry point, {@code <Provider>Clients.errorOf}. */
  ApiError<?> errorOf(Response<?> response) throws ReflectiveOperationException {
    String provider = operation.spec().provider();
    String entryPoint =
        "dev.paycontract.client."
            + provider
            + "."
            + Character.toUpperCase(provider.charAt(0))
            + provider.substring(1)
            + "Clients";
    return (ApiError<?>)
        Class.forName(entryPoint).getMethod("errorOf", Response.class).invoke(null, response);
  }

  private Object argument(Parameter parameter, ExampleRequest request) throws Exception {
    JavaType type = mapper.getTypeFactory().constructType(parameter.getParameterizedType());
    if (parameter.isAnnotationPresent(Body.class)) {
      return request.body() == null
          ? null
          : mapper.readValue(mapper.treeAsTokens(request.body()), type);
    }
    String key = specKey(parameter);
    String value = request.parameters().get(key);
    if (value == null) {
      return null;
    }
    JsonNode node = TextNode.valueOf(value);
    return mapper.readValue(mapper.treeAsTokens(node), type);
  }

  private String specKey(Parameter parameter) {
    for (Annotation annotation : parameter.getAnnotations()) {
      if (annotation instanceof Path path) {
        return "path " + path.value();
      }
      if (annotation instanceof Header header) {
        return "header " + header.value();
      }
      if (annotation instanceof Query query) {
        return "query " + query.value();
      }
    }
    throw new IllegalStateException(
        operation.name()
            + ": generated parameter "
            + parameter
            + " of "
            + method
            + " has no Retrofit annotation the contract tests know");
  }

  /** The generated ApiClient with the operation's credential, as the entry points configure it. */
  private static Object apiClient(SpecOperation operation, Class<?> type)
      throws ReflectiveOperationException {
    List<io.swagger.v3.oas.models.security.SecurityRequirement> security = operation.security();
    if (security.isEmpty()) {
      return type.getConstructor().newInstance();
    }
    String schemeName = security.get(0).keySet().iterator().next();
    var scheme = operation.spec().api().getComponents().getSecuritySchemes().get(schemeName);
    return switch (scheme.getType()) {
      case APIKEY ->
          type.getConstructor(String.class, String.class)
              .newInstance(schemeName, ExampleRequest.CREDENTIAL);
      case HTTP -> {
        // new ApiClient(name, token) fills API keys only; bearer needs setBearerToken.
        Object client = type.getConstructor(String.class).newInstance(schemeName);
        if ("basic".equalsIgnoreCase(scheme.getScheme())) {
          type.getMethod("setCredentials", String.class, String.class)
              .invoke(client, ExampleRequest.CREDENTIAL, ExampleRequest.CREDENTIAL);
        } else {
          type.getMethod("setBearerToken", String.class).invoke(client, ExampleRequest.CREDENTIAL);
        }
        yield client;
      }
      default ->
          throw new IllegalStateException(
              operation.name()
                  + ": security scheme "
                  + schemeName
                  + " is not supported by the contract tests");
    };
  }

  private static Method apiMethod(SpecOperation operation, String apiPackage) {
    List<String> tags =
        operation.operation().getTags() == null || operation.operation().getTags().isEmpty()
            ? List.of("default")
            : operation.operation().getTags();
    for (String tag : tags) {
      String className =
          apiPackage + "." + Character.toUpperCase(tag.charAt(0)) + tag.substring(1) + "Api";
      try {
        for (Method m : Class.forName(className).getMethods()) {
          if (m.getName().equals(operation.operationId())) {
            return m;
          }
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(
            operation.name()
                + ": no generated API interface "
                + className
                + " for tag '"
                + tag
                + "'",
            e);
      }
    }
    throw new IllegalStateException(
        operation.name()
            + ": no method "
            + operation.operationId()
            + " in the generated API interfaces of tags "
            + tags);
  }

  private static Interceptor preferHeader(String prefer) {
    return chain -> chain.proceed(chain.request().newBuilder().header("Prefer", prefer).build());
  }
}

package dev.paycontract.client.examples;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import retrofit2.Call;
import retrofit2.http.Body;

/**
 * Finds the generated Java type of a body: from the schema ({@code $ref} name -> model class,
 * arrays -> {@code List}, maps -> {@code Map}) and, for what the generated API interface declares
 * (request bodies and success responses), from the interface method itself.
 */
final class ModelTypes {

  private static final TypeFactory TYPES = TypeFactory.defaultInstance();

  private ModelTypes() {}

  /** The Java type the generator made for {@code schema}; fails naming the schema if none. */
  @SuppressWarnings("rawtypes")
  static JavaType ofSchema(ProviderSpec spec, Schema schema) {
    if (schema == null) {
      throw new IllegalStateException("body has no schema");
    }
    if (schema.get$ref() != null) {
      String name = ProviderSpec.refName(schema.get$ref());
      Schema target = spec.resolve(schema);
      if ("array".equals(target.getType())) {
        // An array alias (ErrorList) has no class of its own: it is List<items>.
        return ofSchema(spec, target);
      }
      return TYPES.constructType(modelClass(spec, name));
    }
    String type = schema.getType();
    if ("array".equals(type)) {
      return TYPES.constructCollectionType(List.class, ofSchema(spec, schema.getItems()));
    }
    if ("object".equals(type)
        && schema.getProperties() == null
        && schema.getAdditionalProperties() instanceof Schema values) {
      return TYPES.constructMapType(
          Map.class, TYPES.constructType(String.class), ofSchema(spec, values));
    }
    throw new IllegalStateException(
        "inline "
            + type
            + " schema has no generated model class;"
            + " name it under components/schemas");
  }

  /**
   * What the generated API interface declares for this case: the {@code @Body} parameter type of a
   * request, the {@code Call<T>} type of a success response; empty for error responses, which the
   * interface does not type.
   */
  static Optional<JavaType> ofApiMethod(ExampleCase example) {
    if (!example.isRequest() && !example.status().startsWith("2")) {
      return Optional.empty();
    }
    Method method = apiMethod(example);
    if (example.isRequest()) {
      for (Parameter parameter : method.getParameters()) {
        if (parameter.isAnnotationPresent(Body.class)) {
          return Optional.of(TYPES.constructType(parameter.getParameterizedType()));
        }
      }
      throw new IllegalStateException(method + " has no @Body parameter");
    }
    ParameterizedType call = (ParameterizedType) method.getGenericReturnType();
    if (call.getRawType() != Call.class) {
      throw new IllegalStateException(method + " does not return a retrofit2.Call");
    }
    return Optional.of(TYPES.constructType(call.getActualTypeArguments()[0]));
  }

  private static Method apiMethod(ExampleCase example) {
    ProviderSpec spec = example.spec();
    List<String> tags =
        spec.api().getPaths().values().stream()
            .flatMap(item -> item.readOperations().stream())
            .filter(op -> example.operationId().equals(op.getOperationId()))
            .findFirst()
            .map(
                op ->
                    op.getTags() == null || op.getTags().isEmpty()
                        ? List.of("default")
                        : op.getTags())
            .orElseThrow();
    for (String tag : tags) {
      String className =
          spec.apiPackage() + "." + Character.toUpperCase(tag.charAt(0)) + tag.substring(1) + "Api";
      try {
        for (Method method : Class.forName(className).getMethods()) {
          if (method.getName().equals(example.operationId())) {
            return method;
          }
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(
            "no generated API interface " + className + " for tag '" + tag + "'", e);
      }
    }
    throw new IllegalStateException(
        "no method "
            + example.operationId()
            + " in the generated API"
            + " interfaces of tags "
            + tags);
  }

  private static Class<?> modelClass(ProviderSpec spec, String schemaName) {
    String className = spec.modelPackage() + "." + schemaName;
    try {
      return Class.forName(className);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "schema " + schemaName + " has no generated class " + className, e);
    }
  }
}

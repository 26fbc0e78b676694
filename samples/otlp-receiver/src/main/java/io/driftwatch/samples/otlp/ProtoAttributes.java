package io.driftwatch.samples.otlp;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns OTLP key/values into plain Java values, so tests compare against Long, not AnyValue. */
final class ProtoAttributes {

  private ProtoAttributes() {}

  /** Keeps the order the sender used; a repeated key keeps its last value, as the OTLP spec allows. */
  static Map<String, Object> toMap(List<KeyValue> keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (KeyValue keyValue : keyValues) {
      map.put(keyValue.getKey(), toJava(keyValue.getValue()));
    }
    return Collections.unmodifiableMap(map);
  }

  /** string->String, int->Long, double->Double, bool->Boolean, array->List, kvlist->Map, bytes->byte[]. */
  static Object toJava(AnyValue value) {
    switch (value.getValueCase()) {
      case STRING_VALUE:
        return value.getStringValue();
      case INT_VALUE:
        return value.getIntValue();
      case DOUBLE_VALUE:
        return value.getDoubleValue();
      case BOOL_VALUE:
        return value.getBoolValue();
      case ARRAY_VALUE:
        return toList(value.getArrayValue().getValuesList());
      case KVLIST_VALUE:
        return toMap(value.getKvlistValue().getValuesList());
      case BYTES_VALUE:
        return value.getBytesValue().toByteArray();
      default:
        // An empty value (or a string-table index, used only by profiles): nothing to show.
        return "";
    }
  }

  private static List<Object> toList(List<AnyValue> values) {
    List<Object> list = new ArrayList<>(values.size());
    for (AnyValue value : values) {
      list.add(toJava(value));
    }
    return Collections.unmodifiableList(list);
  }
}

package io.driftwatch.samples.otlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.ArrayValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.common.v1.KeyValueList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The value kinds the SDK exporter cannot easily send: nested maps, bytes, repeated keys. */
class ProtoAttributesTest {

  @Test
  void kvlistBecomesAMapAndBytesABytesArray() {
    AnyValue nested = AnyValue.newBuilder().setKvlistValue(KeyValueList.newBuilder()
        .addValues(kv("role", AnyValue.newBuilder().setStringValue("user").build()))
        .addValues(kv("tokens", AnyValue.newBuilder().setIntValue(3).build()))).build();
    AnyValue bytes = AnyValue.newBuilder().setBytesValue(ByteString.copyFrom(new byte[] {1, 2})).build();

    Map<String, Object> map = ProtoAttributes.toMap(List.of(kv("message", nested), kv("blob", bytes)));

    assertEquals(Map.of("role", "user", "tokens", 3L), map.get("message"));
    assertArrayEquals(new byte[] {1, 2}, (byte[]) map.get("blob"));
  }

  @Test
  void arraysMayMixValueKinds() {
    AnyValue array = AnyValue.newBuilder().setArrayValue(ArrayValue.newBuilder()
        .addValues(AnyValue.newBuilder().setDoubleValue(1.5))
        .addValues(AnyValue.newBuilder().setBoolValue(false))).build();
    assertEquals(List.of(1.5, false), ProtoAttributes.toJava(array));
  }

  @Test
  void repeatedKeyKeepsTheLastValueAndOrderIsKept() {
    Map<String, Object> map = ProtoAttributes.toMap(List.of(
        kv("b", AnyValue.newBuilder().setIntValue(1).build()),
        kv("a", AnyValue.newBuilder().setIntValue(2).build()),
        kv("b", AnyValue.newBuilder().setIntValue(3).build())));
    assertEquals(List.of("b", "a"), List.copyOf(map.keySet()));
    assertEquals(3L, map.get("b"));
  }

  @Test
  void typedLookupOfTheWrongTypeFailsWithTheActualType() {
    Map<String, Object> map = ProtoAttributes.toMap(List.of(kv("n", AnyValue.newBuilder().setStringValue("42").build())));
    AssertionError error = assertThrows(AssertionError.class, () -> AttributeLookup.typed(map, "n", Long.class));
    assertEquals("attribute 'n' is a String (42), not a Long", error.getMessage());
  }

  private static KeyValue kv(String key, AnyValue value) {
    return KeyValue.newBuilder().setKey(key).setValue(value).build();
  }
}

package io.driftwatch.genai.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeValueCapTest {

  @Test
  void anOverLongValueIsReportedAsOtherCountedAndNeverRemembered() {
    List<String> drops = new ArrayList<>();
    AttributeValueCap cap = new AttributeValueCap(2, (reason, message) -> drops.add(reason));
    assertEquals(AttributeValueCap.OTHER, cap.admit("gen_ai.response.model", "m".repeat(400 * 1024)));
    assertEquals(AttributeValueCap.OTHER, cap.admit("gen_ai.response.model", "n".repeat(129)));
    assertEquals(List.of(AttributeValueCap.VALUE_TOO_LONG, AttributeValueCap.VALUE_TOO_LONG), drops);
    // the over-long values took no slot: two ordinary values are still admitted
    String atTheBound = "x".repeat(AttributeValueCap.MAX_VALUE_CHARS);
    assertEquals(atTheBound, cap.admit("gen_ai.response.model", atTheBound));
    assertEquals("gpt-4o", cap.admit("gen_ai.response.model", "gpt-4o"));
    assertEquals(AttributeValueCap.OTHER, cap.admit("gen_ai.response.model", "gpt-4o-mini"));
  }
}

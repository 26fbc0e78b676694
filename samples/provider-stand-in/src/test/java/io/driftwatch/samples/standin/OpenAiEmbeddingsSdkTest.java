package io.driftwatch.samples.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiEmbeddingsSdkTest {

  private final ProviderStandIn standIn = ProviderStandIn.start();
  private final OpenAIClient client = SdkClients.openAi(standIn);

  @AfterEach
  void stop() {
    client.close();
    standIn.close();
  }

  @Test
  void oneVectorPerInputWithModelAndUsage() {
    var params = EmbeddingCreateParams.builder()
        .model("text-embedding-3-small")
        .inputOfArrayOfStrings(List.of("first text", "second text"))
        .build();

    CreateEmbeddingResponse response = client.embeddings().create(params);

    assertEquals(2, response.data().size());
    assertEquals(1, response.data().get(1).index());
    List<Float> first = response.data().get(0).embedding();
    assertEquals(OpenAiEmbeddingsResponses.DIMENSIONS, first.size());
    assertNotEquals(first, response.data().get(1).embedding());
    assertEquals("text-embedding-3-small", response.model());
    long promptTokens = standIn.requests().get(0).bodyText().length() / 4;
    assertEquals(promptTokens, response.usage().promptTokens());
    assertEquals(promptTokens, response.usage().totalTokens());
  }

  @Test
  void floatEncodingIsServedWhenAskedFor() {
    var params = EmbeddingCreateParams.builder()
        .model("text-embedding-3-small")
        .input("same text")
        .encodingFormat(EmbeddingCreateParams.EncodingFormat.FLOAT)
        .build();

    List<Float> asFloats = client.embeddings().create(params).data().get(0).embedding();
    List<Float> asDefault = client.embeddings()
        .create(params.toBuilder().encodingFormat(EmbeddingCreateParams.EncodingFormat.BASE64)
            .build())
        .data().get(0).embedding();

    assertTrue(standIn.requests().get(0).bodyText().contains("\"float\""));
    assertEquals(asFloats, asDefault, "same input, same vector, whatever the encoding");
  }
}

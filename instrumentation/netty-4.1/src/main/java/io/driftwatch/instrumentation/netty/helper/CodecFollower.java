package io.driftwatch.instrumentation.netty.helper;

import io.driftwatch.instrumentation.netty.PipelineObserver;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;

/** Defined next to the application's Netty (see HelperLoaders): places the observer after the codec. */
public final class CodecFollower implements PipelineObserver {

  static final String NAME = "driftwatch.genai";

  @Override
  public void observeAfter(Object pipelineObject, Object codec) {
    ChannelPipeline pipeline = (ChannelPipeline) pipelineObject;
    ChannelHandlerContext codecContext = pipeline.context((ChannelHandler) codec);
    if (codecContext == null || pipeline.get(NAME) != null) {
      return;
    }
    pipeline.addAfter(codecContext.name(), NAME, new ObservingHandler());
  }
}

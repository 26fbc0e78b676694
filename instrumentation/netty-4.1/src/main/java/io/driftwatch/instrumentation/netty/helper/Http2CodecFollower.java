package io.driftwatch.instrumentation.netty.helper;

import io.driftwatch.instrumentation.netty.PipelineObserver;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http2.Http2FrameCodec;

/**
 * Defined next to the application's Netty HTTP/2 codec (see HelperLoaders), apart from the HTTP/1.1
 * one so that an application without netty-codec-http2 still gets that: places the streams
 * observer after a client's frame codec. A server's codec is left alone.
 */
public final class Http2CodecFollower implements PipelineObserver {

  static final String NAME = "driftwatch.genai.h2";

  @Override
  public void observeAfter(Object pipelineObject, Object codec) {
    if (((Http2FrameCodec) codec).connection().isServer()) {
      return;
    }
    ChannelPipeline pipeline = (ChannelPipeline) pipelineObject;
    ChannelHandlerContext codecContext = pipeline.context((ChannelHandler) codec);
    if (codecContext == null || pipeline.get(NAME) != null) {
      return;
    }
    pipeline.addAfter(codecContext.name(), NAME, new Http2StreamsObserver());
  }
}

package io.driftwatch.instrumentation.netty;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.driftwatch.bootstrap.Bridge;
import io.driftwatch.tooling.ClientInstrumentation;
import io.driftwatch.tooling.HelperLoaders;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * Netty 4.1: every way a handler enters a pipeline ends in one of four {@code DefaultChannelPipeline}
 * methods; when the handler is an {@code HttpClientCodec} or a client's {@code Http2FrameCodec}, an
 * observing handler goes right after it. That covers Reactor Netty (Spring WebClient, Spring AI
 * streaming) over HTTP/1.1, H2C and H2, the AWS SDK's Netty client over HTTP/1.1 and HTTP/2, and any
 * other client on plain Netty that uses these codecs, without knowing their APIs. Reactor Netty's
 * and the AWS SDK's per-request objects are also instrumented, to carry the calling thread's MDC
 * values and flags to the event loop that writes the request.
 */
public final class NettyInstrumentation implements ClientInstrumentation {

  static final String CLIENT = "netty";
  private static final String HANDLER = "io.netty.channel.ChannelHandler";
  private static final String REACTOR_REQUEST_HANDLER = "reactor.netty.http.client.HttpClientConnect$HttpClientHandler";
  private static final String AWS_REQUEST_EXECUTOR = "software.amazon.awssdk.http.nio.netty.internal.NettyRequestExecutor";

  @Override
  public String name() {
    return CLIENT;
  }

  @Override
  public void installHooks(HelperLoaders helperLoaders) {
    Bridge.named(CLIENT).install(new NettyHooks(helperLoaders));
  }

  @Override
  public AgentBuilder instrument(AgentBuilder builder) {
    return builder.type(named("io.netty.channel.DefaultChannelPipeline"))
        .transform(new AgentBuilder.Transformer.ForAdvice()
            .include(NettyInstrumentation.class.getClassLoader())
            .advice(namedOneOf("addLast", "addFirst").and(takesArguments(3)).and(takesArgument(2, named(HANDLER))),
                HandlerAddedAdvice.class.getName())
            .advice(namedOneOf("addBefore", "addAfter").and(takesArguments(4)).and(takesArgument(3, named(HANDLER))),
                HandlerInsertedAdvice.class.getName()))
        .type(named(REACTOR_REQUEST_HANDLER))
        .transform(new AgentBuilder.Transformer.ForAdvice()
            .include(NettyInstrumentation.class.getClassLoader())
            .advice(isConstructor(), CallStartedAdvice.class.getName())
            .advice(named("requestWithBody").and(takesArguments(1)), ReactorRequestWritingAdvice.class.getName()))
        .type(named(AWS_REQUEST_EXECUTOR))
        .transform(new AgentBuilder.Transformer.ForAdvice()
            .include(NettyInstrumentation.class.getClassLoader())
            .advice(isConstructor(), CallStartedAdvice.class.getName())
            .advice(named("makeRequest").and(takesArguments(0)), AwsRequestWritingAdvice.class.getName()));
  }
}

package ch.opsfabric.adapters.http;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/**
 * Answers the requests the HTTP decoder could not read before Micronaut sees them. Micronaut's own
 * answer to those passes no filter, so it lacked the security headers every other answer carries
 * (docs/http-api.md, Security headers), and it called an over-long header 413. Here: {@code 431} for
 * headers over the limit, {@code 414} for an over-long request line, {@code 400} for anything else
 * unreadable, each with the usual error body and headers; the connection is closed, since the rest
 * of what the client sent cannot be read either. Written by hand: Micronaut offers no hook for these
 * answers but the pipeline.
 */
@Singleton
final class UnreadableRequests implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final String HANDLER = "opsfabric-unreadable-requests";

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new OnEachConnection(null));
        return event.getBean();
    }

    private record OnEachConnection(Channel channel) implements NettyServerCustomizer {

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new OnEachConnection(channel) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            var pipeline = channel == null ? null : channel.pipeline();
            if (pipeline != null && pipeline.get(HANDLER) == null && pipeline.get("http-server-codec") != null) {
                pipeline.addAfter("http-server-codec", HANDLER, new Refuser());
            }
        }
    }

    /** One per connection: after a refusal, the rest of the connection's input is dropped. */
    private static final class Refuser extends ChannelInboundHandlerAdapter {

        private boolean refused;

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (refused) {
                ReferenceCountUtil.release(message);
                return;
            }
            if (message instanceof HttpObject object && object.decoderResult().isFailure()) {
                refused = true;
                var cause = object.decoderResult().cause();
                ReferenceCountUtil.release(message);
                refuse(context, cause);
                return;
            }
            context.fireChannelRead(message);
        }

        private static void refuse(ChannelHandlerContext context, Throwable cause) {
            var status = cause instanceof TooLongHttpHeaderException ? HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE
                    : cause instanceof TooLongHttpLineException ? HttpResponseStatus.REQUEST_URI_TOO_LONG
                    : HttpResponseStatus.BAD_REQUEST;
            var message = status == HttpResponseStatus.BAD_REQUEST ? "the request could not be read as HTTP"
                    : "the request's " + (status == HttpResponseStatus.REQUEST_URI_TOO_LONG ? "first line" : "headers")
                    + " are longer than this service reads";
            var body = Unpooled.copiedBuffer("{\"error\":\"unreadable_request\",\"message\":\"" + message + "\"}",
                    StandardCharsets.UTF_8);
            var response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, body);
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes())
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            SecurityHeaders.NOT_A_PAGE.forEach(response.headers()::set);
            context.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}

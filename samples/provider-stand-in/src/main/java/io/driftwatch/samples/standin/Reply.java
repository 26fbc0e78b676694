package io.driftwatch.samples.standin;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** Something the stand-in can send back on an exchange: a whole body or a stream of events. */
interface Reply {

  void sendTo(HttpExchange exchange) throws IOException;
}

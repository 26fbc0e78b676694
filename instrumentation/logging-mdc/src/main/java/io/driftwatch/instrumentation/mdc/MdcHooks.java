package io.driftwatch.instrumentation.mdc;

import io.driftwatch.bootstrap.Hook;
import io.driftwatch.genai.context.ThreadContextMirror;

/**
 * The hook on the logging-mdc bridge: mirrors what the application puts in its MDC into the
 * agent's per-thread copy (configured keys only). Operations {@link #PUT} (key, value), {@link
 * #REMOVE} (key), {@link #CLEAR}.
 */
final class MdcHooks implements Hook {

  static final int PUT = 0;
  static final int REMOVE = 1;
  static final int CLEAR = 2;

  @Override
  public Object call(int operation, Object a, Object b, Object c) {
    switch (operation) {
      case PUT:
        ThreadContextMirror.mdcPut((String) a, (String) b);
        break;
      case REMOVE:
        ThreadContextMirror.mdcRemove((String) a);
        break;
      case CLEAR:
        ThreadContextMirror.mdcClear();
        break;
      default:
        break;
    }
    return null;
  }
}

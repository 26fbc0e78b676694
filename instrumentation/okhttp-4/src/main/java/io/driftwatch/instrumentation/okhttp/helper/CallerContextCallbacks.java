package io.driftwatch.instrumentation.okhttp.helper;

import io.driftwatch.genai.context.CallerContext;
import io.driftwatch.instrumentation.okhttp.EnqueuedCallContext;
import java.io.IOException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

/** Defined next to the application's OkHttp (see HelperLoaders): callbacks that carry the caller's context. */
public final class CallerContextCallbacks implements EnqueuedCallContext {

  @Override
  public Object carrying(Object callback, CallerContext caller) {
    return new Carrying((Callback) callback, caller);
  }

  @Override
  public CallerContext carriedBy(Object callback) {
    return callback instanceof Carrying carrying ? carrying.caller : null;
  }

  /** The application's callback, every call passed on as it came. */
  private static final class Carrying implements Callback {
    private final Callback delegate;
    private final CallerContext caller;

    Carrying(Callback delegate, CallerContext caller) {
      this.delegate = delegate;
      this.caller = caller;
    }

    @Override
    public void onFailure(Call call, IOException e) {
      delegate.onFailure(call, e);
    }

    @Override
    public void onResponse(Call call, Response response) throws IOException {
      delegate.onResponse(call, response);
    }

    @Override
    public String toString() {
      return delegate.toString();
    }
  }
}

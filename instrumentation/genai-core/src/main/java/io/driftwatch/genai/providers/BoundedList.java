package io.driftwatch.genai.providers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.function.UnaryOperator;

/**
 * A list that keeps at most {@code maxSize} elements, each passed through {@code bound} first (a
 * length cap, for strings): what a provider sends per chunk or per item can never grow the
 * agent's per-call state past the bound. Elements past the bound are dropped and tallied.
 */
final class BoundedList<E> extends ArrayList<E> {

  private final int maxSize;
  private final UnaryOperator<E> bound;
  private long dropped;

  BoundedList(int maxSize, UnaryOperator<E> bound) {
    this.maxSize = maxSize;
    this.bound = bound;
  }

  @Override
  public boolean add(E element) {
    if (size() >= maxSize) {
      dropped++;
      return false;
    }
    return super.add(bound.apply(element));
  }

  @Override
  public void add(int index, E element) {
    if (size() >= maxSize) {
      dropped++;
      return;
    }
    super.add(index, bound.apply(element));
  }

  @Override
  public boolean addAll(Collection<? extends E> elements) {
    boolean changed = false;
    for (E element : elements) {
      changed |= add(element);
    }
    return changed;
  }

  @Override
  public boolean addAll(int index, Collection<? extends E> elements) {
    int at = index;
    for (E element : elements) {
      if (size() >= maxSize) {
        dropped++;
      } else {
        super.add(at++, bound.apply(element));
      }
    }
    return at != index;
  }

  @Override
  public E set(int index, E element) {
    return super.set(index, bound.apply(element));
  }

  long dropped() {
    return dropped;
  }
}

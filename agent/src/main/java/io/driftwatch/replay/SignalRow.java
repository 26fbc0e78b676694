package io.driftwatch.replay;

/**
 * One line of a replay table.
 *
 * @param baseline what the set recorded, already formatted; empty for signals that have none
 * @param difference the change with its interval, formatted; empty when there is nothing to compare
 */
record SignalRow(String signal, String baseline, String now, String difference, boolean diverged) {}

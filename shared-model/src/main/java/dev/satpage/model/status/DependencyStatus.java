package dev.satpage.model.status;

import dev.satpage.model.book.DependencyState;

/**
 * One dependency of a book: its state and, when FAILED, the reason and where its job message sits
 * (a DLQ name) so ops can fix the cause and replay it.
 */
public record DependencyStatus(String id, DependencyState state, String reason, String location) {}

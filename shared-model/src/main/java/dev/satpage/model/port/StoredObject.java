package dev.satpage.model.port;

/** An object read from the store, with the entity tag to use for a later compare-and-set. */
public record StoredObject(String key, byte[] content, String contentType, String etag) {}

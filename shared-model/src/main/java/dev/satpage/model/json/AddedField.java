package dev.satpage.model.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that a later schemaVersion added, so that a body of an older version,
 * which lacks it, is still read: {@link Json} otherwise refuses a missing property, and this reads
 * it as null (an optional injection with nothing to inject; the body's value wins when it has one).
 * A null is not written, so an older-version record is written as that version's body. The compact
 * constructor decides what null means, with {@link Require#since(int, int, Object, String)}:
 * unknown in the older version, refused ("is required") in the newer.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
@JacksonAnnotationsInside
@JacksonInject(useInput = OptBoolean.TRUE, optional = OptBoolean.TRUE)
@JsonInclude(JsonInclude.Include.NON_NULL)
public @interface AddedField {}

/** A record's, request's or document's id as the receiver makes them (`crypto.randomUUID()`, lower case). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

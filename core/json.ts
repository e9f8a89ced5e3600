/** Any value JSON can carry: what crosses a wire or sits in a store. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

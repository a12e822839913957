/** T with its fields writable: for building a value field by field before it is handed out read-only. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The value type a core schema produces, without the web package importing zod itself:
 * `Parsed<typeof loginResultSchema>` is what `loginResultSchema.parse` returns.
 */
export type Parsed<S extends { parse: (value: unknown) => unknown }> = ReturnType<S['parse']>;

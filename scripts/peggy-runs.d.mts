/** Types of peggy-runs.mjs, for the tests that compare both parsers. */
export declare function fastRuns(source: string): {
  readonly code: string;
  readonly counts: {
    readonly star: number;
    readonly plus: number;
    readonly tests: number;
    readonly literals: number;
    readonly constants: number;
  };
};

/** What the build appends to the generated parser's declarations. */
export declare const PARSER_DECLARATION: string;

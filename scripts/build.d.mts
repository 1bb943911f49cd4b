/** Types of build.mjs, for the benchmark that bundles the language service as the build does. */
import type { BuildOptions } from "esbuild";

export declare function nodeBundleOptions(): BuildOptions;
export declare function buildBundles(): Promise<void>;

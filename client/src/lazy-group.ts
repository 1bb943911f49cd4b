/**
 * Command groups loaded on first use. Activation loads only client/dist/extension.js — the commands'
 * registrations, the status bar and this loader — and each group's code (the language client, the
 * preview, the export …) is its own bundle, client/dist/groups/<name>.js, built from
 * client/src/groups/<name>.ts (scripts/build.mjs bundles every file there), and required the first
 * time a command of the group runs. The language client alone is 0.7 MB of JavaScript: loading it
 * during activation was most of activation's time (bench/activation.ts).
 *
 * To add a group: write client/src/groups/<name>.ts exporting its functions, and call
 * `lazyGroup<typeof import("./groups/<name>")>("<name>")` where its commands are registered; import
 * nothing from the group but types, or esbuild would pull it into the activation bundle.
 */
import { join } from "node:path";

/** The group's module, required on the first call and kept. */
export type LazyGroup<T> = () => T;

export function lazyGroup<T>(name: string): LazyGroup<T> {
  let loaded: { readonly module: T } | undefined;
  return () => {
    // A path computed at run time: esbuild leaves this require alone, so the group stays out of
    // the activation bundle. __dirname is client/dist, where extension.js runs from.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded ??= { module: require(join(__dirname, "groups", `${name}.js`)) as T };
    return loaded.module;
  };
}

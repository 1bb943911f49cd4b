/// <reference lib="dom" />
/**
 * The comparison view's one script: it swaps the table in as the extension sends it, and turns a
 * click on a row into "reveal this article in the source". The table comes from the language
 * server with every contract character escaped; the CSP would stop a script in it regardless.
 */
import {
  COMPARISON_CLASSES,
  COMPARISON_SOURCE_ATTRIBUTE,
} from "../../../server/src/language/vocabulary/comparison-classes";
import { isComparisonUpdate, type RevealOffset } from "../comparison/comparison-messages";
import { COMPARISON_CONTAINER_ID } from "../comparison/comparison-page";

interface ComparisonHost {
  postMessage(message: RevealOffset): void;
}

declare function acquireVsCodeApi(): ComparisonHost;

function start(host: ComparisonHost, container: HTMLElement): void {
  window.addEventListener("message", (event: MessageEvent<unknown>) => {
    if (isComparisonUpdate(event.data)) container.innerHTML = event.data.html;
  });
  container.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const row = target?.closest(`.${COMPARISON_CLASSES.row}`);
    const offset = row?.getAttribute(COMPARISON_SOURCE_ATTRIBUTE);
    if (offset === null || offset === undefined || !/^\d+$/.test(offset)) return;
    host.postMessage({ type: "reveal", offset: Number(offset) });
  });
}

const container = document.getElementById(COMPARISON_CONTAINER_ID);
if (container !== null) start(acquireVsCodeApi(), container);

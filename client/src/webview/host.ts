/**
 * The webview's handle on VS Code, typed with the messages and the state this page exchanges.
 * `acquireVsCodeApi` is a global VS Code defines in every webview, callable once per page.
 */
import type { WebviewMessage } from "../preview/messages";
import type { PreviewState } from "../preview/preview-state";

export interface WebviewHost {
  postMessage(message: WebviewMessage): void;
  setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): WebviewHost;

export function acquireHost(): WebviewHost {
  return acquireVsCodeApi();
}

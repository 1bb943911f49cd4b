/// <reference lib="dom" />
/**
 * The preview page's one script. It swaps the contract in as the extension sends it (the page is
 * never reloaded for an edit), turns a click on a value or blank into "reveal its definition", and
 * keeps scrolling in step with the editor. Messages in either direction are checked by the guards
 * in preview/messages.ts; nothing else from the extension is trusted as a shape.
 */
import { createSystemClock } from "../common/clock";
import { createEchoGuard, SCROLL_ECHO_MS } from "../common/echo-guard";
import { createThrottle } from "../common/throttle";
import { isExtensionMessage, isWebviewMessage, type ExtensionMessage } from "../preview/messages";
import { CLICKABLE_SELECTOR, SHELL_IDS } from "../preview/shell-ids";
import { acquireHost, type WebviewHost } from "./host";
import { lineAtScrollTop, normaliseBlocks, scrollTopForLine, type SourceBlock } from "./scroll-mapping";

/** How often scrolling the preview may move the editor. */
const SCROLL_REPORT_MS = 50;

function measureBlocks(contract: HTMLElement): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  for (const element of contract.querySelectorAll<HTMLElement>("[data-line]")) {
    const line = Number(element.dataset["line"]);
    blocks.push({ line, top: element.getBoundingClientRect().top + window.scrollY });
  }
  return normaliseBlocks(blocks);
}

function offsetOf(element: Element, attribute: string): number {
  const text = element.getAttribute(attribute);
  return text === null || !/^\d+$/.test(text) ? Number.NaN : Number(text);
}

function start(host: WebviewHost, header: HTMLElement, blanks: HTMLElement, contract: HTMLElement): void {
  const clock = createSystemClock();
  const echo = createEchoGuard(clock, SCROLL_ECHO_MS);
  // Block positions only change with the content or the width; measuring ~all blocks per scroll
  // event would be too slow for a 10,000-article contract.
  let blocks: SourceBlock[] | undefined;
  const currentBlocks = (): SourceBlock[] => (blocks ??= measureBlocks(contract));
  // The sticky header covers the top of the page, so "the top" is just below it.
  const viewTop = (): number => window.scrollY + header.offsetHeight;

  const reportScroll = createThrottle(
    () => {
      const line = lineAtScrollTop(currentBlocks(), viewTop());
      if (line !== undefined) host.postMessage({ type: "revealLine", line });
    },
    SCROLL_REPORT_MS,
    clock,
  );

  const handle = (message: ExtensionMessage): void => {
    switch (message.type) {
      case "update":
        // The fragment comes from the language server's markdown-it renderer (raw HTML off,
        // contract text escaped) with bidi controls made visible by the extension; the CSP would
        // stop a script in it regardless.
        // Swapping the content can move the scroll position; that is not the user scrolling.
        echo.expectEcho();
        contract.innerHTML = message.html;
        blocks = undefined;
        blanks.textContent = message.blanksLabel;
        blanks.classList.toggle("kp-none", message.blanks === 0);
        // A printout's header shows the page title.
        document.title = message.title ?? "";
        host.setState({ uri: message.uri, locked: message.locked });
        break;
      case "scrollToLine": {
        const top = scrollTopForLine(currentBlocks(), message.line);
        if (top === undefined) break;
        reportScroll.cancel();
        echo.expectEcho();
        window.scrollTo(0, Math.max(0, top - header.offsetHeight));
        break;
      }
    }
  };

  window.addEventListener("message", (event: MessageEvent<unknown>) => {
    if (isExtensionMessage(event.data)) handle(event.data);
  });
  window.addEventListener(
    "scroll",
    () => {
      if (!echo.isEcho()) reportScroll.trigger();
    },
    { passive: true },
  );
  // Blocks move when the width changes or the Mincho font arrives.
  window.addEventListener("resize", () => {
    blocks = undefined;
  });
  void document.fonts.ready.then(() => {
    blocks = undefined;
  });
  document.addEventListener("click", (event) => {
    if (!(event.target instanceof Element)) return;
    const span = event.target.closest(CLICKABLE_SELECTOR);
    if (span === null || !contract.contains(span)) return;
    const message = {
      type: "revealSource",
      start: offsetOf(span, "data-start"),
      end: offsetOf(span, "data-end"),
    };
    if (isWebviewMessage(message)) host.postMessage(message);
  });
  host.postMessage({ type: "ready" });
}

function main(): void {
  const header = document.getElementById(SHELL_IDS.header);
  const blanks = document.getElementById(SHELL_IDS.blanks);
  const contract = document.getElementById(SHELL_IDS.contract);
  if (header === null || blanks === null || contract === null) return;
  start(acquireHost(), header, blanks, contract);
}

main();

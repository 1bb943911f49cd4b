/** A fresh nonce for the preview page's one script, unguessable by anything the page shows. */
import { randomBytes } from "node:crypto";

export function createNonce(): string {
  return randomBytes(18).toString("base64");
}

import { formatBlank } from "./blank";
import { formatCount } from "./count";
import { formatDate } from "./dates";
import { formatDuration } from "./duration";
import { formatMoney } from "./money";
import { formatPaymentDue } from "./payment-due";
import type { Value } from "./value";

/** The text a value renders as in the contract; an invalid value renders exactly as written. */
export function formatValue(value: Value): string {
  switch (value.type) {
    case "money":
      return formatMoney(value);
    case "date":
      return formatDate(value);
    case "duration":
      return formatDuration(value);
    case "paymentDue":
      return formatPaymentDue(value);
    case "count":
      return formatCount(value);
    case "text":
      return value.text;
    case "blank":
      return formatBlank(value);
    case "invalid":
      return value.raw;
  }
}

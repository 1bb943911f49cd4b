import assert from "node:assert/strict";
import { sideSetting, withSide } from "../../../client/src/status/side-label";
import { english, japanese } from "./l10n";

describe("the side in the status bar and the preview header", () => {
  it("appends the side in Japanese and English", () => {
    assert.equal(withSide("空欄 3・エラー 0", "甲", japanese()), "空欄 3・エラー 0 · 立場：甲");
    assert.equal(withSide("Blanks 3", "乙（受託者）", english), "Blanks 3 · Side: 乙（受託者）");
  });
  it("shows nothing for no side", () => {
    assert.equal(withSide("空欄なし", null, japanese()), "空欄なし");
    assert.equal(sideSetting("none"), null);
    assert.equal(sideSetting("  "), null);
    assert.equal(sideSetting(undefined), null);
    assert.equal(sideSetting(" 委託者 "), "委託者");
  });
});

/**
 * How a 改め文 names a line of an article: 第18条第2項, 第2条第3号 (the items of an article with one
 * paragraph), 第3条第2項第1号. An article's paragraphs are its paragraph lines, numbered or not, in
 * order; its items belong to the paragraph before them.
 */
import type { UnitLine } from "../compared-unit";

export interface LineLocation {
  /** 1-based. */
  readonly paragraph: number;
  /** 1-based within its paragraph, or null for a paragraph line. */
  readonly item: number | null;
}

export function lineLocations(lines: readonly Pick<UnitLine, "kind">[]): LineLocation[] {
  let paragraph = 0;
  let item = 0;
  return lines.map((line) => {
    if (line.kind === "paragraph" || paragraph === 0) {
      paragraph++;
      item = 0;
      if (line.kind === "paragraph") return { paragraph, item: null };
    }
    item++;
    return { paragraph, item };
  });
}

/** 第2項, 第3号 or 第2項第1号 after the article's label, for a line at `location`. */
export function locationText(location: LineLocation, paragraphs: number): string {
  const paragraph = paragraphs > 1 ? `第${location.paragraph}項` : "";
  return location.item === null ? paragraph : `${paragraph}第${location.item}号`;
}

export function paragraphCount(locations: readonly LineLocation[]): number {
  return locations[locations.length - 1]?.paragraph ?? 0;
}

/**
 * Word fields written as complex fields (begin, instruction, separate, result, end), each part a run
 * of its own with the contract's fonts, so that the result Word shows before any update is the
 * text Keiyaku rendered, set in Mincho like the text around it. The docx library writes REF and SEQ
 * fields only as a w:fldSimple with an unformatted result, or dirty (Word would ask to update
 * fields on opening), so the parts are composed here from its public building blocks.
 */
import { TextRun, XmlAttributeComponent, XmlComponent, type IRunOptions } from "docx";

type FieldCharType = "begin" | "separate" | "end";

class FieldCharAttributes extends XmlAttributeComponent<{ readonly type: FieldCharType }> {
  protected override readonly xmlKeys = { type: "w:fldCharType" };
}

class FieldChar extends XmlComponent {
  constructor(type: FieldCharType) {
    super("w:fldChar");
    this.root.push(new FieldCharAttributes({ type }));
  }
}

class PreserveSpace extends XmlAttributeComponent<{ readonly space: "preserve" }> {
  protected override readonly xmlKeys = { space: "xml:space" };
}

class InstructionText extends XmlComponent {
  constructor(instruction: string) {
    super("w:instrText");
    this.root.push(new PreserveSpace({ space: "preserve" }));
    this.root.push(instruction);
  }
}

/** Run properties (fonts, size, underline …) without text or children. */
export type RunStyle = Omit<IRunOptions, "text" | "children" | "break">;

/**
 * A field with `result` as its current result: the runs that go into the paragraph. The field code
 * shares one run (a run may hold several field characters); the result has its own, as Word has it.
 */
export function fieldRuns(instruction: string, result: string, style: RunStyle): TextRun[] {
  return [
    new TextRun({
      ...style,
      children: [new FieldChar("begin"), new InstructionText(` ${instruction} `), new FieldChar("separate")],
    }),
    new TextRun({ ...style, text: result }),
    new TextRun({ ...style, children: [new FieldChar("end")] }),
  ];
}

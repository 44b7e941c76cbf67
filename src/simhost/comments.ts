// Comments (ExcelApi 1.10): workbook.comments and worksheet.comments, one thread per cell.
import { cellCount } from "./address";
import { jsonBytes } from "./wireSize";
import type { SimRequestContext } from "./context";
import { ErrorCodes, SimHostError } from "./errors";
import { assertWritable } from "./limits";
import { newId, type CommentModel, type SheetModel } from "./model";
import { SimClientObject, SimCollection, type SimClientResult } from "./proxy";
import { SimRange } from "./range";
import { resolveRangeArgument } from "./rangeArgument";

export const SIM_AUTHOR = { name: "Simulated User", email: "user@example.invalid" };

interface CommentRef {
  sheet: SheetModel;
  comment: CommentModel;
}

export class SimCommentCollection extends SimCollection<SimComment, CommentRef> {
  readonly _typeName = "CommentCollection";
  protected readonly _itemScalars = ["id", "content", "authorName", "authorEmail", "resolved"];

  /** sheet() null with workbookWide: the workbook's collection. */
  constructor(
    context: SimRequestContext,
    private readonly _sheet: () => SheetModel | null,
    private readonly _workbookWide = false,
  ) {
    super(context, () => null);
  }

  override _target(): CommentRef[] | null {
    const sheets = this._workbookWide
      ? this.context._host.model.sheets
      : [this._sheet()].filter((s): s is SheetModel => s !== null);
    return sheets.flatMap((sheet) => sheet.comments.map((comment) => ({ sheet, comment })));
  }

  protected _makeItem(model: CommentRef): SimComment {
    return new SimComment(this.context, () => model);
  }

  getCount(): SimClientResult<number> {
    return this._result("CommentCollection.getCount", (list) => list.length);
  }

  add(cellAddress: SimRange | string, content: string): SimComment {
    this.context._requireApi("1.10", "CommentCollection.add");
    let created: CommentRef | null = null;
    this._write(
      "CommentCollection.add",
      () => {
        const refusal = this.context._host.options.failComments;
        if (refusal) throw new SimHostError(refusal);
        const ref = resolveRangeArgument(
          this.context,
          cellAddress,
          this._sheet() ?? this.context._host.model.activeSheet,
        );
        if (cellCount(ref.rect) !== 1)
          throw new SimHostError(ErrorCodes.invalidArgument, "A comment belongs to one cell.");
        assertWritable(ref.sheet);
        if (ref.sheet.comments.some((c) => c.row === ref.rect.row && c.col === ref.rect.col)) {
          throw new SimHostError(ErrorCodes.invalidOperation, "The cell already has a comment.");
        }
        const comment: CommentModel = {
          id: newId("comment"),
          row: ref.rect.row,
          col: ref.rect.col,
          content: String(content),
          authorName: SIM_AUTHOR.name,
          resolved: false,
        };
        ref.sheet.comments.push(comment);
        created = { sheet: ref.sheet, comment };
      },
      jsonBytes(String(content)),
    );
    return new SimComment(this.context, () => {
      if (!created) throw new SimHostError(ErrorCodes.itemNotFound);
      return created;
    });
  }

  private _byCell(cellAddress: SimRange | string): CommentRef | null {
    const ref = resolveRangeArgument(
      this.context,
      cellAddress,
      this._sheet() ?? this.context._host.model.activeSheet,
    );
    const comment = ref.sheet.comments.find((c) => c.row === ref.rect.row && c.col === ref.rect.col);
    return comment ? { sheet: ref.sheet, comment } : null;
  }

  getItem(id: string): SimComment {
    return new SimComment(this.context, () => {
      const found = (this._target() ?? []).find((c) => c.comment.id === id);
      if (!found) throw new SimHostError(ErrorCodes.itemNotFound);
      return found;
    });
  }

  getItemByCell(cellAddress: SimRange | string): SimComment {
    return new SimComment(this.context, () => {
      const found = this._byCell(cellAddress);
      if (!found) throw new SimHostError(ErrorCodes.itemNotFound);
      return found;
    });
  }

  getItemByCellOrNullObject(cellAddress: SimRange | string): SimComment {
    return new SimComment(this.context, () => this._byCell(cellAddress))._instantiate(
      "CommentCollection.getItemByCellOrNullObject",
    );
  }
}

export class SimComment extends SimClientObject<CommentRef> {
  readonly _typeName = "Comment";
  protected readonly _scalars = ["id", "content", "authorName", "authorEmail", "resolved"];

  protected override _checkAlive(t: CommentRef): void {
    if (t.sheet.deleted || !t.sheet.comments.includes(t.comment))
      throw new SimHostError(ErrorCodes.itemNotFound, "The comment was deleted.");
  }
  protected _read({ comment }: CommentRef, name: string): unknown {
    if (name === "authorEmail") return SIM_AUTHOR.email;
    return comment[name as keyof CommentModel];
  }
  get id(): string {
    return this._get("id");
  }
  get content(): string {
    return this._get("content");
  }
  set content(value: string) {
    this._set("content", value, ({ sheet, comment }) => {
      assertWritable(sheet);
      comment.content = String(value);
    });
  }
  get authorName(): string {
    return this._get("authorName");
  }
  get authorEmail(): string {
    return this._get("authorEmail");
  }
  get resolved(): boolean {
    return this._get("resolved");
  }
  set resolved(value: boolean) {
    this._set("resolved", value, ({ comment }) => (comment.resolved = Boolean(value)));
  }
  getLocation(): SimRange {
    return new SimRange(this.context, () => {
      const t = this._target();
      return t
        ? { sheet: t.sheet, rect: { row: t.comment.row, col: t.comment.col, rows: 1, cols: 1 } }
        : null;
    });
  }
  delete(): void {
    this._write("Comment.delete", ({ sheet, comment }) => {
      assertWritable(sheet);
      sheet.comments = sheet.comments.filter((c) => c !== comment);
    });
  }
}

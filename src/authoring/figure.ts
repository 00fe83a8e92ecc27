import type { PathSegment } from '../schemas/issues.ts';

/** One value read from a report's text, with the sentence it came from. */
export interface Figure {
  path: PathSegment[];
  value: number | string;
  /** The sentence as printed in the source. */
  sentence: string;
  /** The money unit the text gives the amount in, for amounts. */
  unit?: '万元' | '元';
  /** Anything the author should know about how the value was read. */
  note?: string;
}

/** Collects figures, keeping the first value of a field and noting any that disagrees with it. */
export class Figures {
  readonly list: Figure[] = [];
  readonly notes: string[] = [];

  add(figure: Figure): void {
    const key = JSON.stringify(figure.path);
    const first = this.list.find((f) => JSON.stringify(f.path) === key);
    if (!first) {
      this.list.push(figure);
    } else if (first.value !== figure.value) {
      this.notes.push(
        `原文两处给出不同的值：“${first.sentence}”中为 ${first.value}，“${figure.sentence}”中为 ${figure.value}；草稿取第一处，请核对。`,
      );
    }
  }

  has(path: readonly PathSegment[]): boolean {
    const key = JSON.stringify(path);
    return this.list.some((f) => JSON.stringify(f.path) === key);
  }
}

// The steps live in <roadmap>.json, one file per source article in ../shared/seeds. Titles are verbatim,
// typos included; invisible characters the articles use are written as escapes (\u00a0 is a no-break
// space, \u200a a hair space).

/** One numbered step of a source article, as the coverage test checks it. */
export type SourceStep = {
  /** The article's own numbering, e.g. "3" or "9.1". */
  number: string;
  /** The article's step title, verbatim: the test's record of what the source says. */
  sourceTitle: string;
  /** A word our step title must contain (case-insensitive), so the step stays recognisable. */
  titleKeyword: string;
  /** Every technology or concept the source names in this step; each must appear in our step's text. */
  terms: string[];
};

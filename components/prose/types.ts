/**
 * The data types the article vocabulary renders: an article's metadata and a bibliography entry. Declared here,
 * beside the components that draw them, so content/ supplies values of these types and nothing under
 * components/ imports content/.
 */
export interface OriginalPost {
  /** Title as published (Chinese). */
  title: string;
  /** Our English rendering of the title. */
  titleEn: string;
  author: string;
  /** ISO date of publication. */
  date: string;
  url: string;
}

export interface ArticleMeta {
  slug: string;
  title: string;
  subtitle: string;
  /** One line for the index page and link previews. */
  summary: string;
  original: OriginalPost;
  /** ISO date our article was last revised. */
  updated: string;
}

/** One entry of the bibliography (content/references.ts). */
export interface Reference {
  authors: string;
  title: string;
  /** Journal, proceedings, blog or publisher. */
  venue: string;
  year: number;
  url?: string;
  /** A short line for the citation's hover card. */
  note?: string;
}

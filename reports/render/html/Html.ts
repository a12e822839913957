import { escapeHtml } from './escapeHtml.js';

/** Markup that is already safe (built by the renderers); plain strings are always escaped. */
export interface Html {
  readonly html: string;
}

/** Marks trusted markup. */
export function raw(html: string): Html {
  return { html };
}

/** A cell or fragment as markup: escaped when it is text. */
export function toHtml(x: string | Html): string {
  return typeof x === 'string' ? escapeHtml(x) : x.html;
}

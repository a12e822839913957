import { escapeHtml } from './escapeHtml.js';

/** A key figure: a big value and what it is; `small` for a phrase, `wide` for one that needs two cards' width. */
export interface Card {
  readonly value: string;
  readonly label: string;
  readonly small?: boolean;
  readonly wide?: boolean;
}

/** Key figures as cards: a big value and what it is. */
export function htmlCards(cards: readonly Card[]): string {
  return `<div class="cards">${cards
    .map((c) => `<div class="card${c.wide ? ' wide' : ''}"><div class="value${c.small ? ' small' : ''}">${escapeHtml(c.value)}</div><div class="label">${escapeHtml(c.label)}</div></div>`)
    .join('')}</div>`;
}

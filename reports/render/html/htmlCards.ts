import { escapeHtml } from './escapeHtml.js';

/** A key figure: a big value and what it is; `small` for a phrase, `wide` for one that needs two cards' width. */
export interface Card {
  readonly value: string;
  readonly label: string;
  readonly small?: boolean;
  readonly wide?: boolean;
}

/** Escaped text whose dates and instants ("2024-04-15", "2024-04-15T09:00+09:00") never break at their hyphens. */
export function keepDatesWhole(text: string): string {
  return escapeHtml(text).replace(/\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?/g, (d) => `<span class="nowrap">${d}</span>`);
}

/** Key figures as cards: a big value and what it is. */
export function htmlCards(cards: readonly Card[]): string {
  return `<div class="cards">${cards
    .map((c) => `<div class="card${c.wide ? ' wide' : ''}"><div class="value${c.small ? ' small' : ''}">${keepDatesWhole(c.value)}</div><div class="label">${escapeHtml(c.label)}</div></div>`)
    .join('')}</div>`;
}

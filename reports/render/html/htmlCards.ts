import { escapeHtml } from './escapeHtml.js';

/** Key figures as cards: a big value and what it is. */
export function htmlCards(cards: readonly { readonly value: string; readonly label: string; readonly small?: boolean }[]): string {
  return `<div class="cards">${cards.map((c) => `<div class="card"><div class="value${c.small ? ' small' : ''}">${escapeHtml(c.value)}</div><div class="label">${escapeHtml(c.label)}</div></div>`).join('')}</div>`;
}

import { Purpose } from '../random/Purpose.js';
import type { DrawAt, DrawFor } from './Reaction.js';

/**
 * The draw stream of the reaction at place `k` of a registry, draw n of claim i: given by the
 * place, so two reactions never share one. The first keeps the slots Purpose.request reserves
 * for it (2 + n, after the first request's two draws: its numbers as before the registry
 * gave them); each later one has a purpose of its own, Purpose.reactions + k. A new reaction
 * goes last, so that no reaction's place, and no run's numbers, move.
 */
export function reactionStream(at: DrawAt, k: number): DrawFor {
  if (!Number.isInteger(k) || k < 0) throw new Error(`a reaction's place is a whole number from 0, got ${k}`);
  if (k === 0) return (i, n) => at(Purpose.request, i, 2 + n);
  const purpose = Purpose.reactions + k;
  return (i, n) => at(purpose, i, n);
}

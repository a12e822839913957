import type { CalibrationCard } from '../../../generators/population/calibrationSchema.js';

/** The cards to show for a two-arm report: one when both arms carry the same card (or one arm has none), each labelled when they differ. */
export function cardsOfArms(baseline: CalibrationCard | undefined, variant: CalibrationCard | undefined): { readonly card: CalibrationCard; readonly of: string }[] {
  if (baseline && variant) {
    if (JSON.stringify(baseline) === JSON.stringify(variant)) return [{ card: baseline, of: '' }];
    return [{ card: baseline, of: 'baseline population' }, { card: variant, of: 'variant population' }];
  }
  if (baseline) return [{ card: baseline, of: 'baseline population' }];
  if (variant) return [{ card: variant, of: 'variant population' }];
  return [];
}

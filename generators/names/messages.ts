/**
 * The texts agents write: withdrawal messages, rejection reasons, memos. None carries a
 * digit or an @, so only the personal data an agent deliberately slips in (R21) is found.
 */

const REQUEST_MESSAGES = [
  'We have spoken about this order; as agreed, please withdraw the claim.',
  'The item was shipped again today. Could you withdraw the claim, please?',
  'We refunded the difference directly; please withdraw the claim.',
  'The parcel is on its way back to you. Kindly withdraw the claim.',
] as const;

const REJECTIONS = [
  ['not_resolved', 'The problem is not solved yet.'],
  ['no_contact', 'Nobody contacted me about this claim.'],
  ['want_refund', 'I would rather have my money back.'],
  ['other', 'I do not agree to withdraw it.'],
] as const;

const SELLER_MEMOS = ['Please check your messages about the withdrawal request.', 'We sent you a proposal about this claim.'] as const;
const BUYER_MEMOS = ['Thank you, I will look at it.', 'I received your message.'] as const;
const SUPPORT_TEXT = 'The claim can no longer be withdrawn in the console; please review it.';

const pick = <T>(list: readonly T[], u: number): T => list[Math.floor(u * list.length)]!;

/** A few digits from a draw, for personal data that looks real. */
function digits(u: number, n: number): string {
  return String(Math.floor(u * 10 ** n)).padStart(n, '0');
}

/** R21: a piece of personal data of one of the kinds the rules detect, chosen by draw u. */
export function personalData(u: number): string {
  const v = (u * 4) % 1;
  switch (Math.floor(u * 4)) {
    case 0:
      return ` Call me on 090-${digits(v, 4)}-${digits((v * 7919) % 1, 4)}.`;
    case 1:
      return ` Write to shop${digits(v, 3)}@example.jp.`;
    case 2:
      return ` Send it to 〒${digits(v, 3)}-${digits((v * 7919) % 1, 4)}.`;
    default:
      return ` Card ${digits(v, 8)}${digits((v * 7919) % 1, 8)}.`;
  }
}

export const requestMessage = (u: number): string => pick(REQUEST_MESSAGES, u);
export const rejection = (u: number): { readonly category: string; readonly reason: string } => {
  const [category, reason] = pick(REJECTIONS, u);
  return { category, reason };
};
export const memoText = (from: 'seller' | 'buyer', u: number): string => pick(from === 'seller' ? SELLER_MEMOS : BUYER_MEMOS, u);
export const supportText = (): string => SUPPORT_TEXT;

/** A message with personal data slipped in when draw u falls under the sender's chance of doing so (R21). */
export function withPersonalData(text: string, u: number, chance: number): string {
  return u < chance ? text + personalData(u / chance) : text;
}

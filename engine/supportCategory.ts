/** R3: the support desk category for claim withdrawal. */
export const SUPPORT_CATEGORY = 'refund / claim withdrawal › claim withdrawal';

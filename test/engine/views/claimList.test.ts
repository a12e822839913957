import { describe, expect, it } from 'vitest';
import { CLAIM_LIST_COLUMNS, type Claim, calendarFor, claimListRow, queryClaims } from '../../../engine/index.js';
import { accept, advance, reject, request } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { type GivenStep, given } from '../support/spec.js';

const day = (date: string, time = '10:00') => tokyo.at(`${date}T${time}`);

/** Four claims: C1 return (ordered 7/20, claimed 8/1), C2 cancel (7/25, 8/3), C3 exchange (no order date, 8/5), C4 return (7/28, 8/6). */
const world: GivenStep[] = [
  [day('2021-08-01'), { kind: 'PlaceOrder', order: 'O1', seller: 'S1', buyer: 'B1', orderedAt: day('2021-07-20'), shippedAt: day('2021-07-22'), orderNumber: '123456789', cartNumber: '5550001', itemCode: 'IT-1', sellerItemCode: 'SKU-1' }],
  [day('2021-08-01'), { kind: 'OpenClaim', claim: 'C1', order: 'O1', type: 'return', reason: 'defective', returnCollectionMethod: 'pickup' }],
  [day('2021-08-03'), { kind: 'PlaceOrder', order: 'O2', seller: 'S1', buyer: 'B2', orderedAt: day('2021-07-25') }],
  [day('2021-08-03'), { kind: 'OpenClaim', claim: 'C2', order: 'O2', type: 'cancel' }],
  [day('2021-08-05'), { kind: 'PlaceOrder', order: 'O3', seller: 'S1', buyer: 'B3' }],
  [day('2021-08-05'), { kind: 'OpenClaim', claim: 'C3', order: 'O3', type: 'exchange' }],
  [day('2021-08-06'), { kind: 'PlaceOrder', order: 'O4', seller: 'S1', buyer: 'B4', orderedAt: day('2021-07-28') }],
  [day('2021-08-06'), { kind: 'OpenClaim', claim: 'C4', order: 'O4', type: 'return', nonReceiptReason: '' }],
  [day('2021-08-06', '11:00'), request(undefined, { claim: 'C1' })],
  [day('2021-08-06', '12:00'), request(undefined, { claim: 'C4' })],
  [day('2021-08-07'), reject(undefined, { claim: 'C4' })],
  [day('2021-08-07'), request(undefined, { claim: 'C2' })],
  [day('2021-08-07', '11:00'), accept({ claim: 'C2' })],
  [day('2021-08-07', '12:00'), advance('exchange_reshipping', 'C3')],
];
const ids = (claims: readonly Readonly<Claim>[]) => claims.map((c) => c.id).sort();

describe('R19 searching the claim list', () => {
  const state = given(world).engine.view;

  it('with no criteria, every claim', () => {
    expect(ids(queryClaims(state, {}))).toEqual(['C1', 'C2', 'C3', 'C4']);
  });

  it('by claim type', () => {
    expect(ids(queryClaims(state, { type: 'return' }))).toEqual(['C1', 'C4']);
  });

  it('by status', () => {
    expect(ids(queryClaims(state, { status: 'withdrawn' }))).toEqual(['C2']);
    expect(ids(queryClaims(state, { status: 'exchange_reshipping' }))).toEqual(['C3']);
  });

  it('by withdrawal state', () => {
    expect(ids(queryClaims(state, { withdrawal: 'requested' }))).toEqual(['C1']);
    expect(ids(queryClaims(state, { withdrawal: 'on_hold' }))).toEqual(['C4']);
    expect(ids(queryClaims(state, { withdrawal: 'none' }))).toEqual(['C2', 'C3']);
  });

  it('by claim date, both ends included', () => {
    expect(ids(queryClaims(state, { period: { by: 'claimDate', from: day('2021-08-03'), to: day('2021-08-05') } }))).toEqual(['C2', 'C3']);
    expect(ids(queryClaims(state, { period: { by: 'claimDate', from: day('2021-08-03') + 1 } }))).toEqual(['C3', 'C4']);
  });

  it('by order date; claims whose order has no date are left out', () => {
    expect(ids(queryClaims(state, { period: { by: 'orderDate', from: tokyo.midnight('2021-07-21') } }))).toEqual(['C2', 'C4']);
    expect(ids(queryClaims(state, { period: { by: 'orderDate' } }))).toEqual(['C1', 'C2', 'C4']);
  });

  it('criteria combine', () => {
    expect(ids(queryClaims(state, { type: 'return', withdrawal: 'on_hold', period: { by: 'orderDate', to: tokyo.endOf('2021-07-28') } }))).toEqual(['C4']);
  });
});

describe('R19 the spreadsheet export', () => {
  it('has the manual’s columns in the manual’s order, then the withdrawal state and the ids', () => {
    expect(CLAIM_LIST_COLUMNS.map(([, label]) => label)).toEqual([
      'Processing status', 'Claim completed date', 'Claim reason', 'Non-receipt reason', 'Claim date', 'Return collection method',
      'Order date', 'Ship date', 'Order number', 'Cart number', 'Item code', 'Seller item code', 'Withdrawal state',
      'Claim id', 'Seller id', 'Buyer id',
    ]);
  });

  it('a row gives dates as YYYY-MM-DD in the policy’s zone and the order’s details', () => {
    const g = given(world);
    expect(claimListRow(g.engine.view, g.claim('C1'), tokyo.calendar)).toEqual({
      processingStatus: 'return:return_requested',
      completedDate: '',
      claimReason: 'defective',
      nonReceiptReason: '',
      claimDate: '2021-08-01',
      returnCollectionMethod: 'pickup',
      orderDate: '2021-07-20',
      shipDate: '2021-07-22',
      orderNumber: '123456789',
      cartNumber: '5550001',
      itemCode: 'IT-1',
      sellerItemCode: 'SKU-1',
      withdrawal: 'requested',
      claimId: 'C1',
      sellerId: 'S1',
      buyerId: 'B1',
    });
  });

  it('a withdrawn claim’s completed date is the day it was withdrawn, its withdrawal state says how; unknown values are empty', () => {
    const g = given(world);
    expect(claimListRow(g.engine.view, g.claim('C2'), tokyo.calendar)).toMatchObject({
      processingStatus: 'cancel:withdrawn', completedDate: '2021-08-07', shipDate: '', orderNumber: '', withdrawal: 'withdrawn:accepted', buyerId: 'B2',
    });
  });

  it('a row has exactly the columns’ keys', () => {
    const g = given(world);
    expect(Object.keys(claimListRow(g.engine.view, g.claim('C3'), tokyo.calendar))).toEqual(CLAIM_LIST_COLUMNS.map(([key]) => key));
  });

  it('dates follow the calendar’s zone: 00:30 in Tokyo on 8/1 is 7/31 in UTC', () => {
    const g = given([[tokyo.at('2021-08-01T00:30'), { kind: 'PlaceOrder', order: 'O1', seller: 'S1', buyer: 'B1' }], [tokyo.at('2021-08-01T00:30'), { kind: 'OpenClaim', claim: 'C1', order: 'O1', type: 'return' }]]);
    expect(claimListRow(g.engine.view, g.claim(), tokyo.calendar).claimDate).toBe('2021-08-01');
    expect(claimListRow(g.engine.view, g.claim(), calendarFor('UTC')).claimDate).toBe('2021-07-31');
  });
});

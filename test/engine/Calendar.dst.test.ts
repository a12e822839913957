import { describe, expect, it } from 'vitest';
import { MS_PER_HOUR } from '../../engine/index.js';
import { cancel, reject, request } from './support/commands.js';
import { localTime } from './support/localTime.js';
import { claimOpenedAt, given } from './support/spec.js';

const ny = localTime('America/New_York');
const santiago = localTime('America/Santiago');
const inNewYork = { policy: { timezone: 'America/New_York' } };
const inSantiago = { policy: { timezone: 'America/Santiago' } };

describe('daylight saving in America/New_York', () => {
  it('2021-03-14 has 23 hours, 2021-11-07 has 25', () => {
    expect(ny.midnight('2021-03-15') - ny.midnight('2021-03-14')).toBe(23 * MS_PER_HOUR);
    expect(ny.midnight('2021-11-08') - ny.midnight('2021-11-07')).toBe(25 * MS_PER_HOUR);
  });

  it('midnights before and after the March change are 05:00 and 04:00 UTC', () => {
    expect(ny.midnight('2021-03-14')).toBe(Date.UTC(2021, 2, 14, 5));
    expect(ny.midnight('2021-03-15')).toBe(Date.UTC(2021, 2, 15, 4));
  });

  it('a wall time in the March gap moves forward by the gap; a repeated one in November is the earlier', () => {
    expect(ny.at('2021-03-14T02:30')).toBe(Date.UTC(2021, 2, 14, 7, 30));
    expect(ny.show(ny.at('2021-03-14T02:30'))).toBe('2021-03-14T03:30:00.000');
    expect(ny.at('2021-11-07T01:30')).toBe(Date.UTC(2021, 10, 7, 5, 30));
  });

  it('R6/R10 March: a request on 3/10 (EST) has deadline 3/16 and times out at 00:00 EDT on 3/17', () => {
    const g = given(claimOpenedAt(ny.at('2021-03-01')), inNewYork);
    g.when(request(), ny.at('2021-03-10T22:00')).then([{ deadline: ny.day('2021-03-16'), timeoutAt: ny.midnight('2021-03-17') }]);
    expect(ny.midnight('2021-03-17')).toBe(Date.UTC(2021, 2, 17, 4));
    g.engine.advanceTo(ny.endOf('2021-03-16'));
    expect(g.view().withdrawal).toBe('requested');
    g.engine.advanceTo(ny.midnight('2021-03-17'));
    expect(g.view()).toMatchObject({ status: 'withdrawn', outcome: 'timeout' });
    expect(g.engine.events().at(-1)).toMatchObject({ kind: 'WithdrawalTimedOut', at: Date.UTC(2021, 2, 17, 4) });
  });

  it.each(['2021-03-14T00:00', '2021-03-14T01:59:59.999', '2021-03-14T03:00', '2021-03-14T23:59:59.999'])(
    'R6 a request at %s on the day of the change has deadline 3/20',
    (when) => {
      const w = given(claimOpenedAt(ny.at('2021-03-01')), inNewYork).when(request(), ny.at(when));
      expect(w.view().deadline).toBe('2021-03-20');
      expect(w.claim().timeoutAt).toBe(ny.midnight('2021-03-21'));
    },
  );

  it('R6/R10 November: a request on 11/3 (EDT) has deadline 11/9 and times out at 00:00 EST on 11/10', () => {
    const g = given(claimOpenedAt(ny.at('2021-11-01')), inNewYork);
    g.when(request(), ny.at('2021-11-03T23:30')).then([{ deadline: ny.day('2021-11-09'), timeoutAt: Date.UTC(2021, 10, 10, 5) }]);
    g.engine.advanceTo(Date.UTC(2021, 10, 10, 5) - 1);
    expect(g.view().withdrawal).toBe('requested');
    g.engine.advanceTo(Date.UTC(2021, 10, 10, 5));
    expect(g.view()).toMatchObject({ status: 'withdrawn', outcome: 'timeout' });
  });

  it('R6 a request in the second 01:30 of 11/7 (EST) is still dated 11/7', () => {
    const w = given(claimOpenedAt(ny.at('2021-11-01')), inNewYork).when(request(), Date.UTC(2021, 10, 7, 6, 30));
    expect(ny.show(w.engine.now)).toBe('2021-11-07T01:30:00.000');
    expect(w.view().deadline).toBe('2021-11-13');
  });

  it('R12 a rejection cooldown across the March change ends at 00:00 local, 5 days on', () => {
    given([...claimOpenedAt(ny.at('2021-03-01')), [ny.at('2021-03-11T09:00'), request()]], inNewYork)
      .when(reject(), ny.at('2021-03-12T18:00'))
      .then([{ cooldownUntil: ny.midnight('2021-03-17') }]);
  });

  it('R15 a cancellation cooldown across the November change ends at 00:00 local, 5 days on', () => {
    given([...claimOpenedAt(ny.at('2021-11-01')), [ny.at('2021-11-04T09:00'), request()]], inNewYork)
      .when(cancel(), ny.at('2021-11-05T18:00'))
      .then([{ cooldownUntil: Date.UTC(2021, 10, 10, 5) }]);
  });

  it('R18 delay across the change starts at 00:00 local on receipt + 4', () => {
    const g = given(claimOpenedAt(ny.at('2021-03-12T12:00')), inNewYork);
    expect(g.claim().delayedFrom).toBe(ny.midnight('2021-03-16'));
    expect(ny.show(g.claim().delayedFrom)).toBe('2021-03-16T00:00:00.000');
  });
});

describe('a zone that skips midnight: America/Santiago on 2022-09-11', () => {
  it('2022-09-11 begins at 01:00 local (04:00 UTC), right after 23:59:59.999 on 9/10', () => {
    expect(santiago.midnight('2022-09-11')).toBe(Date.UTC(2022, 8, 11, 4));
    expect(santiago.show(santiago.midnight('2022-09-11'))).toBe('2022-09-11T01:00:00.000');
    expect(santiago.show(santiago.midnight('2022-09-11') - 1)).toBe('2022-09-10T23:59:59.999');
    expect(santiago.calendar.dayOf(santiago.midnight('2022-09-11'))).toBe(santiago.day('2022-09-11'));
  });

  it('00:30 on 9/11 does not exist and reads as 01:30', () => {
    expect(santiago.show(santiago.at('2022-09-11T00:30'))).toBe('2022-09-11T01:30:00.000');
  });

  it('R10 a request on 9/4 (deadline 9/10) times out at the first instant of 9/11, 01:00 local', () => {
    const g = given(claimOpenedAt(santiago.at('2022-09-01')), inSantiago);
    g.when(request(), santiago.at('2022-09-04T12:00')).then([{ deadline: santiago.day('2022-09-10'), timeoutAt: Date.UTC(2022, 8, 11, 4) }]);
    g.engine.advanceTo(Date.UTC(2022, 8, 11, 4) - 1);
    expect(g.view().withdrawal).toBe('requested');
    g.engine.advanceTo(Date.UTC(2022, 8, 11, 4));
    expect(g.view()).toMatchObject({ status: 'withdrawn', outcome: 'timeout' });
  });

  it('R12 a cooldown ending on 9/11 ends at 01:00 local', () => {
    given([...claimOpenedAt(santiago.at('2022-09-01')), [santiago.at('2022-09-05T09:00'), request()]], inSantiago)
      .when(reject(), santiago.at('2022-09-06T10:00'))
      .then([{ cooldownUntil: Date.UTC(2022, 8, 11, 4) }]);
  });
});

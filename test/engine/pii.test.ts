import { describe, expect, it } from 'vitest';
import { detectPii } from '../../engine/index.js';

describe('R21 personal data detection', () => {
  describe('e-mail addresses', () => {
    it.each(['taro.yamada@example.co.jp', 'Write to a+b@x.io please', 'SHOP_01@mail-box.example.com', '連絡先：hanako@example.jp です'])('%s', (text) => {
      expect(detectPii(text)).toEqual(['email']);
    });
  });

  describe('Japanese phone numbers', () => {
    it.each([
      ['mobile', '090-1234-5678'],
      ['landline', '03-1234-5678'],
      ['toll free', '0120-123-456'],
      ['mobile without hyphens', '09012345678'],
      ['mobile with spaces', 'tel 090 1234 5678'],
      ['landline without hyphens', 'call 0312345678'],
      ['inside Japanese text', '電話は080-9876-5432まで'],
    ])('%s: %s', (_what, text) => {
      expect(detectPii(text)).toEqual(['phone']);
    });
  });

  describe('international phone numbers', () => {
    it.each(['+81 90-1234-5678', '+81-3-1234-5678', '+81 90 1234 5678', '+819012345678', '+1 212-555-0123', '+1 (212) 555-0123', '+1 212 555 0123'])(
      '%s is a phone (and only a phone)',
      (text) => {
        expect(detectPii(text)).toEqual(['phone']);
      },
    );
  });

  describe('Japanese postal codes', () => {
    it.each(['〒123-4567', '〒 123-4567', '〒1234567', 'zip 123-4567', '住所は160-0023 東京都'])('%s', (text) => {
      expect(detectPii(text)).toEqual(['postal_code']);
    });
  });

  describe('card-like runs of 13-19 digits', () => {
    it.each([
      ['13 digits', '4222222222222'],
      ['16 digits', '4111111111111111'],
      ['19 digits', '6011000990139424123'],
      ['grouped by spaces', '4111 1111 1111 1111'],
      ['grouped by hyphens', '4111-1111-1111-1111'],
      ['19 digits grouped 4-4-4-4-3', '6011 0009 9013 9424 123'],
      ['American Express grouping 4-6-5', '3782 822463 10005'],
      ['Diners grouping 4-6-4', '3056 930902 5904'],
    ])('%s: %s', (_what, text) => {
      expect(detectPii(text)).toEqual(['card_number']);
    });

    it.each([
      ['12 digits', '123456789012'],
      ['20 digits', '12345678901234567890'],
    ])('%s is not card-like', (_what, text) => {
      expect(detectPii(text)).not.toContain('card_number');
    });
  });

  describe('several kinds at once', () => {
    it('reports each kind once, in a fixed order', () => {
      expect(detectPii('〒123-4567, 090-1234-5678, a@b.jp, 4111111111111111, 03-1234-5678')).toEqual(['email', 'card_number', 'phone', 'postal_code']);
    });
  });

  describe('false positives to avoid', () => {
    it.each([
      ['a date', 'We shipped it on 2021-08-04.'],
      ['a date with slashes', 'deadline 2021/08/10'],
      ['a date and a time', '2021-08-04 23:59'],
      ['a date range', '2021-08-04〜2021-08-10'],
      ['a day-month-year date', 'delivered 05-08-2021'],
      ['a month-day-year date', 'delivered 08-04-2021'],
      ['a compact date', '20210804'],
      ['a time range', 'open 13:00-14:00'],
      ['a 9-digit order number', 'Order number 123456789'],
      ['an order number next to a date', 'order 123456789 2021-08-04'],
      ['a cart number and an item code', 'cart 987654321, item 1234567'],
      ['a price in yen', '¥12,800'],
      ['a price with 円', '12800円'],
      ['a price in dollars', '$129.99'],
      ['a large price', '¥1,234,567'],
      ['a surcharge', '+1000円 for express shipping'],
      ['a price range', '¥500-1500'],
      ['a price range in 円', '500-1500円'],
      ['a quantity', '3 items, 2 boxes'],
      ['plain text', 'The item arrived broken; please withdraw the claim.'],
      ['a version number', 'firmware v1.2.3'],
      ['an empty message', ''],
    ])('%s: %s', (_what, text) => {
      expect(detectPii(text)).toEqual([]);
    });
  });
});

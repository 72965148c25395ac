import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dictionaries, translator } from '../src/i18n.ts';
import * as credits from '../src/i18n/credits.ts';
import * as delegation from '../src/i18n/delegation.ts';
import * as governance from '../src/i18n/governance.ts';
import * as payments from '../src/i18n/payments.ts';
import * as platform from '../src/i18n/platform.ts';

test('every English text has a Chinese one that is not left in English', () => {
  const en = dictionaries.en as Record<string, string>;
  const zh = dictionaries.zh as Record<string, string>;
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  for (const key of Object.keys(en)) {
    assert.ok(zh[key].length > 0, key);
    assert.notEqual(zh[key], en[key], `${key} is not translated`);
    // The same placeholders in both languages.
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    assert.deepEqual(names(zh[key]), names(en[key]), key);
  }
});

test('placeholders are filled', () => {
  assert.equal(translator('en')('blockTitle', { height: 12 }), 'Block 12');
  assert.equal(translator('zh')('blockTitle', { height: 12 }), '区块 12');
});

test("no feature's text is hidden by another table's key of the same name", () => {
  const features = { credits, delegation, governance, payments, platform };
  for (const lang of ['en', 'zh'] as const) {
    const merged = dictionaries[lang] as Record<string, string>;
    const owner = new Map<string, string>();
    for (const [name, table] of Object.entries(features)) {
      for (const [key, text] of Object.entries(table[lang] as Record<string, string>)) {
        assert.ok(!owner.has(key), `${lang}.${key} is defined by ${owner.get(key)} and ${name}`);
        owner.set(key, name);
        assert.equal(merged[key], text, `${lang}.${key} of ${name} is hidden by the core table`);
      }
    }
  }
});

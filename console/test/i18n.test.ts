import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dictionaries, translator } from '../src/i18n.ts';

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

import { describe, expect, it } from 'vitest';
import { chartFileDocument } from '../../src/charts/export/chartFileDocument';
import { isolate } from '../../src/format/isolate';
import { CONTROL_CHARACTERS, hasNonXmlCharacters, xmlSafe } from '../../src/format/xmlSafe';
import { parseScenario } from '../../src/scenario/parseScenario';
import { loadPreset } from '../helpers/presets';

describe('xmlSafe', () => {
  it.each([
    ['plain', 'plain'],
    ['a\u0001b\u001Fc', 'abc'],
    ['tab\tand\nbreak', 'tab\tand\nbreak'], // allowed in XML
    ['lone \uD800 surrogate', 'lone  surrogate'],
    ['a pair \uD83D\uDE00 stays', 'a pair \uD83D\uDE00 stays'],
    ['\uFFFE\uFFFF', ''],
  ])('%j becomes %j', (text, safe) => {
    expect(xmlSafe(text)).toBe(safe);
    expect(hasNonXmlCharacters(safe)).toBe(false);
  });

  it('keeps an exported chart valid XML whatever its text holds', () => {
    const svg = chartFileDocument('<svg><title>A title\u0001 with a bell\u0007</title><text>\uD800label</text></svg>');
    expect(hasNonXmlCharacters(svg)).toBe(false);
    expect(svg).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg><title>A title with a bell</title><text>label</text></svg>\n',
    );
  });
});

describe('control characters in a scenario', () => {
  it('are refused in titles and labels, with a message that says so', () => {
    const preset = loadPreset('visa-rule-2020.json');
    const parsed = parseScenario({
      ...preset,
      title: 'Verified\u0000',
      scopes: [{ ...preset.scopes[0]!, label: 'a\u0008b' }],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        { path: 'title', message: expect.stringMatching(/must not contain control characters/) },
        { path: 'scopes[0].label', message: expect.stringMatching(/must not contain control characters/) },
      ]),
    );
    expect(CONTROL_CHARACTERS.test('fine text, “quoted”, 中文')).toBe(false);
  });
});

describe('isolate', () => {
  it('wraps text between first-strong-isolate and pop-directional-isolate marks', () => {
    expect(isolate('\u202Eabc')).toBe('\u2068\u202Eabc\u2069');
  });
});

import { describe, expect, it } from 'vitest';
import { debateCardText } from '../../src/report/debateCard';

const card = {
  tag: '\u2068All 376 Central Committee members\u2069 would reach about 3,610 people (3,350–3,890).',
  citation:
    'Sanction Scope. 2026. “STOP CCP Act <H.R. 3334>.” Accessed November 26, 2026. https://example.org/?v=2&p=x.',
  body: ['“adult family member” read as spouse & children.', 'Named officials: 4 people.'],
};

describe('debateCardText', () => {
  const { html, text } = debateCardText(card, '2026');

  it('bolds the tag and the short cite, then gives the full citation and the evidence as paragraphs', () => {
    expect(html.split('\n')).toEqual([
      '<p><strong>All 376 Central Committee members would reach about 3,610 people (3,350–3,890).</strong></p>',
      '<p><strong>Sanction Scope 2026</strong>. Sanction Scope. 2026. “STOP CCP Act &lt;H.R. 3334&gt;.” Accessed November 26, 2026. https://example.org/?v=2&amp;p=x.</p>',
      '<p>“adult family member” read as spouse &amp; children.</p>',
      '<p>Named officials: 4 people.</p>',
    ]);
  });

  it('says the same in plain text, without the isolation marks', () => {
    expect(text).toBe(
      [
        'All 376 Central Committee members would reach about 3,610 people (3,350–3,890).',
        'Sanction Scope 2026. Sanction Scope. 2026. “STOP CCP Act <H.R. 3334>.” Accessed November 26, 2026. https://example.org/?v=2&p=x.',
        '',
        '“adult family member” read as spouse & children.',
        'Named officials: 4 people.',
      ].join('\n'),
    );
  });

  it('keeps markup from a link as text', () => {
    const made = debateCardText({ ...card, tag: '<img src=x onerror=alert(1)>' }, '2026').html;
    expect(made).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(made).not.toContain('<img');
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowGate, cardPng, GATE_SCRIPT, pageHtml, prerenderCss } from '../../build/prerender';

describe('prerenderCss', () => {
  const css = prerenderCss([328, 568, 1150]);

  it('shows each width in a box at least that wide and narrower than the next; the narrowest below that', () => {
    expect(css).toContain(
      '@container (max-width: 567.98px) { .static-chart[data-static-width="328"] { display: block } }',
    );
    expect(css).toContain(
      '@container (min-width: 568px) and (max-width: 1149.98px) { .static-chart[data-static-width="568"] { display: block } }',
    );
    expect(css).toContain(
      '@container (min-width: 1150px) { .static-chart[data-static-width="1150"] { display: block } }',
    );
  });

  it('hides the drawn page unless the gate found the plain address', () => {
    expect(css).toContain('html:not(.plain-address) .prerendered { display: none }');
    expect(GATE_SCRIPT).toContain("classList.add('plain-address')");
  });
});

describe('allowGate', () => {
  const page = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; object-src 'none'" />`;

  it('allows the gate script, and no other inline script, by its hash', () => {
    const hash = createHash('sha256').update(GATE_SCRIPT).digest('base64');
    expect(allowGate(page)).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(allowGate(page)).not.toContain('unsafe-inline');
  });

  it('stops the build when the policy it extends is not there', () => {
    expect(() => allowGate('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'" />')).toThrow(
      /has no "script-src 'self'"/,
    );
  });
});

describe('pageHtml', () => {
  const template = [
    '<html><head>',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'" />`,
    '<meta name="description" content="Plain." />',
    '<title>Sanction Scope</title>',
    '</head><body><div id="app"></div></body></html>',
  ].join('\n');
  const preset = {
    id: 'stop-ccp-act',
    address: '?v=2&p=stop-ccp-act&cv=20261126&k=1sq8vsq',
    title: 'STOP CCP Act <draft>',
    finding: '\u2068All 376\u2069 would reach about 3,610 people (3,350–3,890) & more.',
  };

  it("draws the page into #app and keeps the app's own page's plain title and description", () => {
    const html = pageHtml(template, '<main>drawn</main>');
    expect(html).toContain('<div id="app"><div class="prerendered"><main>drawn</main></div></div>');
    expect(html).toContain('<title>Sanction Scope</title>');
    expect(html).not.toContain('og:');
    expect(html).toContain(`<script>${GATE_SCRIPT}</script>`);
  });

  it("gives a preset's page its link for the script, and a preview with the finding and its card", () => {
    const html = pageHtml(template, '<main>drawn</main>', preset);
    expect(html).toContain('<title>STOP CCP Act &lt;draft> – Sanction Scope</title>');
    expect(html).toContain(
      '<meta name="sanction-scope-link" content="?v=2&amp;p=stop-ccp-act&amp;cv=20261126&amp;k=1sq8vsq" />',
    );
    expect(html).toContain(
      '<meta property="og:description" content="All 376 would reach about 3,610 people (3,350–3,890) &amp; more." />',
    );
    expect(html).toContain('<meta name="description" content="All 376 would reach');
    expect(html).toContain('<meta property="og:image" content="./stop-ccp-act.png" />');
    expect(pageHtml(template, '', preset, 'https://example.org/scope/')).toContain(
      '<meta property="og:image" content="https://example.org/scope/stop-ccp-act.png" />',
    );
  });

  it("keeps a '$' in the page's text as it is", () => {
    const html = pageHtml(template, "<p>US$ 1 billion, $& and $'</p>", { ...preset, finding: 'Costs $1 and $&.' });
    expect(html).toContain("<p>US$ 1 billion, $& and $'</p>");
    expect(html).toContain('<meta name="description" content="Costs $1 and $&amp;." />');
  });

  it('stops the build on a page it cannot fill', () => {
    expect(() => pageHtml(template.replace('<div id="app"></div>', ''), '')).toThrow(/no empty <div id="app">/);
  });
});

describe('cardPng', () => {
  it('draws a card as a PNG the size of a link preview', () => {
    const png = cardPng(
      '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="315"><text y="20">Aa</text></svg>',
    );
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // The IHDR chunk's width and height.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
